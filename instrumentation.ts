/**
 * Runs once when a Next.js server starts, before it answers any request. A thrown error stops the
 * server: under the production server (server/index.mjs) it first applies the pending migrations
 * under their advisory lock; then it refuses to run with a weak NEXTAUTH_SECRET or with the demo
 * accounts in a real database (lib/users/startup-checks.ts); then it starts each instance's periodic
 * work (scheduled purges, the mail outbox, the testimonies' retention sweep). Only in the Node.js
 * runtime, where the database can be reached. The outcome is left on globalThis for server/index.mjs,
 * which listens only once it is known, and exits when start-up failed.
 */
const STARTUP_KEY = Symbol.for('memorial.startup');

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const outcome = globalThis as unknown as { [STARTUP_KEY]?: { ok: true } | { ok: false; error: unknown } };
  try {
    const { env, isBuildPhase, siteUrlProblem } = await import('@/lib/env');
    // A production build carries its SITE_URL; serving it under another address is refused.
    const siteUrl = siteUrlProblem(env.SITE_URL);
    if (siteUrl) throw new Error(`Refusing to start the memorial's server:\n  - ${siteUrl}`);
    if (env.MEMORIAL_MIGRATE_ON_START) {
      const { migrateAtStart } = await import('@/scripts/lib/migrate-at-start');
      await migrateAtStart(env.DATABASE_URL, (line) => console.info(`[migrate] ${line}`));
    }
    const { assertSafeToStart } = await import('@/lib/users/startup-checks');
    await assertSafeToStart();
    // Scheduled records become public with nobody saving anything: purge the shared caches at their time.
    const { startScheduledPurge } = await import('@/lib/scheduled-purge');
    startScheduledPurge();
    if (!isBuildPhase) {
      // Testimony e-mail goes out of the outbox every minute (retries, and what a lost process had
      // queued), and testimonies' personal data is deleted hourly once its period has passed.
      const { startMailDelivery } = await import('@/lib/mail/outbox');
      startMailDelivery();
      const { startTestimonyRetention } = await import('@/lib/testimonies/retention');
      startTestimonyRetention();
    }
    outcome[STARTUP_KEY] = { ok: true };
  } catch (error) {
    outcome[STARTUP_KEY] = { ok: false, error };
    throw error;
  }
}
