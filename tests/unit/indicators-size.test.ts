// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

// The widget (and the content script's fallback engine) bundle indicators/: engine + four lexicons
// + phone parsing. 20 KB until the real-ad vocabulary of issue 12 (about 3 KB gzipped) came in.
it('indicators/ bundles to at most 24 KB gzipped', async () => {
  const out = await build({
    entryPoints: ['indicators/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
  });
  const code = out.outputFiles[0]!.contents;
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(
    `indicators bundle: ${(code.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(2)} KB gzipped`,
  );
  expect(gz).toBeLessThanOrEqual(24 * 1024);
});
