import { formatAnniversaryDate } from '@/lib/anniversaries/format';
import { anniversaryNumber, englishOrdinal } from '@/lib/anniversaries/ordinal';
import { escapeHtml, OEMBED_PROVIDER_NAME } from '@/lib/embed/oembed';
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

/** `?lang=`: a published language, or the default one for anything else. */
export function parseEmbedLang(value: string | null): Locale {
  return value && isLocale(value) ? value : defaultLocale;
}

/** The anniversary's title: the curators' own, or "The 30th anniversary of Black January". */
export function anniversaryTitle(year: number, record: { title: string | null } | null): string {
  return record?.title ?? `The ${englishOrdinal(anniversaryNumber(year))} anniversary of Black January`;
}

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

/** The card as a complete HTML document. */
export function renderEmbedCard(card: EmbedCard): string {
  const ordinal = englishOrdinal(anniversaryNumber(card.year));
  const line = card.line
    ? `<figure><blockquote>“${escapeHtml(card.line.quote)}”</blockquote><figcaption>— ${escapeHtml(sourceLabel(card.line.source))}</figcaption></figure>`
    : '';
  return (
    `<!DOCTYPE html><html lang="${card.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(card.title)} · ${escapeHtml(OEMBED_PROVIDER_NAME)}</title>` +
    `<link rel="canonical" href="${escapeHtml(card.pageUrl)}"><style>${stylesheet(card.theme)}</style></head>` +
    `<body><main><p class="mark">${escapeHtml(OEMBED_PROVIDER_NAME)}</p>` +
    `<h1>${escapeHtml(card.title)}</h1>` +
    `<p class="date"><time datetime="${card.year}-01-20">${escapeHtml(formatAnniversaryDate(card.year, card.lang))}</time>: ${ordinal} anniversary of 20 January 1990</p>` +
    line +
    `<p class="more"><a href="${escapeHtml(card.pageUrl)}" target="_blank" rel="noopener">The ${ordinal} anniversary: the sources, the figures and the releases (opens in a new tab)</a></p>` +
    `</main></body></html>`
  );
}

/** The page answered for a year without an anniversary: a 404 in the card's own plain design. */
export function renderEmbedNotFound(siteUrl: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
    `<title>Not found · ${escapeHtml(OEMBED_PROVIDER_NAME)}</title><style>${stylesheet('auto')}</style></head>` +
    `<body><main><p class="mark">${escapeHtml(OEMBED_PROVIDER_NAME)}</p><h1>Not found</h1>` +
    `<p class="more">There is no anniversary card at this address. <a href="${escapeHtml(siteUrl)}/" target="_blank" rel="noopener">Black January memorial (opens in a new tab)</a></p>` +
    `</main></body></html>`
  );
}
