/**
 * WXT builds every unlisted script as an IIFE that runs on load. The lazy chunks (the popover,
 * entrypoints/popover.ts, and the page's fallback engine, entrypoints/page-engine.ts) are instead
 * ES modules the content script imports on first use, so their build takes the source file itself
 * as the entry (not WXT's run-main wrapper), emits `es`, and drops WXT's IIFE footer (a bare
 * `popover;` that would throw in a module). Vite leaves the whitespace of an `es` library
 * unminified (for its consumers' tree-shaking): these have none, so they are minified like the
 * other scripts.
 */
import { transformWithEsbuild, type InlineConfig, type Plugin, type PluginOption } from 'vite';

interface Entry {
  name: string;
  type: string;
  inputPath: string;
}

const flat = (p: PluginOption[]): PluginOption[] =>
  p.flatMap((x) => (Array.isArray(x) ? flat(x) : [x]));

/** The unlisted scripts built as lazy ES modules (web-accessible in wxt.config.ts). */
export const LAZY_MODULES = ['popover', 'page-engine'];

export function lazyModule(entrypoints: readonly Entry[], config: InlineConfig): void {
  const entry = entrypoints.length === 1 ? entrypoints[0] : undefined;
  if (entry?.type !== 'unlisted-script' || !LAZY_MODULES.includes(entry.name)) return;
  if (!config.build?.lib) return;
  config.build.lib = { ...config.build.lib, entry: entry.inputPath, formats: ['es'] };
  config.plugins = flat(config.plugins ?? []).filter(
    (p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'),
  );
  if (config.build.minify !== false) config.plugins.push(minify);
}

// In generateBundle: after Vite's own esbuild pass, which would lay the whitespace out again.
const minify: Plugin = {
  name: 'lykt:minify-lazy-module',
  async generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle))
      if (chunk.type === 'chunk')
        chunk.code = (
          await transformWithEsbuild(chunk.code, chunk.fileName, {
            minify: true,
            format: 'esm',
            loader: 'js',
          })
        ).code;
  },
};
