import { getTranslations } from 'next-intl/server';
import { CopyLinkButton, PrintButton } from '@/components/site/share-actions';
import { anniversaryIframeHtml } from '@/lib/embed/oembed';
import type { Locale } from '@/lib/i18n/config';
import { qrCodeSvg } from '@/lib/embed/qr';

/**
 * Everything an embassy's web team needs to point people at an anniversary, working without
 * JavaScript: the canonical link in a readonly field, its QR code (inline SVG, printable), the embed
 * snippet, and how to print the page as a one-page handout. The copy and print buttons are enhancements
 * that appear only once JavaScript runs. On paper only the QR code and the link are kept. The embed
 * snippet names the page's language, so the card a partner embeds reads as the page did.
 */
export async function SharePanel({ url, year, title, locale }: { url: string; year: number; title: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'share' });
  const siteUrl = new URL(url).origin;
  const svg = await qrCodeSvg(url, t('qrLabel', { url }));
  const snippet = anniversaryIframeHtml({ siteUrl, year, lang: locale, title });
  return (
    <section aria-labelledby="share-heading" className="share-panel mt-12 border-t border-rule pt-8 print:mt-4 print:border-0 print:pt-0">
      <h2 id="share-heading" className="text-2xl font-semibold no-print">
        {t('heading')}
      </h2>
      <div className="mt-4 grid gap-8 sm:grid-cols-[1fr_auto] print:mt-0 print:flex print:items-center print:gap-6">
        <div className="space-y-6 font-sans no-print">
          <div>
            <label htmlFor="share-link" className="block font-semibold">
              {t('linkLabel')}
            </label>
            <div className="mt-1 flex flex-wrap items-center gap-3">
              <input
                id="share-link"
                type="url"
                readOnly
                value={url}
                className="w-full max-w-md rounded border border-rule bg-white px-2 py-1 text-sm sm:w-96"
              />
              <CopyLinkButton value={url} fieldId="share-link" labels={{ button: t('copyLink'), copied: t('copied'), fallback: t('copyFallback') }} />
            </div>
          </div>
          <div>
            <label htmlFor="share-embed" className="block font-semibold">
              {t('embedLabel')}
            </label>
            <p id="share-embed-hint" className="text-sm text-muted">
              {t('embedHint')}
            </p>
            <textarea
              id="share-embed"
              readOnly
              rows={3}
              value={snippet}
              aria-describedby="share-embed-hint"
              className="mt-1 w-full max-w-xl rounded border border-rule bg-white px-2 py-1 font-mono text-xs"
            />
          </div>
          <div>
            <p className="font-semibold">{t('printHeading')}</p>
            <p className="text-sm">{t('printHint')}</p>
            <div className="mt-2">
              <PrintButton label={t('printButton')} />
            </div>
          </div>
        </div>
        <figure className="w-44 print:w-32 print:shrink-0">
          {/* qrCodeSvg builds the SVG on the server from our own URL; it carries role="img" and a label. */}
          <div className="qr-code bg-white" dangerouslySetInnerHTML={{ __html: svg }} />
          <figcaption className="mt-1 font-sans text-xs text-muted no-print">{t('qrCaption')}</figcaption>
        </figure>
        <p className="hidden font-sans text-sm print:block">
          <span className="font-semibold">{t('printLinkLabel')}</span>
          <br />
          <span className="break-all">{url}</span>
        </p>
      </div>
    </section>
  );
}
