import { startMailbox } from './helpers/mailbox';

/**
 * Playwright's global setup: the mailbox (a real SMTP server on loopback that the app under test sends
 * to) runs for the whole run; what this returns is the teardown that stops it and deletes its folder.
 * The app's webServer is started before this (Playwright's order), which is harmless: mail queued
 * before the mailbox listens is retried a minute later.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  return startMailbox();
}
