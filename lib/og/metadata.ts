import type { Metadata } from 'next';
import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE } from '@/lib/og/card';
import { catalogue } from '@/lib/i18n/catalogue';
import { ogCardAlt } from '@/lib/og/content';

/** og:site_name in the page's language ("Black January memorial", "Qara Yanvar xatirə saytı"). */
function siteName(locale: string): string {
  return catalogue(locale).messages.metadata.siteTitle;
}

/** Open Graph writes locales as language_TERRITORY; the English edition is British English. */
const OPEN_GRAPH_LOCALES: Record<string, string> = { en: 'en_GB', az: 'az_AZ', ru: 'ru_RU' };

export function openGraphLocale(locale: string): string {
  return OPEN_GRAPH_LOCALES[locale] ?? locale;
}

/** The alt text of the site's own card (app/[locale]/opengraph-image.tsx), in English. */
export const SITE_CARD_ALT = ogCardAlt('site', 'en');

/** The kind of card a page with its own opengraph-image.tsx draws, from its path ("/az/victims/x" → victim). */
function ownCardKind(path: string): 'site' | 'anniversary' | 'release' | 'victim' {
  const section = path.split('/').filter(Boolean)[1];
  if (section === 'anniversaries') return 'anniversary';
  if (section === 'releases') return 'release';
  if (section === 'victims') return 'victim';
  return 'site';
}

/**
 * A card by the address Next serves an opengraph-image.tsx at (the page's path + "/opengraph-image"),
 * with its alt text in the page's language. The file's own `alt` export is one string for every
 * language, so pages name their image here: a page whose Open Graph has `images` is not given the
 * file's (Next merges file-based images only where the page sets none).
 */
function cardImage(imagePath: string, alt: string) {
  return { url: imagePath, ...OG_IMAGE_SIZE, type: OG_IMAGE_CONTENT_TYPE, alt };
}

function siteCardImage(locale: string) {
  return cardImage(`/${locale}/opengraph-image`, ogCardAlt('site', locale));
}

/**
 * The layout's defaults, for pages that set no card of their own (the not-found page). Next merges
 * metadata one top-level key at a time: a page that sets `openGraph` replaces this object entirely,
 * which is why every page builds its own with pageSocialMetadata. `twitter` is only the card type:
 * Next fills its title, description and image from the page's Open Graph.
 */
export function siteSocialMetadata(locale: string): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: { type: 'website', siteName: siteName(locale), locale: openGraphLocale(locale), images: [siteCardImage(locale)] },
    twitter: { card: 'summary_large_image' },
  };
}

export type PageSocial = {
  locale: string;
  /** The page's address without the origin ("/en/figures"); metadataBase makes it absolute. */
  path: string;
  title: string;
  description: string;
  /**
   * True where the page's folder has an opengraph-image.tsx: the image is that file's, at
   * `${path}/opengraph-image`, with the alt text of its kind of card in the page's language. Other
   * pages name the site's card explicitly, because their `openGraph` replaces the layout's.
   */
  ownImage?: boolean;
} & (
  | { type?: 'website' }
  | { type: 'article'; publishedTime?: string; authors?: string[] }
  | { type: 'profile' }
);

/** og:title, og:description, og:url, og:type, og:site_name, og:locale and og:image of one page. */
export function pageSocialMetadata(page: PageSocial): Pick<Metadata, 'openGraph'> {
  const common = {
    title: page.title,
    description: page.description,
    url: page.path,
    siteName: siteName(page.locale),
    locale: openGraphLocale(page.locale),
    images: [page.ownImage ? cardImage(`${page.path}/opengraph-image`, ogCardAlt(ownCardKind(page.path), page.locale)) : siteCardImage(page.locale)],
  };
  switch (page.type) {
    case 'article':
      return { openGraph: { ...common, type: 'article', publishedTime: page.publishedTime, authors: page.authors } };
    case 'profile':
      return { openGraph: { ...common, type: 'profile' } };
    default:
      return { openGraph: { ...common, type: 'website' } };
  }
}
