import { configDefaults, defineConfig } from 'vitest/config';
import { withoutShared } from './tests/support/shared-fixtures';

// e2e tier: real Chromium and Firefox with the built extension; one file at a time (2-core machine).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    exclude: [...configDefaults.exclude, ...withoutShared('e2e')],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
