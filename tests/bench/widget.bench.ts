/**
 * Widget first paint, measured side by side in one run (`npm run bench:widget`):
 * (a) the widget script rendering one card, (b) an empty script of the same shape (the page's
 * own cost of running a script and reaching the next frame). Prints both and the ratio.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer } from '../support/static-server';

const DIST = resolve('dist/widget');
const RUNS = 9;
const js = (body: string) => ({ body, headers: { 'content-type': 'text/javascript' } });
const page = (script: string) =>
  `<!doctype html><html lang="en"><body><lykt-card card="who-is-behind" lang="en"></lykt-card>` +
  `<script src="/t0.js"></script><script src="${script}"></script><script src="/t1.js"></script></body></html>`;

const pageNb = (script: string) =>
  page(script).replace('lang="en"></lykt-card>', 'lang="nb"></lykt-card>');

if (!existsSync(resolve(DIST, 'lykt-widget.js')))
  throw new Error('Run `npm run build:widget` first.');
const server = await startServer(
  {
    '/lykt-widget.js.html': page('/lykt-widget.js'),
    '/lykt-widget.en.js.html': page('/lykt-widget.en.js'),
    '/lykt-widget.nb.js.html': pageNb('/lykt-widget.nb.js'),
    '/empty.html': page('/empty.js'),
    '/empty.js': js('void 0;'),
    '/t0.js': js('window.t0 = performance.now();'),
    '/t1.js': js(
      'window.t1 = performance.now(); requestAnimationFrame(() => { window.tRaf = performance.now(); });',
    ),
  },
  [DIST],
);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** Per run: the script's own run time (start → t1), kept to say where the time goes. */
const runMs: Record<string, number[]> = {};

/** Milliseconds from the script's start (download done, t0 run) to the next frame. */
async function measure(path: string, script: string): Promise<number> {
  const p = await browser.newPage();
  await p.goto(server.origin + path);
  await p.waitForFunction(() => (window as unknown as { tRaf?: number }).tRaf !== undefined);
  const [ms, run] = await p.evaluate((name) => {
    const w = window as unknown as { t0: number; t1: number; tRaf: number };
    const res = performance.getEntriesByType('resource').find((e) => e.name.endsWith(name));
    const start = Math.max(w.t0, (res as PerformanceResourceTiming).responseEnd);
    const host = document.querySelector('lykt-card')?.shadowRoot;
    if (name.includes('widget') && !host?.querySelector('.lykt-card-title')) return [NaN, NaN];
    return [w.tRaf - start, w.t1 - start];
  }, script);
  (runMs[script] ??= []).push(run);
  await p.close();
  return ms;
}

const FILES = ['lykt-widget.js', 'lykt-widget.en.js', 'lykt-widget.nb.js'];
const times: Record<string, number[]> = Object.fromEntries(FILES.map((f) => [f, []]));
const empty: number[] = [];
// Interleaved, so load on the machine hits every variant alike.
for (let i = 0; i < RUNS; i++) {
  for (const f of FILES) times[f]!.push(await measure(`/${f}.html`, `/${f}`));
  empty.push(await measure('/empty.html', '/empty.js'));
}
const widget = times['lykt-widget.js']!;
await browser.close();
await server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (f: string) => gzipSync(readFileSync(resolve(DIST, f)), { level: 9 }).length / 1024;
const result = {
  widgetFirstCardMs: median(widget),
  perFileMs: Object.fromEntries(FILES.map((f) => [f, median(times[f]!)])),
  perFileRatio: Object.fromEntries(FILES.map((f) => [f, median(times[f]!) / median(empty)])),
  perFileGzipKb: Object.fromEntries(FILES.map((f) => [f, kb(f)])),
  emptyScriptMs: median(empty),
  ratio: median(widget) / median(empty),
  widgetGzipKb: kb('lykt-widget.js'),
  scanGzipKb: kb('lykt-widget-scan.js'),
};
console.log(`widget first card (median of ${RUNS}): ${result.widgetFirstCardMs.toFixed(1)} ms`);
console.log(`empty script, same page (median):   ${result.emptyScriptMs.toFixed(1)} ms`);
console.log(`ratio widget / empty:                ${result.ratio.toFixed(2)}×`);
for (const f of FILES)
  console.log(
    `  ${f.padEnd(18)} ${median(times[f]!).toFixed(1)} ms  ${(median(times[f]!) / median(empty)).toFixed(2)}×  ${kb(f).toFixed(2)} KB gz  (script itself ${median(runMs['/' + f]!).toFixed(1)} ms, the rest waits for the frame)`,
  );
console.log(`  empty script itself ${median(runMs['/empty.js']!).toFixed(1)} ms`);
console.log(
  `lykt-widget.js ${result.widgetGzipKb.toFixed(2)} KB gz · lykt-widget-scan.js ${result.scanGzipKb.toFixed(2)} KB gz`,
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/widget.json', JSON.stringify(result, null, 2) + '\n');
