import preact from '@preact/preset-vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { withoutShared } from './tests/support/shared-fixtures';

// Unit tier: happy-dom by default; files that sanitize HTML opt into jsdom with a docblock.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, ...withoutShared('unit')],
  },
});
