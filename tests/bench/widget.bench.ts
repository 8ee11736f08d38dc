/**
 * Widget first paint, measured side by side in one run (`npm run bench:widget`): issue 16's
 * target is the first card painted within 3× an empty script's time on the same page, median of 9.
 * Pages and signal: widget-pages.ts (script start → end of the first frame after its `load`).
 * A widget page counts only if the card was in the DOM when that frame began.
 *
 * How the run is kept fair and repeatable (each sample is a fresh browser context, so a fresh
 * renderer: no font, code or HTTP cache carried from one sample to the next):
 *  - one warm-up round of every variant first (the browser process's font and disk caches, the
 *    server, the JIT of this script), printed and not counted;
 *  - then `LYKT_BENCH_REPEATS` (3) repeats of the target's measurement; each repeat is
 *    `LYKT_BENCH_RUNS` (9) rounds, and each round runs every variant once in a new random order
 *    (seeded: `LYKT_BENCH_SEED` replays a run's order), so no variant always follows another
 *    or always comes first;
 *  - the previous sample's context is closed and the machine left alone for `LYKT_BENCH_GAP_MS`
 *    (100) before the next, so its renderer's shutdown does not land in the next measurement.
 * Each repeat prints its own ratio (variant's median of 9 / the empty script's median of 9 in the
 * same repeat) and every variant's spread of paints (quartiles), so the reader sees how stable
 * the figure is, and the ratio of the medians of all rounds together (the steadiest figure, though
 * not the target's median of 9); nothing is dropped but the warm-up round.
 * `LYKT_BENCH_BASE=dir` adds another build's files (e.g. main's) to the same rounds; given the
 * same build it is an A/A check of the noise. `LYKT_BENCH_PAGES=article` (or `blank`) runs one
 * page, `LYKT_BENCH_FILES=lykt-widget.en.js,…` some files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer } from '../support/static-server';
import {
  median,
  openPainted,
  prng,
  shuffled,
  widgetPages,
  type PageKind,
  type Variant,
} from './widget-pages';

const env = process.env;
const DIST = resolve(env.LYKT_WIDGET_DIR ?? 'dist/widget');
const BASE = env.LYKT_BENCH_BASE ? resolve(env.LYKT_BENCH_BASE) : null;
const RUNS = Number(env.LYKT_BENCH_RUNS ?? 9);
const REPEATS = Number(env.LYKT_BENCH_REPEATS ?? 3);
const GAP_MS = Number(env.LYKT_BENCH_GAP_MS ?? 100);
const SEED = Number(env.LYKT_BENCH_SEED ?? Math.floor(Math.random() * 1e6));
const FILES = (env.LYKT_BENCH_FILES ?? 'lykt-widget.js,lykt-widget.en.js,lykt-widget.nb.js').split(
  ',',
);
const PAGES = (env.LYKT_BENCH_PAGES ?? 'article,blank').split(',') as PageKind[];
const PROBES = ['empty', 'one-word'];

if (!existsSync(resolve(DIST, 'lykt-widget.js')))
  throw new Error('Run `npm run build:widget` first.');
const builds: [string, string][] = [
  ['', DIST],
  ...(BASE ? [['base/', BASE] as [string, string]] : []),
];
const { routes, variants } = widgetPages(PAGES, PROBES, FILES, builds);
const server = await startServer(routes);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

interface Run {
  /** Script start → end of the first frame after it (the figure). */
  paint: number;
  /** Script start → that frame's rAF (before its style, layout and paint). */
  raf: number;
  /** Script start → its `load` event (the script's own run). */
  run: number;
}

async function measure(v: Variant): Promise<Run> {
  const p = await browser.newPage();
  await openPainted(p, server.origin + v.path);
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
  }, v.script);
  await p.context().close();
  await sleep(GAP_MS);
  if (v.isWidget && !r.card)
    throw new Error(`${v.name}: no card in the first frame after the script`);
  return r;
}

const rand = prng(SEED);
const round = async (into: Record<string, Run[]>) => {
  for (const v of shuffled(variants, rand)) (into[v.name] ??= []).push(await measure(v));
};
const warm: Record<string, Run[]> = {};
await round(warm);
const repeats: { runs: Record<string, Run[]>; load: [number, number] }[] = [];
for (let r = 0; r < REPEATS; r++) {
  const load0 = loadavg()[0]!;
  const runs: Record<string, Run[]> = {};
  for (let i = 0; i < RUNS; i++) await round(runs);
  repeats.push({ runs, load: [load0, loadavg()[0]!] });
}
await browser.close();
await server.close();

