import { FIRST_ANNIVERSARY_YEAR } from '@/lib/anniversaries/ordinal';
import { catalogue } from '@/lib/i18n/catalogue';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { isSlug } from '@/lib/slug';

/**
 * oEmbed 1.0 (https://oembed.com): pure functions that read a request and build the answer. The route
 * (app/api/oembed/route.ts) checks that the record exists and is public; nothing here touches the database.
 */

export const OEMBED_PROVIDER_NAME = 'Black January memorial';
/** How long a consumer may keep an answer: as long as the public pages are cached. */
export const OEMBED_CACHE_AGE = 3600;
/** The embed card's natural size, in CSS pixels. */
export const EMBED_CARD_SIZE = { width: 480, height: 260 } as const;
/** The blockquote of a release or a victim: its width, and the height a consumer should reserve. */
const LINK_CARD_SIZE = { width: 480, height: 120 } as const;

/** A page of this site that can be embedded, as found in the `url` parameter. */
export type EmbeddableTarget =
  | { kind: 'anniversary'; locale: Locale; year: number }
  | { kind: 'release'; locale: Locale; slug: string }
  | { kind: 'victim'; locale: Locale; slug: string };

/**
 * The embeddable page a URL points at, or null when it is not one of this site's anniversary, release
 * or victim pages (another origin, another path, a malformed year or slug). Query and fragment are
 * ignored; a trailing slash is accepted. Whether the record exists is for the caller to check.
 */
export function parseEmbeddableUrl(value: string, siteUrl: string): EmbeddableTarget | null {
  let url: URL;
  let site: URL;
  try {
    url = new URL(value);
    site = new URL(siteUrl);
  } catch {
    return null;
  }
  if (url.origin !== site.origin) return null;
  const base = site.pathname.replace(/\/+$/, '');
  if (base && !url.pathname.startsWith(`${base}/`)) return null;
  const segments = url.pathname.slice(base.length).replace(/\/$/, '').split('/').slice(1);
  const [locale, section, key] = segments;
  if (segments.length !== 3 || !locale || !section || !key || !isLocale(locale)) return null;
  if (section === 'anniversaries') {
    if (!/^\d{4}$/.test(key)) return null;
    const year = Number(key);
    return year >= FIRST_ANNIVERSARY_YEAR ? { kind: 'anniversary', locale, year } : null;
  }
  if (section === 'releases' || section === 'victims') {
    let slug: string;
    try {
      slug = decodeURIComponent(key);
    } catch {
      return null;
    }
    if (!isSlug(slug)) return null;
    return { kind: section === 'releases' ? 'release' : 'victim', locale, slug };
  }
  return null;
}

export type OEmbedRequest =
  | { ok: true; url: string; maxWidth: number | null; maxHeight: number | null }
  | { ok: false; status: 400 | 501; message: string };

/** A positive whole number of pixels, or null for a missing or unusable value (which is then ignored). */
function dimension(value: string | null): number | null {
  if (value === null || !/^\d{1,5}$/.test(value.trim())) return null;
  const number = Number(value.trim());
  return number > 0 ? number : null;
}

/** The query of an oEmbed request: `url` is required; only the JSON format is offered. */
export function parseOEmbedRequest(params: URLSearchParams): OEmbedRequest {
  const url = params.get('url')?.trim();
  if (!url) return { ok: false, status: 400, message: 'The url parameter is required.' };
  const format = params.get('format')?.trim().toLowerCase() || 'json';
  if (format !== 'json') return { ok: false, status: 501, message: 'Only format=json is supported.' };
  return { ok: true, url, maxWidth: dimension(params.get('maxwidth')), maxHeight: dimension(params.get('maxheight')) };
}

