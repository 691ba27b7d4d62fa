/**
 * postinstall: `prisma generate`, which writes the client into lib/generated/prisma.
 *
 * The prisma CLI downloads its native schema engine before any command, even `generate`, which does
 * not use it. Where that download is impossible (no network but the npm registry), pointing
 * PRISMA_SCHEMA_ENGINE_BINARY at any existing file lets generation run. We do that only when no native
 * engine was installed, so a machine that has one behaves exactly as usual.
 *
 * Plain JavaScript on purpose: it runs during `npm install`, before anything else can be relied on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prismaCli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
const enginesDir = path.join(root, 'node_modules', '@prisma', 'engines');

if (!existsSync(prismaCli)) {
  console.warn('prisma-generate: the prisma CLI is not installed (dev dependencies omitted?); skipping `prisma generate`.');
  process.exit(0);
}

const hasNativeSchemaEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith('schema-engine'));

const env = { ...process.env };
if (!hasNativeSchemaEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) {
  // Any existing file will do: generation never runs the engine. Node itself is always there.
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
  console.log('prisma-generate: no native schema engine installed; generating without it.');
}

const result = spawnSync(process.execPath, [prismaCli, 'generate'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
