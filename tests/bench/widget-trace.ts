/**
 * `npm run trace:widget [file]`: where the widget's first-paint time goes. Records a Chromium
 * performance trace (CDP Tracing, devtools.timeline) of a page with one card and prints the
 * main thread's time by kind (parse/compile, script, style, layout, paint) inside the window
 * from the widget script's start to the first frame after it, plus the longest JS functions.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer } from '../support/static-server';

const DIST = resolve(process.env.LYKT_WIDGET_DIR ?? 'dist/widget');
const file = process.argv[2] ?? 'lykt-widget.en.js';
if (!existsSync(resolve(DIST, file)))
  throw new Error(`Run \`npm run build:widget\` first (${file}).`);

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

const server = await startServer(
  {
    '/trace.html': `<!doctype html><html lang="en"><body>${process.env.TEXT ?? ''}<lykt-card card="who-is-behind" lang="en"></lykt-card><script src="/${file}"></script></body></html>`,
  },
  [DIST],
);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
const events: Ev[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,blink,v8',
});
await page.goto(server.origin + '/trace.html');
await page.waitForTimeout(500);
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
await done;
await browser.close();
await server.close();

const start = events.find(
  (e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/' + file),
);
if (!start) throw new Error('no EvaluateScript event for the widget in the trace');
const tid = start.tid;
const frame = events
  .filter((e) => e.tid === tid && e.name === 'Paint' && e.ts > start.ts)
  .sort((a, b) => a.ts - b.ts)[0];
const end = (frame ? frame.ts + (frame.dur ?? 0) : start.ts + (start.dur ?? 0)) as number;
const inWindow = events.filter(
  (e) => e.tid === tid && e.ph === 'X' && e.ts >= start.ts && e.ts <= end && e.dur,
);
const KINDS: Record<string, string> = {
  EvaluateScript: 'script (total, incl. compile)',
  'v8.compile': 'compile',
  'v8.parseOnBackground': 'compile',
  'V8.CompileCode': 'compile',
  'v8.compileModule': 'compile',
  FunctionCall: 'script: callbacks',
  UpdateLayoutTree: 'style recalc',
  ParseAuthorStyleSheet: 'style sheet parse',
  Layout: 'layout',
  Paint: 'paint',
  PrePaint: 'paint',
  ParseHTML: 'HTML parse',
};
const byKind = new Map<string, number>();
for (const e of inWindow) {
  const k = KINDS[e.name];
  if (k) byKind.set(k, (byKind.get(k) ?? 0) + e.dur! / 1000);
}
const lines = [
  `${file}: script start → first paint after it: ${((end - start.ts) / 1000).toFixed(1)} ms`,
  ...[...byKind]
    .sort((a, b) => b[1] - a[1])
    .map(([k, ms]) => `  ${k.padEnd(32)} ${ms.toFixed(1)} ms`),
];
const top = new Map<string, number>();
for (const e of inWindow) top.set(e.name, (top.get(e.name) ?? 0) + e.dur! / 1000);
lines.push('  by trace event (nested events overlap):');
for (const [k, ms] of [...top].sort((a, b) => b[1] - a[1]).slice(0, 14))
  lines.push(`    ${k.padEnd(30)} ${ms.toFixed(1)} ms`);
console.log(lines.join('\n'));
