/**
 * `npx tsx tests/bench/widget-profile.ts [--page article|blank] [runs] file…` (dev aid): V8 CPU
 * profile (CDP Profiler, 20 µs samples) of the widget pages from the file's start to the painted
 * mark, summed over the runs: JS self time per function (name, file:column of the minified
 * code), so top-level and mount costs can be told apart. Same pages and files as trace:widget.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer } from '../support/static-server';
import { openPainted, widgetPages, type PageKind } from './widget-pages';

const DIST = resolve(process.env.LYKT_WIDGET_DIR ?? 'dist/widget');
const args = process.argv.slice(2);
const pageAt = args.indexOf('--page');
const KIND = (pageAt >= 0 ? args.splice(pageAt, 2)[1] : 'blank') as PageKind;
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? 9);
const FILES = args.filter((a) => !/^\d+$/.test(a));
const { routes, variants } = widgetPages([KIND], [], FILES, [['', DIST]]);
const server = await startServer(routes);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
for (const v of variants) {
  const self = new Map<string, number>();
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
    await cdp.send('Profiler.start');
    await openPainted(page, server.origin + v.path);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    };
    await page.context().close();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, k) => {
      const n = byId.get(id)!;
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.columnNumber}`;
      const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + dt);
    });
  }
  console.log(`\n${v.name}: JS self time, ms per run (mean of ${RUNS})`);
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .forEach(([k, ms]) => console.log(`  ${(ms / RUNS).toFixed(2).padStart(7)}  ${k}`));
}
await browser.close();
await server.close();
