/**
 * `npm run trace:widget -- [--page article|blank] [runs] [file…]`: where the widget's first-paint
 * time goes. Records Chromium performance traces (CDP Tracing) of bench:widget's pages
 * (widget-pages.ts, one card) and prints, as medians over the runs, the main thread's time from
 * the file's arrival to the end of the first frame after the script (bench:widget's signal),
 * split by phase, as wall time and as the thread's CPU time (the difference is waiting: font
 * look-ups are synchronous round trips to the browser process, and a loaded machine preempts).
 * Font look-ups are part of layout, shown on their own. A file may be `empty.js` or `one-word.js`
 * (bench:widget's empty script and one-word floor) or `base/<file>` (from `LYKT_BENCH_BASE`);
 * a path to a file of another build also works. Several files are traced in the same run, each
 * round in a new random order, one column each.
 * Default: the article page, `empty.js one-word.js lykt-widget.en.js`, 5 runs.
 */
import { basename, dirname, resolve } from 'node:path';
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

const DIST = resolve(process.env.LYKT_WIDGET_DIR ?? 'dist/widget');
const BASE = process.env.LYKT_BENCH_BASE ? resolve(process.env.LYKT_BENCH_BASE) : null;
const args = process.argv.slice(2);
const pageAt = args.indexOf('--page');
const KIND = (pageAt >= 0 ? args.splice(pageAt, 2)[1] : 'article') as PageKind;
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const named = args.filter((a) => !/^\d+$/.test(a));
const FILES = named.length ? named : ['empty.js', 'one-word.js', 'lykt-widget.en.js'];
const PROBE_FILES = ['empty.js', 'one-word.js'];
/** Where each file comes from: [prefix it is served under, its build's directory, its name]. */
const source = (f: string): [string, string, string] => {
  if (f.startsWith('base/')) {
    if (!BASE) throw new Error('base/… files need LYKT_BENCH_BASE=<dir>.');
    return ['base/', BASE, f.slice(5)];
  }
  // A path to another build's file (e.g. /tmp/try-x/lykt-widget.en.js): served as try-x/….
  if (f.includes('/'))
    return [`${basename(dirname(resolve(f)))}/`, dirname(resolve(f)), basename(f)];
  return ['', DIST, f];
};
const pages = [
  widgetPages(
    [KIND],
    FILES.filter((f) => PROBE_FILES.includes(f)).map((f) => f.replace('.js', '')),
    [],
    [],
  ),
  ...FILES.filter((f) => !PROBE_FILES.includes(f)).map((f) => {
    const [prefix, dir, name] = source(f);
    return widgetPages([KIND], [], [name], [[prefix, dir]]);
  }),
];
const routes = Object.assign({}, ...pages.map((p) => p.routes));
const variants: Variant[] = pages.flatMap((p) => p.variants);
const DEBUG = process.env.LYKT_TRACE_DEBUG === '1';
const server = await startServer(routes);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

interface Ev {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time inside the event. */
  tdur?: number;
  tid: number;
  args?: { data?: { url?: string; requestId?: string } };
}

/** Trace event → phase; the first match up the nesting wins (so fonts are not counted twice). */
const PHASES: [RegExp, string][] = [
  [/^FontCache::GetFontPlatformData$/, 'layout: font look-ups'],
  [
    /^(v8\.compile|V8\.CompileCode|V8\.ParseFunction|V8\.CompileLazy)$/,
    'script: compile on the main thread',
  ],
  [/^Blink\.ParseStyleSheet/, 'script: style sheet parse'],
  [/^ParseHTML$/, 'script: innerHTML parse'],
  [/^CustomElementReactionQueue::invokeReactions$/, 'script: element upgrade (mount)'],
  [/^EvaluateScript$/, 'script: top level'],
  [/^UpdateLayoutTree$/, 'style recalc'],
  [/^Layout$/, 'layout: the rest'],
  [/^(PrePaint|LocalFrameView::RunPaintLifecyclePhase)$/, 'paint'],
  [/^Commit$/, 'commit'],
];

/** Per phase: [wall ms, CPU ms] (the main thread's own time, without waits). */
type Breakdown = Map<string, [number, number]>;

