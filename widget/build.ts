/**
 * Builds the partner widget into dist/widget/ with Vite, one build per file:
 *   lykt-widget.js         classic script (IIFE): components, every card in nb and en
 *   lykt-widget.mjs        the same as an ES module
 *   lykt-widget-scan.js    the engine, imported on first `for-text` / `Lykt.cardsFor`
 *   lykt-widget-partner.js DOMPurify + partner-card checks, imported on first partner card
 *   demo.html, demo.css, demo.js  the demo page (widget/demo.*), so the folder stands alone
 * IIFE output cannot be code-split, so the lazy files are separate builds.
 */
import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  build,
  transformWithEsbuild,
  type InlineConfig,
  type LibraryFormats,
  type Plugin,
} from 'vite';
import { thirdPartyNotices } from '../tools/third-party-notices';

const root = resolve(import.meta.dirname, '..');
export const OUT_DIR = resolve(root, 'dist/widget');

interface Target {
  entry: string;
  file: string;
  format: LibraryFormats;
  /** Stand in for DOMPurify (see purify-shim.ts) so it stays out of the first-paint files. */
  shimPurify: boolean;
}

const TARGETS: Target[] = [
  { entry: 'widget/main.ts', file: 'lykt-widget.js', format: 'iife', shimPurify: true },
  { entry: 'widget/module.ts', file: 'lykt-widget.mjs', format: 'es', shimPurify: true },
  { entry: 'widget/scan.ts', file: 'lykt-widget-scan.js', format: 'es', shimPurify: false },
  { entry: 'widget/partner.ts', file: 'lykt-widget-partner.js', format: 'es', shimPurify: false },
  { entry: 'widget/demo.ts', file: 'demo.js', format: 'iife', shimPurify: false },
];

/** Vite keeps whitespace in ES library output (for bundlers); these files go straight to browsers. */
const minifyEs: Plugin = {
  name: 'lykt-minify-es',
  apply: 'build',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      chunk.code = (
        await transformWithEsbuild(chunk.code, chunk.fileName, { minify: true, format: 'esm' })
      ).code;
    }
  },
};

function configFor(t: Target, first: boolean): InlineConfig {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: [...(t.format === 'es' ? [minifyEs] : []), thirdPartyNotices()],
    resolve: {
      alias: t.shimPurify
        ? [{ find: /^dompurify$/, replacement: resolve(root, 'widget/purify-shim.ts') }]
        : [],
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: OUT_DIR,
      emptyOutDir: first,
      target: 'es2020',
      minify: 'esbuild',
      sourcemap: false,
      copyPublicDir: false,
      lib: {
        entry: resolve(root, t.entry),
        formats: [t.format],
        name: 'LyktWidget',
        fileName: () => t.file,
      },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  };
}

/** Builds every file, or only those named (e.g. `lykt-widget.js`). */
export async function buildWidget(only: string[] = []): Promise<void> {
  const targets = TARGETS.filter((t) => only.length === 0 || only.includes(t.file));
  for (const [i, t] of targets.entries()) await build(configFor(t, i === 0 && only.length === 0));
  for (const f of ['demo.html', 'demo.css'])
    await copyFile(resolve(root, 'widget', f), resolve(OUT_DIR, f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  await buildWidget(process.argv.slice(2));
  console.log(`lykt widget built in ${Math.round(performance.now() - t0)} ms → ${OUT_DIR}`);
}
