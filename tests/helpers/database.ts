import { db } from '@/lib/db';

export { db };

let applicationTables: string[] | undefined;

/**
 * Empties every application table (all of schema public but Prisma's migration records) and restarts
 * their sequences, so each test file starts from the same blank database. Call it in `beforeEach` or
 * `beforeAll`; integration files run one at a time, so no other file's rows can be affected.
 */
export async function resetDatabase(): Promise<void> {
  applicationTables ??= (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      ORDER BY tablename`
  ).map((row) => `"public"."${row.tablename.replace(/"/g, '""')}"`);
  if (applicationTables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${applicationTables.join(', ')} RESTART IDENTITY CASCADE`);
}
