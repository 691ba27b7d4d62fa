import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { listMigrations, MIGRATIONS_DIR } from './migrations';

/**
 * Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm), driven from plain Node
 * through the pg driver adapter. The package is built for bundlers (it imports the .wasm file as an ES
 * module), so we instantiate the module ourselves and hand its exports to the JavaScript glue.
 */

type Glue = typeof import('@prisma/schema-engine-wasm') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let gluePromise: Promise<Glue> | undefined;

/** Where the engine writes a Rust panic's message before it aborts (Prisma's CLI installs the same). */
const panicRegistry = {
  message: '',
  get(): string {
    return this.message;
  },
  set_message(message: string): void {
    this.message = `RuntimeError: ${message}`;
  },
};

/**
 * The message of the engine's last Rust panic, if any. A panic surfaces only as an opaque
 * `RuntimeError: unreachable`, often as an uncaught exception, so print this alongside it.
 */
export function lastEnginePanic(): string | undefined {
  return panicRegistry.message || undefined;
}

async function loadGlue(): Promise<Glue> {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as Glue;
  const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/**
 * PostgreSQL's internal one-byte `"char"` type (OID 18: pg_class.relkind, pg_constraint.contype, …) is
 * selected by the engine's schema describer, which reads it as a Rust `char`, but @prisma/adapter-pg 7.10
 * refuses the type. The client reports such columns as text so the adapter accepts them and remembers
 * where they were (keyed by the rows array, which the adapter passes through unchanged); the adapter
 * wrapper below then labels them as Character, the column type the engine expects.
 */
const charColumnsOf = new WeakMap<unknown[], number[]>();

class CharColumnsClient extends pg.Client {
  // pg's query() has many overloads; this wrapper only rewrites the field types of the result.
  override query(...args: unknown[]): never {
    const callback = typeof args.at(-1) === 'function' ? (args.pop() as (error: unknown, result?: unknown) => void) : undefined;
    const promise = (super.query as (...rest: unknown[]) => Promise<pg.QueryResult | pg.QueryResult[]>)
      .apply(this, args)
      .then((result) => {
        for (const one of Array.isArray(result) ? result : [result]) {
          const indexes: number[] = [];
          (one?.fields ?? []).forEach((field, index) => {
            if (field.dataTypeID === 18) {
              field.dataTypeID = 25;
              indexes.push(index);
            }
          });
          if (indexes.length > 0 && Array.isArray(one.rows)) charColumnsOf.set(one.rows, indexes);
        }
        return result;
      });
    if (callback) {
      promise.then((result) => callback(null, result), (error: unknown) => callback(error));
      return undefined as never;
    }
    return promise as never;
  }
}

type Queryable = {
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
};
type PgAdapter = SqlDriverAdapter & Queryable & { client: pg.Pool; onError(error: unknown): never };

function labelCharColumns<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsOf.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/**
 * Adjusts an adapter for the engine: "char" columns as above, and whole scripts. The adapter's
 * executeScript splits a script on every `;`, which breaks function bodies and comments; PostgreSQL's
 * simple query protocol runs a multi-statement script as sent, as Prisma's native engine does.
 */
function adaptForEngine(adapter: PgAdapter): PgAdapter {
  labelCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => labelCharColumns(await startTransaction(isolationLevel));
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/**
 * A migration-aware adapter factory for the engine. The shadow database is the same database: callers
 * give the engine a throwaway database (a fresh embedded cluster), which it may reset at will.
 */
function createAdapterFactory(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, Client: CharColumnsClient, max: 4 });
  const factory = new PrismaPg(pool, { disposeExternalPool: false });
  const connect = factory.connect.bind(factory);
  type Adapter = Awaited<ReturnType<typeof connect>>;
  factory.connect = async () => adaptForEngine((await connect()) as unknown as PgAdapter) as unknown as Adapter;
  factory.connectToShadowDb = async () => factory.connect();
  return { factory: bindMigrationAwareSqlAdapterFactory(factory), close: () => pool.end() };
}

export type SchemaEngineSession = {
  engine: SchemaEngine;
  close(): Promise<void>;
};

/** Starts the WebAssembly schema engine against `databaseUrl` (a database it may freely reset). */
export async function openSchemaEngine(options: {
  databaseUrl: string;
  schemaPath: string;
  verbose?: boolean;
}): Promise<SchemaEngineSession> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  const schema = readFileSync(options.schemaPath, 'utf8');
  const { factory, close } = createAdapterFactory(options.databaseUrl);
  const onLog = (line: string) => {
    if (options.verbose) process.stderr.write(`[schema-engine] ${line}\n`);
  };
  const engine = await glue.SchemaEngine.new({ datamodels: [[path.basename(options.schemaPath), schema]] }, onLog, factory);
  return {
    engine,
    async close() {
      engine.free();
      await close();
    },
  };
}

/** The migrations folder in the shape the engine takes it. */
export function migrationListFor(migrationsDir: string = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      // A new project has no lock file yet; the engine needs one to know the connector.
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : 'provider = "postgresql"\n',
    },
    shadowDbInitScript: '',
    migrationDirectories: listMigrations(migrationsDir).map((migration) => ({
      path: migration.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.sql } },
    })),
  };
}

/**
 * The SQL that takes a database from the state the existing migrations produce to the state the
 * Prisma schema describes. Empty when they agree. The engine replays the migrations on `databaseUrl`.
 */
export async function diffMigrationsToSchema(options: {
  databaseUrl: string;
  schemaPath: string;
  migrationsDir?: string;
  verbose?: boolean;
}): Promise<string> {
  const session = await openSchemaEngine(options);
  try {
    const schema = readFileSync(options.schemaPath, 'utf8');
    const result = await session.engine.diff({
      from: { tag: 'migrations', ...migrationListFor(options.migrationsDir) },
      to: { tag: 'schemaDatamodel', files: [{ path: path.basename(options.schemaPath), content: schema }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    // exitCode 2 means "there is a difference"; 0 means none.
    return result.exitCode === 2 ? (result.stdout ?? '') : '';
  } finally {
    await session.close();
  }
}
