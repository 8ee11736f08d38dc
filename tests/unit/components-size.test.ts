// @vitest-environment node
// esbuild's TextEncoder check fails under DOM emulations, so this runs in plain Node.
import { describe, expect, it } from 'vitest';
import { bundleSize, sizeEntry } from '../support/bundle-harness';

const BUDGET = 12 * 1024;
const LIBS = ['preact', 'preact/*', 'dompurify'];

describe('bundle size', () => {
  it.each(['nb', 'en'] as const)(
    'components plus the %s cards stay under 12 KB gzipped (preact and DOMPurify counted apart)',
    async (lang) => {
      const own = await bundleSize(sizeEntry(lang), LIBS);
      const withPreact = await bundleSize(sizeEntry(lang), ['dompurify']);
      const all = await bundleSize(sizeEntry(lang), []);
      console.log(
        `[size ${lang}] own code ${own.gzipped} B gz (${own.minified} B min); ` +
          `+preact ${withPreact.gzipped} B gz; +preact+DOMPurify ${all.gzipped} B gz`,
      );
      expect(own.gzipped).toBeLessThan(BUDGET);
      expect(withPreact.gzipped).toBeGreaterThan(own.gzipped);
    },
    30_000,
  );
});
