// Unit, property and architecture tests. Browser tests (*.e2e.ts) belong to Playwright.
// Reporters are chosen on the command line (see scripts/test-all.sh).
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, '**/*.e2e.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
