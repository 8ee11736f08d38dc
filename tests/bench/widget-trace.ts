/**
 * `npm run trace:widget [file] [runs]`: where the widget's first-paint time goes. Records Chromium
 * performance traces (CDP Tracing) of bench:widget's page (one card) and prints, as medians over
 * the runs, the main thread's time from the file's arrival to the end of the first frame after
 * the script (bench:widget's signal: a message posted from that frame's rAF), split by phase,
 * as wall time and as the thread's CPU time (the difference is waiting: font look-ups are
 * synchronous round trips to the browser process, and a loaded machine preempts). Font look-ups
 * are part of layout, shown on their own. `file` may be `empty.js`: bench:widget's empty script.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer } from '../support/static-server';

const DIST = resolve(process.env.LYKT_WIDGET_DIR ?? 'dist/widget');
const file = process.argv[2] ?? 'lykt-widget.en.js';
const RUNS = Number(process.argv[3] ?? 5);
const EMPTY = file === 'empty.js'; // bench:widget's empty script, for comparison
if (!EMPTY && !existsSync(resolve(DIST, file)))
  throw new Error(`Run \`npm run build:widget\` first (${file}).`);

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

const T0 = `window.lyktDone = () => requestAnimationFrame(() => {
  const c = new MessageChannel();
  c.port1.onmessage = () => performance.mark('lykt-painted');
  c.port2.postMessage(0);
});`;
const lang = file.includes('.nb.') ? 'nb' : 'en';
const server = await startServer(
  {
    '/t0.js': { body: T0, headers: { 'content-type': 'text/javascript' } },
    ...(EMPTY
      ? { '/empty.js': { body: 'void 0;', headers: { 'content-type': 'text/javascript' } } }
      : {}),
    '/trace.html': `<!doctype html><html lang="en"><body><lykt-card card="who-is-behind" lang="${lang}"></lykt-card><script src="/t0.js"></script><script src="/${file}" onload="lyktDone()"></script></body></html>`,
  },
  [DIST],
);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

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

async function traceOnce(): Promise<Breakdown> {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,blink,blink.user_timing,v8,disabled-by-default-v8.compile,fonts',
  });
  await page.goto(server.origin + '/trace.html');
  await page.waitForFunction(() => performance.getEntriesByName('lykt-painted').length > 0);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const start = events.find(
    (e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/' + file),
  );
  const mark = events.find((e) => e.name === 'lykt-painted' && e.cat.includes('user_timing'));
  if (!start || !mark) throw new Error('no script or paint mark in the trace');
  const mine = events
    .filter(
      (e) => e.tid === start.tid && e.ph === 'X' && e.dur && e.ts >= start.ts && e.ts < mark.ts,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
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
    stack.push({ e, phase });
  }
  // Like bench:widget, count from the file's arrival: V8 compiles it on a worker meanwhile.
  const request = events.find(
    (e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.endsWith('/' + file),
  );
  const arrived = events.find(
    (e) =>
      e.name === 'ResourceFinish' && e.args?.data?.requestId === request?.args?.data?.requestId,
  );
  const wait = arrived ? Math.max(0, (start.ts - arrived.ts) / 1000) : 0;
  out.set(STREAM, [wait, 0]);
  const total = (mark.ts - start.ts) / 1000 + wait;
  const phased = [...out.values()].reduce((a, [w, c]) => [a[0] + w, a[1] + c], [0, 0]);
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

const runs: Breakdown[] = [];
for (let i = 0; i < RUNS; i++) runs.push(await traceOnce());
await browser.close();
await server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const keys = [TOTAL, STREAM, ...new Set(PHASES.map(([, k]) => k)), OTHER, IDLE, FACES, STRIKES];
console.log(`${file}: main thread, median of ${RUNS} traces: wall ms, CPU ms [wall per run]`);
for (const k of keys) {
  const w = runs.map((r) => r.get(k)?.[0] ?? 0);
  const c = runs.map((r) => r.get(k)?.[1] ?? 0);
  const cpu = k.startsWith('count') || k === IDLE || k === STREAM ? '' : median(c).toFixed(1);
  console.log(
    `  ${k.padEnd(40)} ${median(w).toFixed(1).padStart(5)} ${cpu.padStart(5)}   [${w.map((x) => x.toFixed(1)).join(' ')}]`,
  );
}
