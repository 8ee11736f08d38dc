import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { thirdPartyNotices } from './tools/third-party-notices';
import { LAZY_MODULES, lazyModule } from './tools/lazy-module';
import { cssLiterals } from './tools/css-literals';

// Explicit imports everywhere (DESIGN.md): WXT's auto-imports are off.
export default defineConfig({
  imports: false,
  // A separate output dir lets parallel builds (and their e2e runs) not collide.
  outDir: process.env.LYKT_OUT_DIR || '.output',
  // The sources zip for AMO review: what `npm ci && npx wxt build -b firefox` needs, no more
  // (node_modules, dot-folders and build output are left out by WXT itself).
  zip: {
    excludeSources: [
      'bench/**',
      'demo/**',
      'dist/**',
      'docs/**',
      'out/**',
      'tests/**',
      'widget/**',
      'coverage/**',
    ],
  },
  vite: () => ({
    plugins: [preact(), thirdPartyNotices(), cssLiterals()],
    // Terser packs the content script 5% smaller than esbuild's minifier: room under issue 5's
    // 40 KB (the lazy chunks are minified by esbuild, tools/lazy-module.ts).
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
  // The lazy chunks (the popover, the page's fallback engine) are ES modules, not IIFE scripts.
  hooks: { 'vite:build:extendConfig': lazyModule },
  manifest: ({ browser }) => ({
    name: 'Lykt',
    description:
      'Highlights trafficking-indicator language in online classified ads and explains it. Nothing leaves your browser.',
    // storage: settings and per-tab totals. Each permission is explained in the README.
    permissions: ['storage'],
    // The popover's code, imported by the content script on a badge's first use, and the page's
    // fallback engine, imported when a page must scan by itself (issue 5). A page may load them
    // too: code only, no data, no browser API (SECURITY.md). Chrome: a per-session URL, so a
    // page cannot probe a fixed extension id for them.
    web_accessible_resources:
      browser === 'firefox'
        ? LAZY_MODULES.map((m) => `${m}.js`)
        : [
            {
              resources: LAZY_MODULES.map((m) => `${m}.js`),
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
    // No permission needed: a shortcut the user can change at chrome://extensions/shortcuts.
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide highlights / Vis eller skjul markeringer',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    // Firefox only: Chrome warns about the unknown key.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lykt@lykt.example',
              // ESR 140: the oldest ESR still supported, the first with the Highlight API and
              // data_collection_permissions (Android: 142).
              strict_min_version: '140.0',
              // Nothing leaves the browser: AMO's declaration that no data is collected.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
