import type { Page, Request } from '@playwright/test';
import { expect, test } from '../helpers/browsers';

// Public pages link with plain anchors (components/site/page-link.tsx): a page view asks the site for
// its document only, never for the pages it links to, and following a link is a page load that the
// caching proxy can answer whole.

/** Every request this page makes for one of the site's pages (documents and router payloads), from now on. */
function pageRequests(page: Page): string[] {
  const seen: string[] = [];
  const origin = new URL(page.url() === 'about:blank' ? test.info().project.use.baseURL! : page.url()).origin;
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    if (url.pathname.startsWith('/_next/') || url.pathname.startsWith('/api/')) return;
    if (/\.(ico|svg|png|webmanifest|woff2?)$/.test(url.pathname) || url.pathname.endsWith('/opengraph-image')) return;
    seen.push(`${request.resourceType()} ${url.pathname}${url.search}`);
  });
  return seen;
}

for (const path of ['/en', '/en/victims', '/ru/anniversaries/2027']) {
  test(`a view of ${path} fetches its own document and none of the pages it links to`, async ({ page }) => {
    const requests = pageRequests(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The page links to others in view (the header's navigation at least), and none was fetched.
    expect(await page.locator('header a[href^="/"]').count()).toBeGreaterThan(3);
    expect(requests).toEqual([`document ${path}`]);
  });
}

test('following a link in the header is a page load of the linked address', async ({ page }) => {
  await page.goto('/en');
  const requests = pageRequests(page);
  const link = page.locator('header nav a[href="/en/timeline"]');
  await expect(link).toBeVisible();
  await link.click();
  await page.waitForURL('**/en/timeline');
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual(['document /en/timeline']);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
