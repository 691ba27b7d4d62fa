import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // lib/**/queries.ts import 'server-only', which throws outside Next's server bundle.
      { find: /^server-only$/, replacement: path.join(root, 'tests/helpers/server-only.ts') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The preview-card tests render PNGs with every font face; on a busy 2-core machine that can
          // pass Vitest's 5 s default.
          testTimeout: 30_000,
          // Unit tests have no database. lib/env.ts still wants a URL to parse; this one refuses
          // connections (port 1), so a unit test that touches the database fails loudly.
          env: { DATABASE_URL: 'postgresql://unit-tests-have-no-database@127.0.0.1:1/none' },
          // next-intl's ESM imports 'next/server' without an extension, which Node refuses outside a
          // bundler; inlined, Vite resolves it (tests/unit/proxy-matcher.test.ts imports proxy.ts).
          server: { deps: { inline: ['next-intl'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/helpers/integration-setup.ts'],
          // One file at a time: files share the one test database and empty it between files.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A low scrypt cost keeps the many hashes of these tests quick (one test checks the
          // production cost), and a key for the second-factor secrets.
          env: { PASSWORD_HASH_COST: '10', MEMORIAL_TOTP_KEY: 'integration-tests-only-totp-key-0123456789' },
        },
      },
    ],
  },
});