async function traceOnce(v: Variant): Promise<Breakdown> {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,blink,blink.user_timing,v8,disabled-by-default-v8.compile,fonts',
  });
  await openPainted(page, server.origin + v.path);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await page.context().close();
  const start = events.find(
    (e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith(v.script),
  );
  const mark = events.find((e) => e.name === 'lykt-painted' && e.cat.includes('user_timing'));
  if (!start || !mark) throw new Error('no script or paint mark in the trace');
  const mine = events
    .filter(
      (e) => e.tid === start.tid && e.ph === 'X' && e.dur && e.ts >= start.ts && e.ts < mark.ts,
    )
    // The task that runs the mark ends after it: count each event only up to the mark.
    .map((e) => {
      const dur = Math.min(e.dur!, mark.ts - e.ts);
      return { ...e, dur, tdur: e.tdur === undefined ? undefined : (e.tdur * dur) / e.dur! };
    })
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  if (process.env.LYKT_TRACE_DEBUG === '2')
    for (const e of mine)
      if (e.dur! > 100)
        console.log(
          v.name,
          ((e.ts - start.ts) / 1000).toFixed(2),
          (e.dur! / 1000).toFixed(2),
          ((e.tdur ?? 0) / 1000).toFixed(2),
          e.name,
        );
  const out: Breakdown = new Map();
  const add = (k: string, e: Ev, sign: number) => {
    const [w, c] = out.get(k) ?? [0, 0];
    out.set(k, [w + (sign * e.dur!) / 1000, c + (sign * (e.tdur ?? e.dur!)) / 1000]);
  };
  // Self time per phase: an event's time minus that of the phase events nested in it.
  const stack: { e: Ev; phase: string | null }[] = [];
  let busy: [number, number] = [0, 0];
  for (const e of mine) {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= e.ts) stack.pop();
    if (stack.length === 0) busy = [busy[0] + e.dur! / 1000, busy[1] + (e.tdur ?? e.dur!) / 1000];
    const outer = stack.findLast((s) => s.phase !== null)?.phase ?? null;
    let phase = PHASES.find(([re]) => re.test(e.name))?.[1] ?? null;
    if (outer === FONTS) phase = null; // a look-up nested in a look-up
    if (phase) {
      add(phase, e, 1);
      if (outer) add(outer, e, -1);
    }
    if (DEBUG && !phase && !outer) {
      // Unphased self time by event name (LYKT_TRACE_DEBUG=1): what "other" is made of.
      add(`other: ${e.name}`, e, 1);
      const parent = stack.at(-1);
      if (parent && !parent.phase) add(`other: ${parent.e.name}`, e, -1);
    }
    stack.push({ e, phase });
  }
  // Like bench:widget, count from the file's arrival: V8 compiles it on a worker meanwhile.
  const request = events.find(
    (e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.endsWith(v.script),
  );
  const arrived = events.find(
    (e) =>
      e.name === 'ResourceFinish' && e.args?.data?.requestId === request?.args?.data?.requestId,
  );
  const wait = arrived ? Math.max(0, (start.ts - arrived.ts) / 1000) : 0;
  out.set(STREAM, [wait, 0]);
  const total = (mark.ts - start.ts) / 1000 + wait;
  const phased = [...out]
    .filter(([k]) => !k.startsWith('other: '))
    .map(([, x]) => x)
    .reduce((a, [w, c]) => [a[0] + w, a[1] + c], [0, 0]);
  out.set(TOTAL, [total, busy[1]]);
  out.set(OTHER, [busy[0] - phased[0] + wait, busy[1] - phased[1]]);
  out.set(IDLE, [total - wait - busy[0], 0]);
  // Synchronous round trips to the browser process: one per font face, one per strike.
  const count = (name: string) => mine.filter((e) => e.name === name).length;
  out.set(FACES, [count('FontDataManager::onMatchFamilyStyle'), 0]);
  out.set(STRIKES, [count('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike'), 0]);
  return out;
}

const TOTAL = 'total: file arrived → frame painted';
const STREAM = 'script: waiting for its compile';
const FONTS = 'layout: font look-ups';
const OTHER = 'other main-thread work';
const IDLE = 'main thread waiting (not running)';
const FACES = 'count: font faces matched';
const STRIKES = 'count: font strikes (size/weight/style)';

const runs = new Map<string, Breakdown[]>(variants.map((v) => [v.name, []]));
const rand = prng(Number(process.env.LYKT_BENCH_SEED ?? 1));
for (let i = 0; i < RUNS; i++)
  for (const v of shuffled(variants, rand)) runs.get(v.name)!.push(await traceOnce(v));
await browser.close();
await server.close();

const debugKeys = [...new Set([...runs.values()].flatMap((rs) => rs.flatMap((r) => [...r.keys()])))]
  .filter((k) => k.startsWith('other: '))
  .sort();
const keys = [
  TOTAL,
  STREAM,
  ...new Set(PHASES.map(([, k]) => k)),
  OTHER,
  ...debugKeys,
  IDLE,
  FACES,
  STRIKES,
];
const cols = variants.map((v) => v.name.slice(KIND.length + 1));
console.log(
  `${KIND} page: main thread, median of ${RUNS} traces each (interleaved, random order): wall / CPU ms`,
);
const width = Math.max(14, ...cols.map((c) => c.length + 2));
console.log(`  ${''.padEnd(40)} ${cols.map((c) => c.padStart(width)).join('')}`);
for (const k of keys) {
  const cells = variants.map((v) => {
    const rs = runs.get(v.name)!;
    const w = median(rs.map((r) => r.get(k)?.[0] ?? 0));
    const c = median(rs.map((r) => r.get(k)?.[1] ?? 0));
    const bare = k.startsWith('count') || k === IDLE || k === STREAM;
    return (bare ? w.toFixed(1) : `${w.toFixed(1)} / ${c.toFixed(1)}`).padStart(width);
  });
  console.log(`  ${k.padEnd(40)} ${cells.join('')}`);
}
console.log(
  `  total wall per run: ${variants
    .map(
      (v) =>
        `${cols[variants.indexOf(v)]} [${runs
          .get(v.name)!
          .map((r) => r.get(TOTAL)![0].toFixed(1))
          .join(' ')}]`,
    )
    .join('; ')}`,
);
