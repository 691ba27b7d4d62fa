/**
 * npm run user:create -- --email curator@memorial.example --role curator|admin [--name "Full Name"]
 *
 * Creates a curator's or an administrator's account: the way to make the first administrator on a
 * new database (after that, administrators can also add accounts on /admin/users).
 *
 * The password comes from the environment variable MEMORIAL_USER_PASSWORD or, when that is unset, is
 * asked for twice on the terminal without being shown. It is never printed or logged. The database
 * is DATABASE_URL's, or else the embedded one in .data/postgres (stop `npm run dev` first).
 */
import { parseArgs } from 'node:util';
import { loadEnvFiles, openDatabase, redactUrl, type DatabaseHandle } from './lib/database-url';
import { applyMigrations } from './lib/migrations';
import { stubServerOnly } from './lib/seed';

const USAGE = 'Usage: npm run user:create -- --email <address> --role <curator|admin> [--name "<name>"]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** Reads one line from the terminal with echo off (raw mode), for a password. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stdout.write(question);
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.resume();
    let value = '';
    const finish = (outcome: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stdout.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n' || character === '\u0004') return finish(() => resolve(value));
        if (character === '\u0003') return finish(() => reject(new Error('Cancelled.')));
        if (character === '\u007f' || character === '\b') value = Array.from(value).slice(0, -1).join('');
        else value += character;
      }
    };
    input.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnvironment = process.env.MEMORIAL_USER_PASSWORD;
  if (fromEnvironment !== undefined && fromEnvironment !== '') return fromEnvironment;
  if (!process.stdin.isTTY) {
    fail('No password: set MEMORIAL_USER_PASSWORD, or run this in a terminal to be asked for one.', 2);
  }
  const first = await promptHidden('Password (at least 12 characters, not shown): ');
  const second = await promptHidden('The same password again: ');
  if (first !== second) fail('The two passwords are not the same. Nothing was created.', 2);
  return first;
}

async function main(): Promise<void> {
  let values: { email?: string; role?: string; name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.email || !values.role) fail(USAGE, 2);

  loadEnvFiles();
  const { createUserSchema } = await import('../lib/users/schema');
  const { isDemoEmail } = await import('../lib/users/demo-accounts');
  if (isDemoEmail(values.email)) fail(`${values.email} is a demo account's address; the seed makes those, on the embedded database only.`, 2);

  const password = await readPassword();
  const parsed = createUserSchema.safeParse({ email: values.email, role: values.role, name: values.name ?? '', password });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || 'input'}: ${issue.message}`).join('\n');
    fail(`Nothing was created:\n${problems}`, 2);
  }

  let database: DatabaseHandle | undefined;
  try {
    database = await openDatabase();
    if (database.embedded) {
      // The embedded database may be new: bring it up to date as `npm run dev` would.
      await applyMigrations({ databaseUrl: database.url });
    }
    // lib/env.ts reads DATABASE_URL when first imported, and lib/ modules import 'server-only'.
    process.env.DATABASE_URL = database.url;
    stubServerOnly();
    const [{ createUser }, { MutationRefusedError }, { db }] = await Promise.all([
      import('../lib/users/mutations'),
      import('../lib/records/errors'),
      import('../lib/db'),
    ]);
    try {
      const user = await createUser(null, parsed.data);
      const where = database.embedded ? 'the embedded database' : redactUrl(database.url);
      console.log(`Created the ${user.role === 'ADMIN' ? 'administrator' : 'curator'} account ${user.email} in ${where}.`);
    } catch (error) {
      if (error instanceof MutationRefusedError) fail(error.message, 1);
      throw error;
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    // Only the first line: never the query a driver error might quote.
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
    console.error(`Could not create the account: ${message}`);
    process.exitCode = 1;
  } finally {
    await database?.stop();
  }
}

void main();
