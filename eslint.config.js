// ESLint flat config. typescript-eslint's plain `recommended` set (no type information), so a
// full lint stays fast; `tsc --noEmit` is a separate check.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'reports/', 'playwright-report/', 'coverage/']),
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    extends: [tseslint.configs.recommended],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Command-line tools talk to the terminal on purpose.
    files: ['src/cli/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
