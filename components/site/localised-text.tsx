import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/i18n/config';
import type { LocalisedText } from '@/lib/translations/fields';

/**
 * The note under a text shown in its original language because no translation into the page's
 * language exists yet: "Not yet translated: shown in the original English."
 */
export async function UntranslatedNote({ lang, locale }: { lang: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common.translation' });
  const language = isLocale(lang) ? t(`languageIn.${lang}`) : lang;
  return <p className="mt-1 font-sans text-sm italic text-muted">{t('untranslated', { language })}</p>;
}

/**
 * A translatable field in the reader's language. A text in another language than the page's carries
 * its own `lang` (screen readers switch voice) and, where it is an untranslated original, the note.
 * `as` is the element around the text; `render` draws the text itself (e.g. as Markdown).
 */
export async function Localised({
  value,
  locale,
  as: Tag = 'div',
  className,
  render,
}: {
  value: LocalisedText | null;
  locale: Locale;
  as?: 'div' | 'p' | 'span' | 'h1' | 'h2' | 'h3';
  className?: string;
  render?: (text: string) => ReactNode;
}) {
  if (!value) return null;
  const body = (
    <Tag className={className} lang={value.lang === locale ? undefined : value.lang}>
      {render ? render(value.text) : value.text}
    </Tag>
  );
  if (!value.untranslated) return body;
  return (
    <>
      {body}
      <UntranslatedNote lang={value.lang} locale={locale} />
    </>
  );
}
