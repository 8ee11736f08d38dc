/** esbuild helpers for the component tests: bundle-size figures and the e2e harness page. */
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every shared component plus the cards of one language: what a one-language widget ships. */
export function sizeEntry(lang: 'nb' | 'en'): string {
  return ['CardPopover', 'CardTabs', 'IndicatorList', 'InfoCard', 'LevelBadge']
    .map((c) => `export * from './components/${c}';`)
    .concat(
      `export * from './components/styles';`,
      `export * from './cards/category-cards';`,
      `export { CARDS } from './cards/generated/${lang}';`,
    )
    .join('\n');
}

export interface BundleSize {
  minified: number;
  gzipped: number;
}

/** Minified ESM bundle of `contents` (resolved from the repo root); sizes in bytes. */
export async function bundleSize(contents: string, external: string[]): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

/** Builds tests/support/components-harness.tsx into `outDir` (index.html + harness.js). */
export async function buildHarness(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'tests/support/components-harness.tsx')],
    outfile: join(outDir, 'harness.js'),
    bundle: true,
    format: 'esm',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  await writeFile(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lykt components</title>' +
      '<meta name="viewport" content="width=device-width"><meta name="color-scheme" content="light dark"></head><body><main id="app"></main>' +
      '<script type="module" src="/harness.js"></script></body></html>',
  );
}
