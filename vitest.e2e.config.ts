import { defineConfig } from 'vitest/config';

// e2e tier: real Chromium with the built extension; one file at a time (2-core machine).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
