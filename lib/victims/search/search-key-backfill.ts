import { victimSearchKey } from './search-key';

/** Runs one parameterised SQL statement ($1, $2 …) and returns its rows: pg's or Prisma's raw query. */
export type SqlRunner = (sql: string, parameters: unknown[]) => Promise<unknown[]>;

type KeyRow = {
  id: string;
  nameLatin: string | null;
  nameCyrillic: string | null;
  nameRussian: string | null;
  otherNames: string[];
  description: string | null;
  searchKey: string;
};

/**
 * Gives a search key (lib/victims/search/search-key.ts) to every victim that has none: rows written before
 * the key existed (a database migrated from an older version). Every write path computes the key,
 * so only rows with an empty key are read — start-up never reads the whole table. A change of the
 * folding rules ships with a migration that empties the keys (`UPDATE "Victim" SET "searchKey" = ''`),
 * and the next start-up recomputes them. Reads in batches by id and rewrites only the keys that
 * differ, in one UPDATE per batch; neither `version` nor `updatedAt` changes, because the record
 * itself does not. Returns how many changed. Called after migrating (scripts/db-migrate.ts) and by
 * the seed, so every start-up path runs it.
 */
export async function backfillVictimSearchKeys(run: SqlRunner, batchSize = 2000): Promise<number> {
  let after = '';
  let changed = 0;
  for (;;) {
    const rows = (await run(
      `SELECT id, "nameLatin", "nameCyrillic", "nameRussian", "otherNames", description, "searchKey"
       FROM "Victim" WHERE "searchKey" = '' AND id > $1 ORDER BY id LIMIT $2`,
      [after, batchSize],
    )) as KeyRow[];
    if (rows.length === 0) return changed;
    const stale = rows.flatMap((row) => {
      const key = victimSearchKey(row);
      return key === row.searchKey ? [] : [{ id: row.id, key }];
    });
    if (stale.length > 0) {
      await run(`UPDATE "Victim" AS v SET "searchKey" = u.key FROM unnest($1::text[], $2::text[]) AS u(id, key) WHERE v.id = u.id`, [
        stale.map((row) => row.id),
        stale.map((row) => row.key),
      ]);
      changed += stale.length;
    }
    after = rows[rows.length - 1]!.id;
  }
}
