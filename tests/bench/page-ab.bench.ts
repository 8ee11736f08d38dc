/**
 * Two builds of the extension side by side: each in its own Chromium, alternating page loads of
 * the same generated listing, so both see the same machine load. Prints the medians and the
 * ratio of DOMContentLoaded → all ads marked. For performance work on the content script:
 *
 *   git stash && LYKT_OUT_DIR=.output-before npx wxt build && git stash pop && npx wxt build
 *   LYKT_AB=.output-before,.output npm run bench:page-ab      (AB_ADS=1000, AB_RUNS=7)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { MARKED_TIMING as INIT } from '../support/marked-timing';
import { lyktStats } from '../support/security-perf';

const ADS = Number(process.env.AB_ADS ?? 1000);
const RUNS = Number(process.env.AB_RUNS ?? 7);
const DIRS = (process.env.LYKT_AB ?? '').split(',').filter(Boolean);

interface Side {
  dir: string;
  context: BrowserContext;
  profile: string;
  marked: number[];
  busy: number[];
  /** Where Lykt's time went, per load. */
  parts: Record<string, number>[];
}

async function open(dir: string): Promise<Side> {
  const ext = resolve(dir, 'chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'lykt-ab-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: false,
    viewport: { width: 1200, height: 800 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  await context.addInitScript(INIT);
  return { dir, context, profile, marked: [], busy: [], parts: [] };
}

async function load(side: Side, url: string): Promise<void> {
  const page = await side.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction('window.__done', null, { polling: 50, timeout: 60_000 });
  await page.waitForTimeout(300);
  const [dcl, done] = (await page.evaluate('[window.__dcl, window.__done]')) as [number, number];
  const stats = await lyktStats<Stats>(page);
  side.marked.push(done - dcl);
  side.busy.push(stats?.busyMs ?? NaN);
  if (stats)
    side.parts.push({
      discover: stats.discoverMs,
      extract: stats.timing.extractMs ?? NaN,
      render: stats.renderMs,
      badge: stats.badgeMs,
      maxSlice: stats.maxSliceMs,
      slices: stats.slices,
    });
  await page.close();
}

interface Stats {
  busyMs: number;
  discoverMs: number;
  renderMs: number;
  badgeMs: number;
  maxSliceMs: number;
  slices: number;
  timing: { extractMs?: number };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  if (DIRS.length !== 2) throw new Error('Set LYKT_AB to two build folders: LYKT_AB=a,b');
  const html = renderListingPage(generateAds(ADS, { seed: 11 }), { lang: 'nb' });
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const sides = [await open(DIRS[0]!), await open(DIRS[1]!)];
  try {
    for (let i = 0; i < RUNS; i++) for (const side of sides) await load(side, url);
  } finally {
    for (const s of sides) {
      await s.context.close();
      rmSync(s.profile, { recursive: true, force: true });
    }
    server.close();
  }
  for (const s of sides) {
    const all = s.marked.map((x) => x.toFixed(0)).join(' ');
    console.log(
      `${s.dir}: DCL → all ${ADS} marked ${median(s.marked).toFixed(0)} ms (runs: ${all}), Lykt busy ${median(s.busy).toFixed(0)} ms`,
    );
    const keys = Object.keys(s.parts[0] ?? {});
    const parts = keys.map((k) => `${k} ${median(s.parts.map((p) => p[k]!)).toFixed(1)}`);
    console.log(`  medians: ${parts.join(', ')}`);
  }
  const ratio = median(sides[0]!.marked) / median(sides[1]!.marked);
  console.log(`${sides[0]!.dir} / ${sides[1]!.dir}: ${ratio.toFixed(2)}×`);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
