/**
 * Issue 19, item 14: what Lykt's painting costs a huge page's frames, measured with Long
 * Animation Frames (Chromium's 'long-animation-frame' entries: each frame's whole time,
 * including the style and layout Lykt's badge writes cause, which its own slice timer misses).
 * Loads a generated listing of FRAMES_ADS ads (default 50,000) once per build, and prints: the
 * long frames after DOMContentLoaded (count, longest, longest style+layout part), the time until
 * every ad is marked, and the badges painted against the ads flagged.
 *
 *   LYKT_FRAMES=.output-before,.output npx tsx tests/bench/paint-frames.bench.ts
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { badgeCount } from '../support/badge-access';
import { launchWithExtension } from '../support/extension-browser';
import { lyktStats } from '../support/security-perf';

const ADS = Number(process.env.FRAMES_ADS ?? 50_000);
const WAIT_MS = Number(process.env.FRAMES_WAIT_MS ?? 120_000);
const DIRS = (process.env.LYKT_FRAMES ?? '.output').split(',').filter(Boolean);

// Main world, before any page script: long animation frames, and when every ad is marked.
const INIT = `(() => { const w = window; w.__loaf = []; let marked = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__loaf.push({ start: e.startTime,
    ms: e.duration, layout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0 }); })
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
  layout: number;
}

async function run(dir: string, url: string): Promise<void> {
  const b = await launchWithExtension(undefined, resolve(dir, 'chrome-mv3'));
  const { context } = b;
  try {
    await context.addInitScript(INIT);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page
      .waitForFunction('window.__done', null, { polling: 500, timeout: WAIT_MS })
      .catch(() => undefined);
    // Badges follow the marks: give the last paints time to land.
    await page.waitForTimeout(5000);
    const r = (await page.evaluate(
      `({ dcl: window.__dcl, done: window.__done, marked: window.__marked, loaf: window.__loaf,
         flagged: document.querySelectorAll('[data-lykt-level="medium"],[data-lykt-level="high"]').length })`,
    )) as { dcl: number; done?: number; marked: number; flagged: number; loaf: Loaf[] };
    const badges = await badgeCount(page);
    const stats = await lyktStats(page);
    const after = r.loaf.filter((f) => f.start >= r.dcl);
    const long = after.filter((f) => f.ms >= 50);
    const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
    const done = r.done ? `${(r.done - r.dcl).toFixed(0)} ms` : `not within ${WAIT_MS} ms`;
    console.log(
      `${dir}: ${ADS} ads; all marked ${done} (${r.marked} marked); badges ${badges} of ${r.flagged} flagged`,
    );
    console.log(
      `  long animation frames after DCL: ${long.length} ≥ 50 ms, ${long.filter((f) => f.ms >= 500).length} ≥ 500 ms; ` +
        `longest ${max(long.map((f) => f.ms)).toFixed(0)} ms, longest style+layout ${max(long.map((f) => f.layout)).toFixed(0)} ms; ` +
        `Lykt's longest slice ${stats?.maxSliceMs.toFixed(0)} ms`,
    );
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
