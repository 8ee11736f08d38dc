/**
 * Issue 19, item 14: what Lykt's painting costs a huge page's frames, measured with Long
 * Animation Frames (Chromium's 'long-animation-frame' entries: each frame's whole time,
 * including the style and layout Lykt's badge writes cause, which its own slice timer misses).
 * Loads a generated listing of FRAMES_ADS ads (default 50,000) once per build, and prints: the
 * long frames after DOMContentLoaded (count, longest, longest style+layout part), the time until
 * every ad is marked, and the badges painted against the ads flagged.
 *
 *   LYKT_FRAMES=none,.output-before,.output npx tsx tests/bench/paint-frames.bench.ts
 *
 * (`none`: the same page without Lykt: what the page's own frames cost.) FRAMES_ADS=10000 for
 * a smaller page, FRAMES_DETAIL=5 for the five longest frames each.
 */
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { badgeCount } from '../support/badge-access';
import { launchWithExtension } from '../support/extension-browser';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { lyktStats, type LyktStats } from '../support/security-perf';

const ADS = Number(process.env.FRAMES_ADS ?? 50_000);
const WAIT_MS = Number(process.env.FRAMES_WAIT_MS ?? 120_000);
const DIRS = (process.env.LYKT_FRAMES ?? '.output').split(',').filter(Boolean);

// Main world, before any page script: long animation frames, and when every ad is marked.
const INIT = `(() => { const w = window; w.__loaf = []; let marked = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__loaf.push({ start: e.startTime,
    ms: e.duration, layout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
    render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
    scripts: e.scripts.map((s) => ({ src: s.sourceURL.split('/').pop(), inv: s.invoker, ms: s.duration,
      forced: s.forcedStyleAndLayoutDuration })) }); })
    .observe({ type: 'long-animation-frame', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    w.__dcl = performance.now(); w.__total = document.querySelectorAll('article.listing').length;
    new MutationObserver((rs) => { for (const r of rs) if (r.oldValue === null) marked++;
      w.__marked = marked; if (marked >= w.__total && !w.__done) w.__done = performance.now(); })
      .observe(document.body, { subtree: true, attributeFilter: ['data-lykt-level'], attributeOldValue: true });
  }); })();`;

interface Loaf {
  start: number;
  ms: number;
  /** The frame's style and layout part, and its whole rendering part (rAF, style, layout, paint). */
  layout: number;
  render: number;
  scripts: { src: string; inv: string; ms: number; forced: number }[];
}

/** FRAMES_DETAIL=n: the n longest frames, with the scripts in each and their forced layouts. */
const DETAIL = Number(process.env.FRAMES_DETAIL ?? 0);
const detail = (f: Loaf) =>
  `    ${f.ms.toFixed(0)} ms at ${f.start.toFixed(0)}: rendering ${f.render.toFixed(0)}, style+layout ${f.layout.toFixed(0)}; ` +
  f.scripts
    .map(
      (s) =>
        `${s.src || '?'} ${s.inv} ${s.ms.toFixed(0)} ms (forced layout ${s.forced.toFixed(0)})`,
    )
    .join('; ');

/** How long the slowest build took to mark every ad (the `none` run watches that long). */
let lastDone = 15_000;

/** `none`: the page in Chromium without Lykt, for the frames the page costs by itself. */
async function launch(dir: string) {
  if (dir !== 'none') return launchWithExtension(undefined, resolve(dir, 'chrome-mv3'));
  const profile = mkdtempSync(join(tmpdir(), 'lykt-frames-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: false,
    viewport: { width: 1200, height: 800 },
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })),
  };
}

/**
 * FRAMES_TRACE=prefix: a Chromium trace of each run (layout events with their dirty and total
 * objects), written to prefix-<build>.json; returns the function that stops and writes it.
 */
async function startTrace(page: Page): Promise<(file: string) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    traceConfig: {
      // FRAMES_TRACE_GC=1: V8's GC phases and user timing instead of the detailed timeline (a
      // 50,000-ad page's invalidation events would not fit); read by paint-frames-trace.ts.
      includedCategories: process.env.FRAMES_TRACE_GC
        ? ['toplevel', 'devtools.timeline', 'disabled-by-default-v8.gc', 'blink.user_timing']
        : ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    },
  });
  return async (file) => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    writeFileSync(file, JSON.stringify({ traceEvents: events }));
  };
}

