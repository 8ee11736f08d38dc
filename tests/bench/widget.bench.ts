/**
 * Widget first paint, measured side by side in one run (`npm run bench:widget`):
 * (a) the widget script rendering one card, (b) an empty script on the same page (the page's own
 * cost of running a script and painting the next frame). Prints both and the ratio.
 *
 * Fair by construction: both pages are the same HTML bar the script's name; both are timed from
 * the script's start (t0.js ran and the file arrived) to the same signal, the end of the first
 * frame after the script's `load` event (which fires as the script finishes): a rAF callback runs
 * before that frame's style, layout and paint, so it posts a message that runs after them. A
 * widget page counts only if the card was in the DOM when that frame began. The variants take
 * turns, forward then backward (ABBA), so load on the machine hits each alike.
 * `LYKT_BENCH_BASE=dir` adds the same files from another build (e.g. main's) to the same rounds;
 * `LYKT_BENCH_RUNS=n` takes the median of n rounds instead of 9.
 * Two pages, in the same rounds: `blank` holds only the card element; `article` is a partner's
 * page with a heading and two paragraphs above the card, so the browser has drawn text before the
 * script runs (as on every real partner page). `LYKT_BENCH_PAGES=article` (or `blank`) runs one.
 * Beside the target, not in it: a `one word` script (one word in the card's font, in a shadow
 * root) shows the floor any widget that draws text pays on the same page; on the blank page that
 * is the renderer's first text (a font look-up round trip to the browser, shaping set-up).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer } from '../support/static-server';

const DIST = resolve(process.env.LYKT_WIDGET_DIR ?? 'dist/widget');
const BASE = process.env.LYKT_BENCH_BASE ? resolve(process.env.LYKT_BENCH_BASE) : null;
const RUNS = Number(process.env.LYKT_BENCH_RUNS ?? 9);
const FILES = ['lykt-widget.js', 'lykt-widget.en.js', 'lykt-widget.nb.js'];
const js = (body: string) => ({ body, headers: { 'content-type': 'text/javascript' } });

/** t0 before the script; after its `load`: the next frame's start (tRaf) and end (tPaint). */
const T0 = `window.t0 = performance.now();
window.lyktDone = () => {
  window.tDone = performance.now();
  requestAnimationFrame(() => {
    window.tRaf = performance.now();
    window.cardInFrame = !!document.querySelector('lykt-card')?.shadowRoot?.querySelector('.lykt-card-title');
    const c = new MessageChannel();
    c.port1.onmessage = () => { window.tPaint = performance.now(); };
    c.port2.postMessage(0);
  });
};`;
const ARTICLE =
  '<h1>Local news: what moderators look for</h1><p>Classified ads are reviewed every day by ' +
  'moderators who look for the few that deserve a closer look.</p><p>The card below explains one ' +
  'of the signs, with its sources.</p>';
const PAGES = (process.env.LYKT_BENCH_PAGES ?? 'article,blank').split(',') as (
  'article' | 'blank'
)[];
const page = (script: string, lang: string, kind: 'article' | 'blank') =>
  `<!doctype html><html lang="en"><body>${kind === 'article' ? ARTICLE : ''}` +
  `<lykt-card card="who-is-behind" lang="${lang}"></lykt-card>` +
  `<script src="/t0.js"></script><script src="${script}" onload="lyktDone()"></script></body></html>`;

if (!existsSync(resolve(DIST, 'lykt-widget.js')))
  throw new Error('Run `npm run build:widget` first.');
/** Variant name → [page path, script path]; base files are served under /base/. */
const variants: Record<string, [string, string]> = {};
const routes: Record<string, string | { body: string; headers: Record<string, string> }> = {
  '/empty.js': js('void 0;'),
  '/one-word.js': js(
    "document.querySelector('lykt-card').attachShadow({ mode: 'open' }).innerHTML = '<p style=\"margin:0;font:15px system-ui,sans-serif\">Lykt</p>';",
  ),
  '/t0.js': js(T0),
};
for (const kind of PAGES) {
  routes[`/${kind}/empty.html`] = page('/empty.js', 'en', kind);
  variants[`${kind}:empty`] = [`/${kind}/empty.html`, '/empty.js'];
  routes[`/${kind}/one-word.html`] = page('/one-word.js', 'en', kind);
  variants[`${kind}:one-word`] = [`/${kind}/one-word.html`, '/one-word.js'];
  for (const [prefix, dir] of [['', DIST], ...(BASE ? [['base/', BASE]] : [])] as const)
    for (const f of FILES) {
      const lang = f.includes('.nb.') ? 'nb' : 'en';
      routes[`/${kind}/${prefix}${f}.html`] = page(`/${prefix}${f}`, lang, kind);
      if (prefix) routes[`/${prefix}${f}`] = js(readFileSync(resolve(dir, f), 'utf8'));
      variants[`${kind}:${prefix}${f}`] = [`/${kind}/${prefix}${f}.html`, `/${prefix}${f}`];
    }
}
const server = await startServer(routes, [DIST]);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

