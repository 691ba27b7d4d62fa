// Flat config: Next 16 removed `next lint`, so ESLint runs directly (npm run lint).
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'lib/generated/**',
      // Extra build folders (NEXT_DIST_DIR) of parallel end-to-end runs.
      '.next-*/**',
      '.next/**',
      'node_modules/**',
      '.data/**',
      'out/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nextPlugin.configs['core-web-vitals'],
  reactHooks.configs.flat.recommended,
  {
    rules: {
      // `_`-prefixed names mark parameters a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Node scripts and tool configuration run outside the browser and Next's bundler.
    files: ['scripts/**', 'server/**', '*.config.{ts,mjs,js}', 'cache-handler.mjs', 'tests/**'],
    rules: {
      // Node's globals (process, console, …): TypeScript checks the .ts files; the few .mjs ones are plain Node.
      'no-undef': 'off',
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-assign-module-variable': 'off',
    },
  },
  {
    // Every end-to-end test fails on a console error (tests/e2e/helpers/test.ts): a spec that took
    // Playwright's own `test` would silently skip that check.
    files: ['tests/e2e/**'],
    ignores: ['tests/e2e/helpers/test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              allowTypeImports: true,
              message: "Take test and expect from tests/e2e/helpers/test.ts (or ./browsers), which fail a test on any console error.",
            },
          ],
        },
      ],
    },
  },
);