/**
 * FRAMES_POKE=1: what one small box added at the end of <body> costs the next frame once Lykt is
 * done, with Lykt's marks in place and after taking them out one kind at a time.
 */
async function poke(page: Page): Promise<string> {
  return (await page.evaluate(`(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const once = async () => { await frame(); const s = document.createElement('span');
      s.style.cssText = 'position:absolute;top:10px;left:10px'; s.textContent = 'x'; document.body.append(s);
      const t1 = await frame(); const t2 = await frame(); s.remove(); await frame(); await frame(); return Math.round(t2 - t1); };
    const ads = [...document.querySelectorAll('article.listing')];
    let k = 0;
    const act = async (name, fn) => { const r = []; for (let i = 0; i < 4; i++) { await frame();
      // Changed in a rAF callback: laid out in this frame, before the next rAF.
      const t1 = await frame(); const undo = fn(ads.slice(k, k + 10)); k += 10; const t2 = await frame();
      r.push(Math.round(t2 - t1)); undo?.(); } return name + ' ' + r.join('/'); };
    const out = [await act('span in body', () => { const s = document.createElement('span');
      s.style.cssText = 'position:absolute;top:10px;left:10px'; s.textContent = 'x'; document.body.append(s); }),
      await act('data-x on 10 ads', (xs) => xs.forEach((a) => a.setAttribute('data-x', '1'))),
      await act('aria-owns on 10 h2', (xs) => xs.forEach((a) => a.querySelector('h2').setAttribute('aria-owns', 'nope' + k))),
      await act('data-lykt-level on 10 ads', (xs) => xs.forEach((a) => a.setAttribute('data-lykt-level', 'low'))),
      await act('span in ad', (xs) => xs.forEach((a) => a.querySelector('h2').append(document.createElement('span')))),
    ];
    if (CSS.highlights.size === 0) {
      // The page without Lykt: what one registered range does to the same changes.
      const r = new StaticRange({ startContainer: ads[0].querySelector('p').firstChild, startOffset: 0,
        endContainer: ads[0].querySelector('p').firstChild, endOffset: 3 });
      CSS.highlights.set('probe', new Highlight(r));
      out.push(await act('data-x, 1 range registered', (xs) => xs.forEach((a) => a.setAttribute('data-x', '5'))));
      out.push(await act('span in body, 1 range registered', () => { const s = document.createElement('span');
        s.style.cssText = 'position:absolute;top:10px;left:10px'; s.textContent = 'x'; document.body.append(s); }));
    }
    const ranges = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
    CSS.highlights.clear();
    out.push(await act('data-x, ' + ranges + ' highlight ranges taken out', (xs) => xs.forEach((a) => a.setAttribute('data-x', '2'))));
    for (const el of document.querySelectorAll('[data-lykt-level]')) el.removeAttribute('data-lykt-level');
    out.push(await act('data-x, no data-lykt-level', (xs) => xs.forEach((a) => a.setAttribute('data-x', '3'))));
    for (const el of document.querySelectorAll('[aria-owns]')) el.removeAttribute('aria-owns');
    out.push(await act('data-x, no aria-owns', (xs) => xs.forEach((a) => a.setAttribute('data-x', '4'))));
    out.push(await act('span in ad', (xs) => xs.forEach((a) => a.querySelector('h2').append(document.createElement('span')))));
    return out.join('; ');
  })()`)) as string;
}

