import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { loginAs, type DemoRole } from './login';
import { test as base } from './test';

export { expect } from './test';

/**
 * The other browsers a test opens besides its own `page`: a visitor's, a second curator's, the same
 * session with JavaScript off. Each is a browser context of its own (no cookies shared with `page`),
 * made with the project's options, and closed when the test ends whatever its outcome.
 */
type OtherBrowsers = {
  /** Opens a page in a new browser context; `options` add to or override the project's. */
  anotherBrowser: (options?: BrowserContextOptions) => Promise<Page>;
  /** A page in another browser, signed in as the demo account of `role` and left on /admin. */
  signedInElsewhere: (role: DemoRole) => Promise<Page>;
  /** `page`'s session (its cookies) in another browser with JavaScript off: forms post as plain HTML. */
  withoutJavaScript: (page: Page) => Promise<Page>;
  /** A visitor: nobody signed in, in a browser of their own. */
  visitor: Page;
};

// Each fixture's second parameter is Playwright's `use`, named `provide` here so that the React hooks
// lint rule does not mistake it for React's `use`.
export const test = base.extend<OtherBrowsers>({
  anotherBrowser: async ({ browser }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (options = {}) => {
      const context = await browser.newContext(options);
      opened.push(context);
      return context.newPage();
    });
    for (const context of opened) await context.close();
  },
  signedInElsewhere: async ({ anotherBrowser }, provide) => {
    await provide(async (role) => {
      const page = await anotherBrowser();
      await loginAs(page, role);
      return page;
    });
  },
  withoutJavaScript: async ({ anotherBrowser }, provide) => {
    await provide(async (page) => {
      const plain = await anotherBrowser({ javaScriptEnabled: false });
      await plain.context().addCookies(await page.context().cookies());
      return plain;
    });
  },
  visitor: async ({ anotherBrowser }, provide) => {
    await provide(await anotherBrowser());
  },
});