const med = (runs: Record<string, Run[]>, n: string, k: keyof Run = 'paint') =>
  median(runs[n]!.map((r) => r[k]));
const quartiles = (xs: number[]): [number, number] => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)]!, s[Math.ceil(((s.length - 1) * 3) / 4)]!];
};
const ratio = (runs: Record<string, Run[]>, kind: string, n: string) =>
  med(runs, `${kind}:${n}`) / med(runs, `${kind}:empty`);
/** Median of every counted round of a variant (all repeats together): the steadiest figure. */
const pooled = (n: string) => median(repeats.flatMap(({ runs }) => runs[n]!.map((r) => r.paint)));
const kb = (f: string, dir = DIST) =>
  gzipSync(readFileSync(resolve(dir, f)), { level: 9 }).length / 1024;
const names = (kind: string) =>
  variants.filter((v) => v.name.startsWith(kind + ':')).map((v) => v.name.slice(kind.length + 1));

console.log(
  `first frame painted after the script: ${REPEATS} repeats × median of ${RUNS} rounds, every round in a new random order (seed ${SEED}), after one warm-up round`,
);
console.log(
  `load average per repeat: ${repeats.map((r) => `${r.load[0].toFixed(1)}→${r.load[1].toFixed(1)}`).join(', ')}`,
);
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
for (const kind of PAGES) {
  console.log(
    `\n${kind} page${kind === 'article' ? ' (heading and text above the card)' : ' (only the card)'}: ratio to the empty script in each repeat, their range, and over all rounds [paint ms in each repeat: median (quartiles)]`,
  );
  for (const n of names(kind)) {
    const rs = repeats.map(({ runs }) => ratio(runs, kind, n));
    const head =
      n === 'empty'
        ? '(the yardstick)'
        : rs.map((r) => `${f2(r)}×`.padStart(7)).join('') +
          `  ${f2(Math.min(...rs))}–${f2(Math.max(...rs))}× ${rs.filter((r) => r <= 3).length}/${REPEATS} ≤3×` +
          `  all ${RUNS * REPEATS}: ${f2(pooled(`${kind}:${n}`) / pooled(`${kind}:empty`))}×`;
    const ms = repeats
      .map(({ runs }) => {
        const [q1, q3] = quartiles(runs[`${kind}:${n}`]!.map((r) => r.paint));
        return `${f1(med(runs, `${kind}:${n}`))} (${f1(q1)}–${f1(q3)})`;
      })
      .join('  ');
    const size =
      n === 'empty' || n === 'one-word'
        ? ''
        : ` ${f2(kb(n.replace('base/', ''), n.startsWith('base/') ? BASE! : DIST))} KB`;
    console.log(
      `  ${(n === 'empty' ? 'empty script' : n === 'one-word' ? 'one word (floor)' : n + size).padEnd(32)} ${head.padEnd(7 * REPEATS + 22)} [${ms}]`,
    );
  }
  const all = (n: string, k: keyof Run) =>
    f1(median(repeats.flatMap(({ runs }) => runs[`${kind}:${n}`]!.map((r) => r[k]))));
  console.log(
    `  all repeats, median ms: ${names(kind)
      .map((n) => `${n} script ${all(n, 'run')} / frame start ${all(n, 'raf')}`)
      .join('; ')}`,
  );
  console.log(
    `  warm-up round (not counted), paint ms: ${names(kind)
      .map((n) => `${n} ${f1(warm[`${kind}:${n}`]![0]!.paint)}`)
      .join(', ')}`,
  );
}
const result = {
  seed: SEED,
  runs: RUNS,
  repeats: repeats.map(({ runs, load }) => ({
    loadAverage: load,
    pages: Object.fromEntries(
      PAGES.map((kind) => [
        kind,
        {
          emptyScriptMs: med(runs, `${kind}:empty`),
          ratio: Object.fromEntries(names(kind).map((n) => [n, ratio(runs, kind, n)])),
          paintMs: Object.fromEntries(
            names(kind).map((n) => [n, runs[`${kind}:${n}`]!.map((r) => r.paint)]),
          ),
        },
      ]),
    ),
  })),
  perFileGzipKb: Object.fromEntries(FILES.map((f) => [f, kb(f)])),
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/widget.json', JSON.stringify(result, null, 2) + '\n');