async function run(dir: string, url: string): Promise<void> {
  const b = await launch(dir);
  const { context } = b;
  try {
    await context.addInitScript(INIT);
    const page = await context.newPage();
    const trace = process.env.FRAMES_TRACE ? await startTrace(page) : null;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    // Without Lykt nothing is marked: the page is watched as long as Lykt took on it last.
    await page
      .waitForFunction('window.__done', null, {
        polling: 500,
        timeout: dir === 'none' ? lastDone : WAIT_MS,
      })
      .catch(() => undefined);
    // Badges follow the marks (a huge page's last commit may wait 5 s): give them time to land.
    await page.waitForTimeout(8000);
    const r = (await page.evaluate(
      `({ dcl: window.__dcl, done: window.__done, marked: window.__marked, loaf: window.__loaf,
         flagged: document.querySelectorAll('[data-lykt-level="medium"],[data-lykt-level="high"]').length })`,
    )) as { dcl: number; done?: number; marked: number; flagged: number; loaf: Loaf[] };
    if (trace) await trace(`${process.env.FRAMES_TRACE}-${basename(dir)}.json`);
    if (process.env.FRAMES_POKE) console.log(`  poke: ${await poke(page)}`);
    // The renderer's live JS heap after a full GC (page and content script share the isolate):
    // what Lykt keeps per ad, which every collection has to mark (independent of the load).
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    const badges = await badgeCount(page);
    const stats = await lyktStats<
      LyktStats & {
        commits?: number;
        maxCommitFrameMs?: number;
        maxCommitSliceMs?: number;
        maxSliceParts?: Record<string, number>;
        maxCommitParts?: Record<string, number>;
        ticks?: { at: number; ms: number; n: number; levels: number; frame?: number }[];
        longSlices?: { at: number; ms: number; parts: Record<string, number> }[];
      }
    >(page);
    const parts = (p?: Record<string, number>) =>
      p && Object.keys(p).length
        ? ` (${Object.entries(p)
            .map(([k, v]) => `${k} ${k === 'n' ? v : v.toFixed(0)}`)
            .join(', ')})`
        : '';
    const after = r.loaf.filter((f) => f.start >= r.dcl);
    const long = after.filter((f) => f.ms >= 50);
    const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
    if (r.done) lastDone = Math.max(lastDone, r.done - r.dcl);
    const done = r.done ? `${(r.done - r.dcl).toFixed(0)} ms` : `not within ${WAIT_MS} ms`;
    console.log(
      `${dir}: ${ADS} ads; all marked ${done} (${r.marked} marked); badges ${badges} of ${r.flagged} flagged; ` +
        `JS heap after GC ${(heap.usedSize / 1048576).toFixed(1)} MB`,
    );
    console.log(
      `  long animation frames after DCL: ${long.length} ≥ 50 ms, ${long.filter((f) => f.ms >= 500).length} ≥ 500 ms; ` +
        `longest ${max(long.map((f) => f.ms)).toFixed(0)} ms, longest style+layout ${max(long.map((f) => f.layout)).toFixed(0)} ms; ` +
        `Lykt's longest slice ${stats?.maxSliceMs.toFixed(0)} ms${parts(stats?.maxSliceParts)}` +
        (stats?.commits
          ? `; ${stats.commits} badge commits, longest frame after one ${(stats.maxCommitFrameMs ?? 0).toFixed(0)} ms` +
            (stats.maxCommitSliceMs !== undefined
              ? `, longest commit task ${stats.maxCommitSliceMs.toFixed(0)} ms${parts(stats.maxCommitParts)}`
              : '')
          : ''),
    );
    // Which long frames hold one of Lykt's write ticks or one of its slices over 45 ms (builds
    // that keep these lists: the seventh round of item 14 on).
    if (stats?.ticks) {
      const inside = (f: Loaf, at: number) => at >= f.start - 1 && at <= f.start + f.ms;
      const ticks = stats.ticks.filter((t) => t.at >= r.dcl);
      const withTick = long.filter((f) => ticks.some((t) => inside(f, t.at)));
      const withSlice = long.filter(
        (f) => !withTick.includes(f) && (stats.longSlices ?? []).some((s) => inside(f, s.at)),
      );
      const frames = ticks.map((t) => t.frame ?? 0).filter((ms) => ms > 0);
      console.log(
        `  of the frames ≥ 50 ms: ${withTick.length} with a write tick, ${withSlice.length} with a Lykt slice > 45 ms, ` +
          `${long.length - withTick.length - withSlice.length} other; ${ticks.length} ticks ` +
          `(${ticks.filter((t) => t.n > 0).length} with badges, ${ticks.reduce((a, t) => a + t.n, 0)} badges, ` +
          `${ticks.reduce((a, t) => a + t.levels, 0)} levels; tick frames median ` +
          `${(frames.sort((a, b) => a - b)[frames.length >> 1] ?? 0).toFixed(0)} ms); ` +
          `${(stats.longSlices ?? []).length} slices > 45 ms` +
          (stats.longSlices?.length
            ? ` (${stats.longSlices
                .slice(0, 6)
                .map((s) => `${s.ms.toFixed(0)}${parts(s.parts)}`)
                .join('; ')})`
            : ''),
      );
    }
    for (const f of [...long].sort((a, b) => b.ms - a.ms).slice(0, DETAIL)) console.log(detail(f));
  } finally {
    await b.close();
  }
}

async function main(): Promise<void> {
  const html = renderListingPage(generateAds(ADS, { seed: 11 }), { lang: 'nb' });
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  try {
    for (const dir of DIRS) await run(dir, url);
  } finally {
    server.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
