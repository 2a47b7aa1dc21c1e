// ESLint: typescript-eslint's type-checked recommended rules on every TypeScript file, the plain
// JavaScript recommended rules on the few .js/.mjs/.cjs scripts. The layer rules (what may import
// what) are in .dependency-cruiser.cjs and .dependency-cruiser.runtime.cjs; `npm run lint` runs all.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/generated/**', 'reports/**', 'test-results/**', 'playwright-report/**', '.cache/**', 'bench/results/**'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    rules: {
      // Off: we match control characters on purpose (terminal-safe CLI output, upload names, the
      // whole ASCII range from NUL); the rule assumes they are typos.
      'no-control-regex': 'off',
    },
  },

  // TypeScript: type-checked. Two programs, as for `npm run typecheck`: Node code and the page.
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Off: `async` without `await` is how we implement Promise-returning contracts (API handlers,
      // fakes), so that a synchronous throw becomes a rejection rather than escaping the caller.
      '@typescript-eslint/require-await': 'off',
      // Passing on a caught `unknown` unchanged is allowed (as only-throw-error allows by default);
      // rejecting with a known non-Error value is not.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // `_name` marks a parameter or binding that is deliberately unused (callbacks, destructuring);
      // `const { drop, ...rest } = x` is how a key is left out; an unused `catch (err)` is harmless.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },

  // Tests.
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // Off in tests: vitest's asymmetric matchers (expect.stringContaining, expect.any, …) are
      // typed `any`, so every expected object that uses one would trip it.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['test/e2e/**/*.ts'],
    rules: {
      // Off: Playwright fixtures must destructure their first argument (`async ({}, use) => …`)
      // even when they need no other fixture; Playwright reads the pattern to find dependencies.
      'no-empty-pattern': 'off',
    },
  },

  // Plain JavaScript (bin/, scripts/*.mjs, configs): no type information, Node globals.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
