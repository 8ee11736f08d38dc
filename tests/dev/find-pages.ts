/**
 * Dev-only: ad finding alone (no engine, no extension) over saved pages in real Chromium, against
 * their truth.jsonl. Quick to rerun while tuning the detector:
 *
 *   npx tsx tests/dev/find-pages.ts [DIR] [--generic]
 */

import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer } from '../support/static-server';
import { KEEP_NAMES_SHIM, loadTruths, matchMarks } from '../support/page-truth';

const dir = resolve(process.argv[2] ?? '../shared/fixtures/pages');
const generic = process.argv.includes('--generic');
const truths = loadTruths(dir);

const bundle = await build({
  entryPoints: [resolve('tests/dev/find-entry.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  define: { 'import.meta.env.VITE_LYKT_GENERIC_ONLY': generic ? '"1"' : '""' },
});
const code = bundle.outputFiles[0]!.text;
const server = await startServer({}, [dir]);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.addInitScript(KEEP_NAMES_SHIM);
await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
let [found, records, good, marks] = [0, 0, 0, 0];
for (const t of truths) {
  await page.goto(`${server.origin}/${t.file}`, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: code });
  const r = await page.evaluate(matchMarks, { truth: t, marks: null });
  found += r.found;
  records += r.records;
  good += r.good;
  marks += r.marks;
  console.log(
    `${t.file.padEnd(34)} ${t.kind.padEnd(7)} records ${r.found}/${r.records}  marks ${r.good}/${r.marks}${r.promoted ? ` +${r.promoted} promoted` : ''}  ${r.ms.toFixed(1)} ms  ${r.note}`,
  );
}
console.log(
  `total: record recall ${(found / records).toFixed(3)} (${found}/${records}), mark precision ${(good / marks).toFixed(3)} (${good}/${marks})`,
);
await browser.close();
await server.close();
