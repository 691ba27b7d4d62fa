import type { MetadataRoute } from 'next';
import { createTranslator } from 'next-intl';
import { defaultLocale } from '@/lib/i18n/config';
import { catalogue } from '@/lib/i18n/catalogue';
import { SITE_COLOURS } from '@/lib/site-colours';

/**
 * The web manifest (/manifest.webmanifest, linked from every page's head): the memorial in its
 * default language, opening at the root address, which negotiates the reader's language.
 */
export default function manifest(): MetadataRoute.Manifest {
  const metadata = createTranslator({ ...catalogue(defaultLocale), namespace: 'metadata' });
  const common = createTranslator({ ...catalogue(defaultLocale), namespace: 'common' });
  return {
    name: metadata('siteTitle'),
    short_name: common('siteName'),
    description: metadata('siteDescription'),
    lang: defaultLocale,
    start_url: '/',
    display: 'browser',
    theme_color: SITE_COLOURS.mourning,
    background_color: SITE_COLOURS.paper,
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
}
