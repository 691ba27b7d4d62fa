import { existsSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { PROJECT_ROOT } from './paths';

export const SEED_FILE = path.join(PROJECT_ROOT, 'prisma', 'seed.ts');

export type SeedOptions = {
  /** Create the demo curator whose login the README gives; only for the local embedded database. */
  demoCurator?: boolean;
};

type SeedModule = {
  seed?: (prisma: PrismaClient, options?: SeedOptions) => Promise<unknown>;
  DEMO_USERS?: ReadonlyArray<{ email: string }>;
  DEMO_PASSWORD?: string;
};

export type SeedOutcome = {
  /** One line saying what the seed created, when its report has the usual `created` counts. */
  summary?: string;
  /** The demo logins, when the demo curator was requested and the seed module names them. */
  demoLogins?: string;
};

function summarise(report: unknown): string | undefined {
  const created = (report as { created?: Record<string, unknown> } | null)?.created;
  if (!created || typeof created !== 'object') return undefined;
  const counts = Object.entries(created).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return 'nothing new to create';
  return `created ${counts.filter(([, count]) => count > 0).map(([name, count]) => `${count} ${name}`).join(', ')}`;
}

let serverOnlyStubbed = false;

/**
 * lib/ modules `import 'server-only'`, which throws outside Next's server bundle. The seed legitimately
 * runs server code outside Next, so resolve that one package to an empty module in this process.
 */
export function stubServerOnly(): void {
  if (serverOnlyStubbed) return;
  serverOnlyStubbed = true;
  const hooks = `export async function resolve(specifier, context, next) {
    if (specifier === 'server-only') return { url: 'data:text/javascript,', shortCircuit: true };
    return next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

/**
 * Runs `seed(prisma, options)` exported by prisma/seed.ts against `databaseUrl`, with a Prisma client of
 * its own that is disconnected afterwards. DATABASE_URL is set first because lib/env.ts reads it on import.
 */
export async function runSeed(databaseUrl: string, options: SeedOptions = {}): Promise<SeedOutcome> {
  if (!existsSync(SEED_FILE)) {
    throw new Error(`Cannot seed: ${path.relative(PROJECT_ROOT, SEED_FILE)} does not exist yet.`);
  }
  process.env.DATABASE_URL = databaseUrl;
  stubServerOnly();

  const seedModule = (await import(pathToFileURL(SEED_FILE).href)) as SeedModule;
  if (typeof seedModule.seed !== 'function') {
    throw new Error(
      `Cannot seed: ${path.relative(PROJECT_ROOT, SEED_FILE)} must export ` +
        '`async function seed(prisma: PrismaClient, options?: { demoCurator?: boolean })`.',
    );
  }

  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
    import('../../lib/generated/prisma/client'),
    import('@prisma/adapter-pg'),
  ]);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }) });
  try {
    const report = await seedModule.seed(prisma, options);
    const { DEMO_USERS, DEMO_PASSWORD } = seedModule;
    const demoLogins =
      options.demoCurator && DEMO_USERS && DEMO_PASSWORD
        ? `${DEMO_USERS.map((user) => user.email).join(', ')} with password "${DEMO_PASSWORD}" (local use only)`
        : undefined;
    return { summary: summarise(report), demoLogins };
  } finally {
    await prisma.$disconnect();
  }
}
