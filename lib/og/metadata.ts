import type { Metadata } from 'next';
import { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE } from '@/lib/og/card';

export const SITE_NAME = 'Black January memorial';

/** Open Graph writes locales as language_TERRITORY; the English edition is British English. */
const OPEN_GRAPH_LOCALES: Record<string, string> = { en: 'en_GB', az: 'az_AZ', ru: 'ru_RU' };

export function openGraphLocale(locale: string): string {
  return OPEN_GRAPH_LOCALES[locale] ?? locale;
}

/** The alt text of the site's own card (app/[locale]/opengraph-image.tsx). */
export const SITE_CARD_ALT = 'Black January, 20 January 1990: a sourced memorial';

/** The site's own card, by the address Next serves app/[locale]/opengraph-image.tsx at. */
function siteCardImage(locale: string) {
  return { url: `/${locale}/opengraph-image`, ...OG_IMAGE_SIZE, type: OG_IMAGE_CONTENT_TYPE, alt: SITE_CARD_ALT };
}

/**
 * The layout's defaults, for pages that set no card of their own (the not-found page). Next merges
 * metadata one top-level key at a time: a page that sets `openGraph` replaces this object entirely,
 * which is why every page builds its own with pageSocialMetadata. `twitter` is only the card type:
 * Next fills its title, description and image from the page's Open Graph.
 */
export function siteSocialMetadata(locale: string): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: { type: 'website', siteName: SITE_NAME, locale: openGraphLocale(locale) },
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
   * True where the page's folder has an opengraph-image.tsx: then `images` is left out, so that Next
   * adds that image (a page's own `openGraph.images` would override its file-based image). Other
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
    siteName: SITE_NAME,
    locale: openGraphLocale(page.locale),
    ...(page.ownImage ? {} : { images: [siteCardImage(page.locale)] }),
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
