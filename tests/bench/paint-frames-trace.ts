/**
 * Issue 19, item 14: which long main-thread tasks are Lykt's and what is inside them. Reads a
 * trace written by `FRAMES_TRACE=prefix FRAMES_TRACE_GC=1 npx tsx tests/bench/paint-frames.bench.ts`
 * and prints every task of the page's main thread over TRACE_MIN_MS (default 40) that ran an
 * extension script: its length, the V8 GC time inside it (union of GC events), style
 * recalculation and layout inside it, and the extension functions it called.
 *
 *   npx tsx tests/bench/paint-frames-trace.ts prefix-chrome-mv3.json
 */
import { readFileSync } from 'node:fs';

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; scriptName?: string } };
}
type Span = { name: string; start: number; end: number; ev: Ev };

const MIN_MS = Number(process.env.TRACE_MIN_MS ?? 40);
const events = (JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { traceEvents: Ev[] })
  .traceEvents;

// Complete events, and B/E pairs matched per thread.
const spans: Span[] = [];
const open = new Map<string, Ev[]>();
for (const e of events) {
  if (e.ph === 'X') spans.push({ name: e.name, start: e.ts, end: e.ts + (e.dur ?? 0), ev: e });
  else if (e.ph === 'B') {
    const k = `${e.pid}:${e.tid}:${e.name}`;
    open.set(k, [...(open.get(k) ?? []), e]);
  } else if (e.ph === 'E') {
    const b = open.get(`${e.pid}:${e.tid}:${e.name}`)?.pop();
    if (b) spans.push({ name: b.name, start: b.ts, end: e.ts, ev: b });
  }
}
const ext = (s: Span) => {
  const d = s.ev.args?.data;
  return (d?.url ?? d?.scriptName ?? '').startsWith('chrome-extension://');
};
// The page's main thread: the one that runs the extension's scripts.
const lykt = spans.find(ext);
if (!lykt) throw new Error('no extension script in the trace');
const { pid, tid } = lykt.ev;
const thread = spans
  .filter((s) => s.ev.pid === pid && s.ev.tid === tid)
  .sort((a, b) => a.start - b.start);
const isGc = (n: string) => n === 'MajorGC' || n === 'MinorGC' || n.startsWith('V8.GC');
/** Total length of the union of the spans (nested GC phases counted once). */
const union = (xs: Span[]) => {
  let total = 0;
  let end = -Infinity;
  for (const x of [...xs].sort((a, b) => a.start - b.start)) {
    if (x.end <= end) continue;
    total += x.end - Math.max(x.start, end);
    end = x.end;
  }
  return total / 1000;
};
const tasks = thread.filter(
  (s) => s.name === 'RunTask' || s.name === 'ThreadControllerImpl::RunTask',
);
const rows: string[] = [];
let lyktGc = 0;
let lyktTasks = 0;
const t0 = thread[0]!.start;
for (const t of tasks) {
  const inner = thread.filter((s) => s.start >= t.start && s.end <= t.end && s !== t);
  const scripts = inner.filter(ext);
  if (scripts.length === 0) continue;
  lyktTasks++;
  lyktGc += union(inner.filter((s) => isGc(s.name)));
  if (t.end - t.start < MIN_MS * 1000) continue;
  const fns = [
    ...new Set(
      scripts.map((s) => {
        const d = s.ev.args?.data;
        const file = (d?.url ?? d?.scriptName ?? '').split('/').pop();
        return `${d?.functionName || s.name} (${file})`;
      }),
    ),
  ].slice(0, 2);
  // TRACE_TOP=1: the longest events inside (what else the task did).
  if (process.env.TRACE_TOP)
    fns.push(
      inner
        .filter((s) => !ext(s))
        .sort((a, b) => b.end - b.start - (a.end - a.start))
        .slice(0, 4)
        .map((s) => `${s.name} ${((s.end - s.start) / 1000).toFixed(0)}`)
        .join(' / '),
    );
  rows.push(
    `| ${((t.start - t0) / 1000).toFixed(0)} | ${((t.end - t.start) / 1000).toFixed(0)} | ` +
      `${union(inner.filter((s) => isGc(s.name))).toFixed(0)} | ` +
      `${union(inner.filter((s) => s.name === 'UpdateLayoutTree' || s.name === 'RecalculateStyles')).toFixed(0)} | ` +
      `${union(inner.filter((s) => s.name === 'Layout')).toFixed(0)} | ${fns.join(', ')} |`,
  );
}
console.log(`| at (ms) | task ms | GC ms | style ms | layout ms | extension entry |`);
console.log(`| ------- | ------- | ----- | -------- | --------- | --------------- |`);
for (const r of rows) console.log(r);
const gcAll = union(thread.filter((s) => isGc(s.name)));
const count = (n: string) => thread.filter((s) => s.name === n).length;
console.log(
  `GC on the page's main thread ${gcAll.toFixed(0)} ms (${count('MinorGC')} minor, ${count('MajorGC')} major); ` +
    `inside the ${lyktTasks} tasks that ran the extension's scripts ${lyktGc.toFixed(0)} ms`,
);
