import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';

/**
 * A victim's photograph on the memorial page, with its alt text and credit. A photograph marked with
 * a content warning stays closed inside <details> until the visitor opens it, which works without
 * JavaScript. The alt text and the credit are the curators' words, shown as entered.
 */
export async function VictimPhoto({
  url,
  altText,
  credit,
  contentWarning,
  locale,
}: {
  url: string;
  altText: string;
  credit: string;
  contentWarning: boolean;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'victims.photo' });
  // The media route serves the stored, checked bytes with a long cache; the image optimiser is not used.
  // Lazy only behind the warning: there it keeps a closed photograph from loading, elsewhere it would delay it.
  // eslint-disable-next-line @next/next/no-img-element
  const image = <img src={url} alt={altText} loading={contentWarning ? 'lazy' : undefined} decoding="async" className="h-auto max-h-[32rem] w-auto max-w-full" />;
  return (
    <figure className="max-w-md">
      {contentWarning ? (
        <details className="border border-rule bg-paper p-3">
          <summary className="cursor-pointer font-sans">{t('showWithWarning')}</summary>
          <div className="mt-3">{image}</div>
        </details>
      ) : (
        image
      )}
      <figcaption className="mt-2 font-sans text-sm text-muted">{t('credit', { credit })}</figcaption>
    </figure>
  );
}
