import { expect, test } from '../helpers/test';
import { ALL_PUBLIC_PAGES } from '../helpers/public-pages';

/**
 * Every public page names the favicon, the icons and the web manifest in its head, and each is
 * served with its type and with the shared-cache policy of every other public answer (lib/http/cache-policy.ts).
 */

/** The head links that browsers and the Lighthouse audit look for, each with the type it is served as. */
const HEAD_LINKS = [
  { rel: 'icon', type: 'image/svg+xml' },
  { rel: 'icon', type: 'image/x-icon' },
  { rel: 'apple-touch-icon', type: 'image/png' },
  { rel: 'manifest', type: 'application/manifest+json' },
];

type HeadLink = { rel: string; href: string; type?: string };

/** The `<link>` tags of a document's head. */
function headLinks(html: string): HeadLink[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<link\b[^>]*>/g)].flatMap(([tag]) => {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1]?.replaceAll('&amp;', '&');
    const [rel, href, type] = [attribute('rel'), attribute('href'), attribute('type')];
    return rel && href ? [{ rel, href, type }] : [];
  });
}

/** The address a head links for one of HEAD_LINKS (the manifest's link states no type). */
function linkFor(links: HeadLink[], { rel, type }: (typeof HEAD_LINKS)[number]): string | undefined {
  return links.find((link) => link.rel === rel && (rel === 'manifest' || link.type === type))?.href;
}

test('every public page in every language links the icons and the manifest from its head', async ({ request }) => {
  const missing: string[] = [];
  for (const path of ALL_PUBLIC_PAGES) {
    const links = headLinks(await (await request.get(path)).text());
    for (const wanted of HEAD_LINKS) if (!linkFor(links, wanted)) missing.push(`${path}: ${wanted.rel} ${wanted.type}`);
  }
  expect(missing).toEqual([]);
});

test('the icons and the manifest are served with their types and a shared-cache policy', async ({ request }) => {
  const links = headLinks(await (await request.get('/en')).text());
  // And /favicon.ico itself, which clients that read no head ask for.
  const addresses = [...HEAD_LINKS.map((wanted) => ({ href: linkFor(links, wanted)!, type: wanted.type })), { href: '/favicon.ico', type: 'image/x-icon' }];
  for (const { href, type } of addresses) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toContain(type);
    expect(response.headers()['cache-control'], href).toMatch(/^public, .*stale-while-revalidate=\d+, stale-if-error=\d+/);
    expect(response.headers()['set-cookie'], href).toBeUndefined();
  }
  const manifest = await (await request.get(linkFor(links, { rel: 'manifest', type: 'application/manifest+json' })!)).json();
  expect(manifest).toMatchObject({ start_url: '/', icons: expect.arrayContaining([expect.objectContaining({ src: '/icon.svg' })]) });
});
