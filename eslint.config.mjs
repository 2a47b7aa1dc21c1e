// ESLint: typescript-eslint's type-checked recommended rules on every TypeScript file, the plain
// JavaScript recommended rules on the few .js/.mjs/.cjs scripts. The layer rules (what may import
// what) are in .dependency-cruiser.cjs; `npm run lint` runs both.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/generated/**', 'reports/**', 'test-results/**', 'playwright-report/**', '.cache/**', 'bench/results/**'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,

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
      // `_name` marks a parameter or binding that is deliberately unused (callbacks, destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },

  // Plain JavaScript (bin/, scripts/*.mjs, configs): no type information, Node globals.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
