/**
 * Runs once when a Next.js server starts, before it answers any request. A thrown error stops the
 * server: it refuses to run with a weak NEXTAUTH_SECRET or with the demo accounts in a real database
 * (lib/users/startup-checks.ts). Only in the Node.js runtime, where the database can be reached.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A production build carries its SITE_URL; serving it under another address is refused.
  const { env, siteUrlProblem } = await import('@/lib/env');
  const siteUrl = siteUrlProblem(env.SITE_URL);
  if (siteUrl) throw new Error(`Refusing to start the memorial's server:\n  - ${siteUrl}`);
  const { assertSafeToStart } = await import('@/lib/users/startup-checks');
  await assertSafeToStart();
  // Scheduled records become public with nobody saving anything: purge the shared caches at their time.
  const { startScheduledPurge } = await import('@/lib/scheduled-purge');
  startScheduledPurge();
}