interface Run {
  /** Script start → end of the first frame after it (the figure). */
  paint: number;
  /** Script start → that frame's rAF (before its style, layout and paint). */
  raf: number;
  /** Script start → its `load` event (the script's own run). */
  run: number;
}

async function measure(path: string, script: string, isWidget: boolean): Promise<Run> {
  const p = await browser.newPage();
  await p.goto(server.origin + path);
  await p.waitForFunction(() => (window as unknown as { tPaint?: number }).tPaint !== undefined);
  const r = await p.evaluate((name) => {
    const w = window as unknown as Record<string, number> & { cardInFrame: boolean };
    const res = performance.getEntriesByType('resource').find((e) => e.name.endsWith(name));
    const start = Math.max(w.t0!, (res as PerformanceResourceTiming).responseEnd);
    return {
      paint: w.tPaint! - start,
      raf: w.tRaf! - start,
      run: w.tDone! - start,
      card: w.cardInFrame,
    };
  }, script);
  await p.close();
  if (isWidget && !r.card)
    throw new Error(`${script}: no card in the first frame after the script`);
  return r;
}

const names = Object.keys(variants);
const runs: Record<string, Run[]> = Object.fromEntries(names.map((n) => [n, []]));
const load0 = loadavg()[0]!;
for (let i = 0; i < RUNS; i++) {
  const order = i % 2 === 0 ? names : [...names].reverse();
  for (const n of order) {
    const [path, script] = variants[n]!;
    runs[n]!.push(await measure(path, script, !/:(empty|one-word)$/.test(n)));
  }
}
await browser.close();
await server.close();
const load1 = loadavg()[0]!;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const med = (n: string, k: keyof Run) => median(runs[n]!.map((r) => r[k]));
const kb = (f: string, dir = DIST) =>
  gzipSync(readFileSync(resolve(dir, f)), { level: 9 }).length / 1024;
const ratio = (kind: string, f: string) =>
  med(`${kind}:${f}`, 'paint') / med(`${kind}:empty`, 'paint');
const perPage = (kind: string) => ({
  emptyScriptMs: med(`${kind}:empty`, 'paint'),
  oneWordRatio: ratio(kind, 'one-word'),
  perFileMs: Object.fromEntries(FILES.map((f) => [f, med(`${kind}:${f}`, 'paint')])),
  perFileRatio: Object.fromEntries(FILES.map((f) => [f, ratio(kind, f)])),
  ...(BASE
    ? { baseRatio: Object.fromEntries(FILES.map((f) => [f, ratio(kind, `base/${f}`)])) }
    : {}),
});
const result = {
  pages: Object.fromEntries(PAGES.map((k) => [k, perPage(k)])),
  perFileGzipKb: Object.fromEntries(FILES.map((f) => [f, kb(f)])),
  widgetGzipKb: kb('lykt-widget.js'),
  scanGzipKb: kb('lykt-widget-scan.js'),
  loadAverage: [load0, load1],
};
/** Each round's own ratio (that round's file / that round's empty script): the spread. */
const roundRatios = (kind: string, n: string) =>
  runs[`${kind}:${n}`]!.map((r, i) => r.paint / runs[`${kind}:empty`]![i]!.paint);
const spread = (kind: string, n: string) => {
  const rs = roundRatios(kind, n);
  const within = rs.filter((r) => r <= 3).length;
  return `rounds ${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)}×, ${within} of ${rs.length} ≤ 3×`;
};
const row = (kind: string, n: string, label: string, size: string) =>
  `  ${label.padEnd(24)} ${med(`${kind}:${n}`, 'paint').toFixed(1).padStart(5)} ms  ${ratio(kind, n).toFixed(2)}×${size}  (script ${med(`${kind}:${n}`, 'run').toFixed(1)} ms, frame start ${med(`${kind}:${n}`, 'raf').toFixed(1)} ms${n === 'empty' ? '' : `; ${spread(kind, n)}`})`;
console.log(
  `first frame painted after the script, median of ${RUNS} (load average ${load0.toFixed(1)} → ${load1.toFixed(1)}):`,
);
for (const kind of PAGES) {
  console.log(
    `${kind} page${kind === 'article' ? ' (heading and text above the card)' : ' (only the card)'}:`,
  );
  console.log(row(kind, 'empty', 'empty script', ''));
  console.log(row(kind, 'one-word', 'one word (floor)', ''));
  for (const f of FILES) console.log(row(kind, f, f, `  ${kb(f).toFixed(2)} KB gz`));
  if (BASE)
    for (const f of FILES)
      console.log(row(kind, `base/${f}`, `base ${f}`, `  ${kb(f, BASE).toFixed(2)} KB gz`));
}
console.log(
  `lykt-widget.js ${result.widgetGzipKb.toFixed(2)} KB gz · lykt-widget-scan.js ${result.scanGzipKb.toFixed(2)} KB gz`,
);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/widget.json', JSON.stringify(result, null, 2) + '\n');
