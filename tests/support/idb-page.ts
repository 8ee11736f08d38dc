/** Runs tests/support/idb-harness.ts in an extension page of the built extension (its real
 * IndexedDB and storage): `lykt(page)` is the harness's exports inside page.evaluate. */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

export type Harness = typeof import('./idb-harness');

/** The harness as one script that sets `globalThis.lykt`. */
export async function harnessScript(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'idb-harness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'lykt',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** Loads the harness into `page` (an extension page), after emptying the page's own body. */
export async function installHarness(page: Page, script: string): Promise<void> {
  // DevTools evaluation is not bound by the page's CSP; the page keeps its extension origin.
  await page.evaluate(`${script}\n;globalThis.lykt = lykt;`);
  await page.evaluate(() => document.body.replaceChildren());
  if (!(await page.evaluate(() => 'lykt' in globalThis))) throw new Error('harness not loaded');
}
