import { test as base, type Browser, type BrowserContext, type ConsoleMessage } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Every end-to-end test fails on a console error or an uncaught page error, in any browser context it
 * opens (its own `page` and every other one it makes from `browser`). Every spec and helper takes
 * `test` and `expect` from here (or from ./browsers, which extends this one); eslint enforces it.
 *
 * A test that provokes an error on purpose names it with `test.use({ allowConsoleErrors: /…/ })`; any
 * other error still fails it.
 */
type ConsoleOptions = {
  /** Errors matching this are expected by the test (a refused frame, a blocked script). */
  allowConsoleErrors: RegExp | null;
};

type ConsoleFixtures = {
  /** Collects errors from every context of the test and fails the test if any was unexpected. */
  consoleWatch: void;
};

/**
 * "Failed to load resource" for the main document is the page answering with an error status that a
 * test asked for (a 404 page, a refusal); the test asserts that status itself. The same message for a
 * subresource (a script, a style, an image) is a broken page and counts.
 */
function isMainDocumentStatus(message: ConsoleMessage): boolean {
  if (!/^Failed to load resource: the server responded with a status of/.test(message.text())) return false;
  const page = message.page();
  return page !== null && message.location().url === page.url();
}

const watched = new WeakSet<BrowserContext>();
let report: ((text: string, line: string) => void) | null = null;

function watch(context: BrowserContext): void {
  if (watched.has(context)) return;
  watched.add(context);
  context.on('console', (message) => {
    if (message.type() !== 'error' || isMainDocumentStatus(message)) return;
    const where = message.location().url;
    report?.(message.text(), `console error${where ? ` at ${where}` : ''}: ${message.text()}`);
  });
  context.on('weberror', (error) => {
    report?.(error.error().message, `page error at ${error.page()?.url() ?? 'an unknown page'}: ${error.error().message}`);
  });
}

// A fixture's second parameter is Playwright's `use`, named `provide` so that the React hooks lint
// rule does not mistake it for React's `use`.
export const test = base.extend<ConsoleOptions & ConsoleFixtures>({
  allowConsoleErrors: [null, { option: true }],
  context: async ({ context }, provide) => {
    watch(context);
    await provide(context);
  },
  consoleWatch: [
    async ({ browser, allowConsoleErrors }, provide, testInfo) => {
      const errors: string[] = [];
      report = (text, line) => {
        if (allowConsoleErrors?.test(text)) return;
        errors.push(line);
      };
      // Contexts the test opens itself (another browser, a visitor) are watched from birth.
      const newContext = browser.newContext.bind(browser) as Browser['newContext'];
      browser.newContext = async (...args) => {
        const context = await newContext(...args);
        watch(context);
        return context;
      };
      try {
        await provide();
      } finally {
        browser.newContext = newContext;
        report = null;
      }
      if (errors.length > 0 && testInfo.status === 'passed') {
        throw new Error(`The page logged ${errors.length} error(s):\n${errors.map((line) => `  - ${line}`).join('\n')}`);
      }
    },
    { auto: true },
  ],
});
