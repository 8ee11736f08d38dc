/**
 * Issue 19, item 14: finding the ads of a huge page without a long slice. Loads the generated
 * listing of SLICES_ADS ads (default 50,000; no site adapter fits it, so the generic detector
 * runs) in Chromium without the extension, bundles content/discovery.ts into the page and finds
 * the ads twice on fresh loads: in one go (`discover`, the search as one task) and in slices of
 * SLICES_MS (default 30) through `discoverUntil`, a macrotask apart. Prints each one's time,
 * the slices, the longest slice and the ads found (the same count both ways).
 *
 *   SLICES_ADS=50000 npm run bench:discovery
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer } from '../support/static-server';

const ADS = Number(process.env.SLICES_ADS ?? 50_000);
const BUDGET = Number(process.env.SLICES_MS ?? 30);

const ENTRY = `import { Discovery } from './content/discovery';
window.__oneGo = () => { const t0 = performance.now(); const n = new Discovery(document, location.hostname).discover().length;
  return { ms: performance.now() - t0, ads: n, slices: 1, longest: performance.now() - t0 }; };
window.__sliced = async (budget) => { const d = new Discovery(document, location.hostname); const t0 = performance.now();
  let slices = 0, longest = 0, busy = 0, found = null;
  while (!found) { const s = performance.now(); found = d.discoverUntil(s + budget); const ms = performance.now() - s;
    slices++; busy += ms; longest = Math.max(longest, ms); if (!found) await new Promise((r) => setTimeout(r, 0)); }
  return { ms: busy, wall: performance.now() - t0, ads: found.length, slices, longest }; };`;

async function bundle(): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    define: { 'import.meta.env.VITE_LYKT_GENERIC_ONLY': '"0"' },
  });
  return out.outputFiles[0]!.text;
}

type Result = { ms: number; wall?: number; ads: number; slices: number; longest: number };

async function measure(page: Page, url: string, code: string, how: string): Promise<Result> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.addScriptTag({ content: code });
  // Two frames: the page's style and layout are done before the search starts.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  return (await page.evaluate(how)) as Result;
}

async function main(): Promise<void> {
  const html = renderListingPage(generateAds(ADS, { seed: 11 }), { lang: 'nb' });
  const server = await startServer({ '/': html });
  const url = `${server.origin}/`;
  const code = await bundle();
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: false,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await context.newPage();
    const one = await measure(page, url, code, 'window.__oneGo()');
    const sliced = await measure(page, url, code, `window.__sliced(${BUDGET})`);
    const f = (n: number) => n.toFixed(0);
    console.log(`${ADS} ads: in one go ${f(one.ms)} ms, ${one.ads} ads found`);
    console.log(
      `  in ${BUDGET} ms slices: ${sliced.slices} slices, longest ${f(sliced.longest)} ms, ` +
        `busy ${f(sliced.ms)} ms (${f(sliced.wall ?? 0)} ms wall), ${sliced.ads} ads found`,
    );
  } finally {
    await context.close();
    await server.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
