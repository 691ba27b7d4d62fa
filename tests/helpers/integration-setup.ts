import type { TestProject } from 'vitest/node';
import { databaseNameOf, redactUrl } from '../../scripts/lib/database-url';
import { applyMigrations } from '../../scripts/lib/migrations';

/**
 * Global setup of the integration project: a database must be named, and it is brought up to the
 * latest migration once before any test file runs. Test files empty its tables, so it must be a
 * database meant for tests: `npm test` makes a fresh one (and sets MEMORIAL_TEST_DATABASE=1); by hand,
 * use one whose name contains "test".
 */
export default async function setup(_project: TestProject): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'Integration tests need DATABASE_URL. Run `npm test` (it creates a throwaway database), or set ' +
        'DATABASE_URL to a PostgreSQL database for tests, e.g. postgresql://postgres@127.0.0.1:5432/test.',
    );
  }
  const throwaway = process.env.MEMORIAL_TEST_DATABASE === '1';
  if (!throwaway && !databaseNameOf(url).includes('test')) {
    throw new Error(
      `Refusing to run integration tests against ${redactUrl(url)}: they empty every table. ` +
        'Use a database whose name contains "test", or run `npm test`.',
    );
  }
  await applyMigrations({ databaseUrl: url });
}
