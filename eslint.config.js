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
    // The game's own Phaser entry is CommonJS, as Phaser's sources are (see scripts/phaser-build.ts).
    files: ['src/phaser-build/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Command-line tools talk to the terminal on purpose.
    files: ['src/cli/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
