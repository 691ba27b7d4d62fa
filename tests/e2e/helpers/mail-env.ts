/**
 * Where the end-to-end run's mailbox listens (tests/e2e/helpers/mailbox.ts) and what playwright.config.ts
 * gives the app under test so that it sends there. Kept apart from the mailbox so that the config
 * loads no SMTP server.
 */

/** The SMTP port of the mailbox: E2E_SMTP_PORT, default 2588. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2588);

/** The app's mail settings during an end-to-end run: loopback only, so nothing leaves the machine. */
export const E2E_MAIL_ENV = {
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  MAIL_FROM: 'Black January memorial (tests) <memorial@e2e.test>',
} as const;
