import { createTranslator } from 'next-intl';
import { formatAnniversaryDate, formatAnniversaryOrdinal } from '@/lib/anniversaries/format';
import { escapeHtml } from '@/lib/embed/oembed';
import { catalogue } from '@/lib/i18n/catalogue';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import type { SourceSummary } from '@/lib/sources/queries';

/**
 * The embeddable card of an anniversary (/embed/anniversaries/<year>), built as a complete HTML
 * document by pure functions: the route sends it as it is, so the card carries no JavaScript at all.
 * Every text from the database passes through escapeHtml.
 */

export type EmbedTheme = 'light' | 'dark' | 'auto';

/** `?theme=light|dark`; anything else (or nothing) follows the reader's system setting. */
export function parseEmbedTheme(value: string | null): EmbedTheme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** `?lang=`: a published language, or the default one (Azerbaijani) for anything else. */
export function parseEmbedLang(value: string | null): Locale {
  return value && isLocale(value) ? value : defaultLocale;
}

/**
 * The anniversary's title: the curators' own (pass it in the reader's language, see
 * titleInReadersLanguage), or "The 30th anniversary of Black January" / "Qara Yanvarın 30-cu
 * ildönümü" / "30-я годовщина Чёрного января".
 */
export function anniversaryTitle(year: number, record: { title: string | null } | null, locale = 'en'): string {
  if (record?.title) return record.title;
  const t = createTranslator({ ...catalogue(locale), namespace: 'anniversaries' });
  return t('defaultTitle', { ordinal: formatAnniversaryOrdinal(year, locale) });
}

/** The language the sources' words (and their titles) are kept in: quotations are never translated. */
const QUOTE_LANGUAGE = 'en';

/** A source's exact words, with the source they come from. */
export type SourcedLine = { quote: string; source: SourceSummary };

type Quotable = { quote: string | null; quoteIsVerbatim: boolean; source: SourceSummary };

/** The longest quotation the card shows: it must fit a small card without scrolling. */
export const MAX_LINE_LENGTH = 200;

/**
 * The one sourced line of the card: the shortest exact quotation among the figures of the dead
 * (killed, then victims), else among the quotations of the account of the events. Summaries are
 * never used, since the card sets the words as the source's own. Ties keep the given order.
 */
export function pickSourcedLine(figures: (Quotable & { kind: string })[], accountCitations: Quotable[]): SourcedLine | null {
  const usable = (items: Quotable[]) =>
    items.filter((item): item is Quotable & { quote: string } => item.quoteIsVerbatim && Boolean(item.quote) && item.quote!.length <= MAX_LINE_LENGTH);
  const shortest = (items: Quotable[]) => usable(items).reduce<(Quotable & { quote: string }) | null>((best, item) => (best && best.quote.length <= item.quote.length ? best : item), null);
  const chosen =
    shortest(figures.filter((figure) => figure.kind === 'KILLED')) ??
    shortest(figures.filter((figure) => figure.kind === 'VICTIMS')) ??
    shortest(accountCitations);
  return chosen ? { quote: chosen.quote, source: chosen.source } : null;
}

/** A source named in plain text: "Author, “Title”, Publisher" or "Title, Issuer". */
export function sourceLabel(source: SourceSummary): string {
  if (source.kind === 'RELEASE') return [source.title, source.publisher].filter(Boolean).join(', ');
  return [source.author, `“${source.title}”`, source.publisher].filter(Boolean).join(', ');
}

const THEMES = {
  light: '--paper:#fdfcf8;--ink:#1b1b1b;--muted:#4d4d4d;--rule:#d6d1c4;--accent:#7a1c1c;',
  dark: '--paper:#161616;--ink:#f1efe9;--muted:#c4c0b6;--rule:#4a4640;--accent:#f2b8b8;',
};

function stylesheet(theme: EmbedTheme): string {
  const colours =
    theme === 'auto'
      ? `:root{${THEMES.light}color-scheme:light dark}@media (prefers-color-scheme:dark){:root{${THEMES.dark}}}`
      : `:root{${THEMES[theme]}color-scheme:${theme}}`;
  return (
    colours +
    'html,body{margin:0;background:var(--paper);color:var(--ink)}' +
    'body{font:15px/1.45 Georgia,"Times New Roman",serif}' +
    'main{box-sizing:border-box;padding:14px 18px;border-top:4px solid var(--accent);min-height:100vh}' +
    '.mark,.date,figcaption,.more{font-family:system-ui,-apple-system,"Segoe UI",sans-serif}' +
    '.mark{margin:0;font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}' +
    'h1{margin:4px 0 2px;font-size:20px;line-height:1.25}' +
    '.date{margin:0 0 10px;font-size:14px;color:var(--muted)}' +
    'figure{margin:0 0 10px;padding-left:10px;border-left:2px solid var(--rule)}' +
    'blockquote{margin:0;font-style:italic}' +
    'figcaption{margin-top:4px;font-size:12.5px;color:var(--muted)}' +
    '.more{margin:0;font-size:14px}' +
    'a{color:var(--accent)}'
  );
}

export type EmbedCard = {
  year: number;
  title: string;
  lang: Locale;
  theme: EmbedTheme;
  /** The anniversary page, absolute. */
  pageUrl: string;
  line: SourcedLine | null;
};

function embedStrings(lang: string) {
  return createTranslator({ ...catalogue(lang), namespace: 'embed' });
}

/** The card as a complete HTML document, its interface text in `lang`. */
export function renderEmbedCard(card: EmbedCard): string {
  const t = embedStrings(card.lang);
  const ordinal = formatAnniversaryOrdinal(card.year, card.lang);
  const siteName = t('siteName');
  const line = card.line
    ? `<figure lang="${QUOTE_LANGUAGE}"><blockquote>“${escapeHtml(card.line.quote)}”</blockquote><figcaption>— ${escapeHtml(sourceLabel(card.line.source))}</figcaption></figure>`
    : '';
  return (
    `<!DOCTYPE html><html lang="${card.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(card.title)} · ${escapeHtml(siteName)}</title>` +
    `<link rel="canonical" href="${escapeHtml(card.pageUrl)}"><style>${stylesheet(card.theme)}</style></head>` +
    `<body><main><p class="mark">${escapeHtml(siteName)}</p>` +
    `<h1>${escapeHtml(card.title)}</h1>` +
    `<p class="date"><time datetime="${card.year}-01-20">${escapeHtml(formatAnniversaryDate(card.year, card.lang))}</time>: ${escapeHtml(t('dateLine', { ordinal }))}</p>` +
    line +
    `<p class="more"><a href="${escapeHtml(card.pageUrl)}" target="_blank" rel="noopener">${escapeHtml(t('more', { ordinal }))}</a></p>` +
    `</main></body></html>`
  );
}

/** The page answered for a year without an anniversary: a 404 in the card's own plain design, in `lang`. */
export function renderEmbedNotFound(siteUrl: string, lang: Locale = defaultLocale): string {
  const t = embedStrings(lang);
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(t('notFoundTitle'))} · ${escapeHtml(t('siteName'))}</title><style>${stylesheet('auto')}</style></head>` +
    `<body><main><p class="mark">${escapeHtml(t('siteName'))}</p><h1>${escapeHtml(t('notFoundTitle'))}</h1>` +
    `<p class="more">${escapeHtml(t('notFoundText'))} <a href="${escapeHtml(siteUrl)}/${lang}" target="_blank" rel="noopener">${escapeHtml(t('siteLink'))}</a></p>` +
    `</main></body></html>`
  );
}