export type OEmbedRich = {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** A size that fits within the consumer's maxima, never below one pixel. */
function fit(size: { width: number; height: number }, maxWidth: number | null, maxHeight: number | null) {
  return { width: Math.max(1, Math.min(size.width, maxWidth ?? size.width)), height: Math.max(1, Math.min(size.height, maxHeight ?? size.height)) };
}

/**
 * The address of the embeddable card of an anniversary, in a language. The language is always named,
 * so that a partner's embed stays in the language it was taken in.
 */
export function anniversaryEmbedUrl(siteUrl: string, year: number, lang: Locale): string {
  return `${siteUrl}/embed/anniversaries/${year}?lang=${lang}`;
}

/** The <iframe> that embeds an anniversary's card: the oEmbed answer's html and the share panel's snippet. */
export function anniversaryIframeHtml(options: { siteUrl: string; year: number; lang: Locale; title: string; width?: number; height?: number }): string {
  const { siteUrl, year, lang, title, width = EMBED_CARD_SIZE.width, height = EMBED_CARD_SIZE.height } = options;
  return (
    `<iframe src="${escapeHtml(anniversaryEmbedUrl(siteUrl, year, lang))}" width="${width}" height="${height}" ` +
    `title="${escapeHtml(title)}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}

/** The canonical address of an embeddable page: what a consumer links to, whatever query it was given. */
export function canonicalPageUrl(siteUrl: string, target: EmbeddableTarget): string {
  const key = target.kind === 'anniversary' ? String(target.year) : target.slug;
  const section = { anniversary: 'anniversaries', release: 'releases', victim: 'victims' }[target.kind];
  return `${siteUrl}/${target.locale}/${section}/${key}`;
}

/** The discovery link's target for a page of this site. */
export function oembedDiscoveryUrl(siteUrl: string, pageUrl: string): string {
  return `${siteUrl}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

/**
 * The oEmbed discovery link of a page, for its metadata: `alternates: { canonical, types: oembedAlternateTypes(...) }`
 * renders <link rel="alternate" type="application/json+oembed" href="…/oembed?url=…&format=json" title="…">.
 */
export function oembedAlternateTypes(siteUrl: string, target: EmbeddableTarget, title: string) {
  return { 'application/json+oembed': [{ url: oembedDiscoveryUrl(siteUrl, canonicalPageUrl(siteUrl, target)), title }] };
}

/**
 * The oEmbed answer for a page that exists. An anniversary is embedded as an <iframe> of its card
 * (the only framable route). A release or a victim has no card of its own, so it is a short
 * blockquote with a link to the page: the consumer's page shows the title and leads to the source,
 * and nothing of this site runs inside it. The title and the text are in the page's language
 * (`target.locale`); provider_name stays the site's one English name, as consumers key on it.
 */
export function buildOEmbedResponse(options: {
  siteUrl: string;
  target: EmbeddableTarget;
  title: string;
  maxWidth: number | null;
  maxHeight: number | null;
}): OEmbedRich {
  const { siteUrl, target, title, maxWidth, maxHeight } = options;
  const common = { version: '1.0', type: 'rich', provider_name: OEMBED_PROVIDER_NAME, provider_url: `${siteUrl}/`, title, cache_age: OEMBED_CACHE_AGE } as const;
  if (target.kind === 'anniversary') {
    const { width, height } = fit(EMBED_CARD_SIZE, maxWidth, maxHeight);
    return { ...common, html: anniversaryIframeHtml({ siteUrl, year: target.year, lang: target.locale, title, width, height }), width, height };
  }
  const { width, height } = fit(LINK_CARD_SIZE, maxWidth, maxHeight);
  const pageUrl = canonicalPageUrl(siteUrl, target);
  const html =
    `<blockquote class="black-january-memorial-embed" style="max-width:${width}px">` +
    `<p><a href="${escapeHtml(pageUrl)}" target="_blank" rel="noopener">${escapeHtml(title)}</a></p>` +
    `<p>— <a href="${escapeHtml(siteUrl)}/${target.locale}" target="_blank" rel="noopener">${escapeHtml(catalogue(target.locale).messages.embed.siteName)}</a></p>` +
    `</blockquote>`;
  return { ...common, html, width, height };
}
