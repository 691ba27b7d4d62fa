import { randomBytes } from 'node:crypto';
import { defineConfig, devices } from '@playwright/test';
import { E2E_MAIL_ENV } from './tests/e2e/helpers/mail-env';
import { CHROMIUM_LAUNCH_OPTIONS } from './tests/helpers/chromium';

/**
 * End-to-end tests in Debian's Chromium (Playwright cannot download its own browsers here), against a
 * production build served by `next start` on port 3100. `npm test` builds, migrates and seeds first,
 * and passes DATABASE_URL; to run them alone: build with a seeded DATABASE_URL, then `npm run test:e2e`.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Debian's Chromium, started as ENVIRONMENT.md says works on these machines. */
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: CHROMIUM_LAUNCH_OPTIONS,
};
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The public record made pages longer; a test's own steps still wait at most their own timeouts.
  timeout: 60_000,
  // An assertion waits up to 15 s (Playwright's default is 5 s): on a loaded 2-core machine a client
  // navigation or a server action's answer can take longer than 5 s; what is asserted is unchanged.
  expect: { timeout: 15_000 },
  workers: 2,
  reporter: 'list',
  // The mailbox: an SMTP server on loopback (E2E_SMTP_PORT, default 2588) for the whole run, which
  // the app below sends to; specs read what it received with waitForMail (tests/e2e/helpers/mailbox.ts).
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      // Read-only visitor tests run first, on the seeded content exactly as seeded.
      name: 'public',
      testDir: 'tests/e2e/public',
      use: chromium,
    },
    {
      // Curators' tests change content (they create, publish and delete records), so they run after.
      name: 'curators',
      testDir: 'tests/e2e/curators',
      dependencies: ['public'],
      use: chromium,
    },
  ],
  webServer: {
    command: `next start -p ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      SITE_URL: BASE_URL,
      NEXTAUTH_URL: BASE_URL,
      // npm test passes its own; otherwise a random one (the server refuses a weak or placeholder secret).
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString('base64url'),
      // Test runs only: the tests sign in as the seeded demo accounts, which the server refuses on
      // any database but the embedded demo one unless this is set. Never set it in production.
      MEMORIAL_ALLOW_DEMO_ACCOUNTS: '1',
      // Every sign-in hashes: at the production cost (2^17, 128 MiB) two workers on a busy machine
      // time out. The cost itself is tested in tests/integration/account-security.test.ts.
      PASSWORD_HASH_COST: process.env.PASSWORD_HASH_COST ?? '14',
      // A test lays a carnation as soon as the page is shown: the minimum fill time against bots
      // (lib/visitor-forms/form-guard.ts) would refuse it. The check itself is tested in tests/unit/visitor-forms.test.ts.
      VISITOR_FORM_MIN_FILL_SECONDS: process.env.VISITOR_FORM_MIN_FILL_SECONDS ?? '0',
      // Every test browser comes from one address (no TRUSTED_PROXY_HOPS): the testimony specs together
      // send more than a family's daily allowance. The cap itself is tested in tests/integration/testimonies.test.ts.
      TESTIMONIES_PER_ADDRESS_PER_DAY: process.env.TESTIMONIES_PER_ADDRESS_PER_DAY ?? '100',
      // Testimony e-mail goes to the run's mailbox on loopback (tests/e2e/helpers/mailbox.ts); nothing leaves the machine.
      ...E2E_MAIL_ENV,
    },
  },
});
