/**
 * Benchmark of the CSV import of victims: `npm run bench:import`.
 *
 * Creates a scratch database `memorial_bench_<timestamp>` on the PostgreSQL server of
 * BENCH_DATABASE_URL (default: the local server's maintenance database), migrates it, seeds one
 * source and one curator, generates 10,000 clearly synthetic rows ("Synthetic Person 00001"), runs
 * the dry run and the import through the same lib functions the admin form uses, prints the times,
 * and drops the database again, also when something fails. BENCH_ROWS changes the number of rows.
 * Not part of `npm test`.
 */
import { register } from 'node:module';
import { performance } from 'node:perf_hooks';
import { createScratchDatabase, redactUrl } from './lib/database-url';
import { applyMigrations } from './lib/migrations';

const SERVER_URL = process.env.BENCH_DATABASE_URL?.trim() || 'postgresql://postgres@127.0.0.1:5432/postgres';
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const TARGET_IMPORT_SECONDS = 10;
const SOURCE_KEY = 'bench-synthetic-source';

const HEADER = 'slug,nameLatin,nameCyrillic,otherNames,sex,birthDate,age,fate,deathDate,deathPlace,circumstances,sourceKey,quote,page';

/** Rows no real record can match: every name says it is synthetic. */
function syntheticCsv(rows: number): string {
  const lines = [HEADER];
  for (let index = 1; index <= rows; index += 1) {
    const number = String(index).padStart(5, '0');
    lines.push(
      [
        `synthetic-person-${number}`,
        `Synthetic Person ${number}`,
        `Синтетический ${number}`,
        `Synthetic P. ${number}|S. Person ${number}`,
        index % 2 === 0 ? 'female' : 'male',
        String(1940 + (index % 50)),
        String(index % 90),
        'killed',
        '1990-01-20',
        'Benchmark Street',
        `"Synthetic benchmark row ${number}, with a comma and ""quotes""."`,
        SOURCE_KEY,
        `"Synthetic quotation ${number}."`,
        String(index % 300),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(2)} s`;
}

async function main(): Promise<number> {
  const scratch = await createScratchDatabase(SERVER_URL, 'memorial_bench');
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await scratch.drop();
    console.log(`Dropped ${scratch.name}.`);
  };
  const onSignal = () => {
    void drop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  console.log(`Scratch database ${scratch.name} on ${redactUrl(SERVER_URL)}`);
  let disconnect = async () => {};
  try {
    await applyMigrations({ databaseUrl: scratch.url });

    // lib/ reads DATABASE_URL when first imported, and its modules import 'server-only', which
    // throws outside Next's server bundle: resolve that package to an empty module here.
    process.env.DATABASE_URL = scratch.url;
    register(
      `data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
        if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
        return next(specifier, context);
      }`)}`,
    );
    const { db } = await import('../lib/db');
    disconnect = () => db.$disconnect();
    const { dryRunVictimImport, importVictims } = await import('../lib/victims/import/mutations');

    await db.source.create({ data: { key: SOURCE_KEY, kind: 'EXTERNAL', title: 'Synthetic benchmark source', status: 'PUBLISHED' } });
    const curator = await db.user.create({ data: { email: 'bench@bench.invalid', name: 'Benchmark', passwordHash: 'not-a-hash' } });

    const csv = syntheticCsv(ROWS);
    console.log(`Generated ${ROWS.toLocaleString('en')} synthetic rows (${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(2)} MB).`);

    const started = performance.now();
    const dryRun = await dryRunVictimImport(csv);
    const dryRunDone = performance.now();
    if (!dryRun.ok) throw new Error(`The dry run refused the file: ${dryRun.problems.join(' ')}`);
    if (dryRun.report.toCreate !== ROWS) {
      const firstBad = dryRun.report.rows.find((row) => row.errors.length > 0);
      throw new Error(`The dry run found ${dryRun.report.invalid} invalid rows, e.g. ${JSON.stringify(firstBad)}`);
    }
    const result = await importVictims(curator, csv, { expectedSha256: dryRun.sha256 });
    const importDone = performance.now();

    const [victims, citations, audits] = await Promise.all([
      db.victim.count({ where: { status: 'DRAFT' } }),
      db.citation.count(),
      db.auditEntry.count({ where: { action: 'import' } }),
    ]);
    if (result.record.created !== ROWS || victims !== ROWS || citations !== ROWS || audits !== ROWS) {
      throw new Error(`Expected ${ROWS} of each; created ${result.record.created}: ${victims} drafts, ${citations} citations, ${audits} audit entries.`);
    }

    const importMs = importDone - dryRunDone;
    console.log(`Dry run: ${seconds(dryRunDone - started)}`);
    console.log(`Import:  ${seconds(importMs)} (checks the file again, then writes ${ROWS} drafts, citations and audit entries in one transaction)`);
    console.log(`Total:   ${seconds(importDone - started)}`);
    if (importMs > TARGET_IMPORT_SECONDS * 1000) {
      console.error(`The import took longer than the target of ${TARGET_IMPORT_SECONDS} s.`);
      return 1;
    }
    return 0;
  } finally {
    await disconnect().catch(() => {});
    await drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
