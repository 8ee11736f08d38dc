/**
 * Main-thread cost measurement for the hostile-page tests (issue 9).
 *
 * PERF_INIT runs in the page's main world before any page script (addInitScript). It records:
 * - every long task (PerformanceObserver 'longtask', > 50 ms), and
 * - every long animation frame (LoAF, > 50 ms) with the time spent in scripts whose source is a
 *   chrome-extension:// URL (Lykt's content script is the only extension loaded).
 * It keeps its own copies of the builtins it needs, so a page that overwrites Array.prototype or
 * JSON (the prototype-hijack page) cannot break the measurement.
 */
import type { BrowserContext, Page } from 'playwright-core';

export const PERF_INIT = `(() => {
  const w = window, stringify = JSON.stringify, now = performance.now.bind(performance);
  const lt = [], loaf = [];
  const add = (a, v) => { a[a.length] = v; };
  new PerformanceObserver((l) => { const es = l.getEntries();
    for (let i = 0; i < es.length; i++) add(lt, { start: es[i].startTime, ms: es[i].duration }); })
    .observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((l) => { const es = l.getEntries();
      for (let i = 0; i < es.length; i++) { const e = es[i]; let ext = 0;
        for (let j = 0; j < e.scripts.length; j++) { const s = e.scripts[j];
          if (String(s.sourceURL).indexOf('chrome-extension://') === 0) ext += s.duration; }
        add(loaf, { start: e.startTime, ms: e.duration, ext }); } })
      .observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) { w.__perfNoLoaf = true; }
  Object.defineProperty(w, '__perf', { value: (from, to) => {
    const inside = (e) => e.start >= from && e.start <= to;
    const a = [];
    for (let i = 0; i < lt.length; i++) if (inside(lt[i])) add(a, lt[i]);
    let lyktFrames = 0, maxExt = 0;
    for (let i = 0; i < loaf.length; i++) if (inside(loaf[i])) {
      if (loaf[i].ext > maxExt) maxExt = loaf[i].ext;
      if (loaf[i].ext > 50) lyktFrames++;
    }
    return stringify({ longTasks: a, lyktFrames, maxExtScriptMs: maxExt, now: now() });
  } });
})();`;

export interface PerfWindow {
  /** The long tasks that started inside the window (start and duration, ms). */
  longTasks: { start: number; ms: number }[];
  /** Long animation frames in which chrome-extension:// scripts ran more than 50 ms. */
  lyktFrames: number;
  /** The most time extension scripts took inside one long animation frame. */
  maxExtScriptMs: number;
}

export async function installPerf(context: BrowserContext): Promise<void> {
  await context.addInitScript(PERF_INIT);
}

/**
 * Evaluates `expression` in the page's main world over CDP and returns a primitive. Unlike
 * page.evaluate, no helper script runs in the page, so poisoned builtins cannot interfere.
 */
export async function mainWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`${expression}: ${r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** Reads the window [from, to] (performance.now() ms) recorded by PERF_INIT. */
export async function readPerf(page: Page, from = 0, to = 1e12): Promise<PerfWindow> {
  return JSON.parse(await mainWorld<string>(page, `window.__perf(${from}, ${to})`)) as PerfWindow;
}

export interface LyktStats {
  busyMs: number;
  maxSliceMs: number;
  /** Where the longest slice's time went (find, results, read, paint), in ms. */
  maxSliceParts?: Record<string, number>;
  scanned: number;
  slices: number;
  /** Time spent finding ads (listing detection, adapters), when the controller reports it. */
  discoverMs?: number;
  /** Startup milestones (performance.now()): loaded, main, settings, build, built. */
  marks: Record<string, number>;
}

/** Evaluates `expression` (awaited) in each extension world of the page (Lykt's content script). */
export async function inExtensionWorlds<T>(page: Page, expression: string): Promise<T[]> {
  const cdp = await page.context().newCDPSession(page);
  const ids: number[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string } }) => {
    if (e.context.origin.startsWith('chrome-extension://')) ids.push(e.context.id);
  });
  await cdp.send('Runtime.enable');
  try {
    const out: T[] = [];
    for (const contextId of ids) {
      const r = await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        returnByValue: true,
        awaitPromise: true,
      });
      if (r.exceptionDetails) throw new Error(`${expression}: ${r.exceptionDetails.text}`);
      out.push(r.result.value as T);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Lykt's own counters, read from the content script's isolated world over CDP. */
export async function lyktStats<T = LyktStats>(page: Page): Promise<T | null> {
  const found = await inExtensionWorlds<string>(
    page,
    'JSON.stringify(globalThis.__lyktStats ?? null)',
  );
  for (const json of found) {
    const v = JSON.parse(String(json ?? 'null')) as T | null;
    if (v) return v;
  }
  return null;
}

/** Total blocking time (Σ of each long task's time past 50 ms): a figure, not an assertion. */
export const blockingMs = (w: PerfWindow): number =>
  w.longTasks.reduce((sum, t) => sum + Math.max(0, t.ms - 50), 0);

/** Long tasks with the extension beyond the baseline's count: the only ones blamed on Lykt. */
export function excessLongTasks(withExt: PerfWindow, baseline: PerfWindow): number {
  return Math.max(0, withExt.longTasks.length - baseline.longTasks.length);
}
