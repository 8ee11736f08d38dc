/**
 * The 1,000-ad demo listing in Chromium and in Firefox ESR side by side, each with its own build
 * of Lykt (chrome-mv3, firefox-mv2), alternating page loads so both see the same machine load.
 * Prints the medians of DOMContentLoaded → every ad marked (measured in the page):
 *
 *   npm run build && npx tsx tests/bench/page-firefox.bench.ts        (AB_ADS=1000, AB_RUNS=5)
 */
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { launchWithExtension } from '../support/extension-browser';
import { launchFirefox } from '../support/firefox-browser';
import { MARKED_TIMING } from '../support/marked-timing';
import { startServer } from '../support/static-server';

const ADS = Number(process.env.AB_ADS ?? 1000);
const RUNS = Number(process.env.AB_RUNS ?? 5);

/** What both drivers' pages can do here (their evaluate types do not unify). */
type AnyPage = {
  goto(url: string, o: { waitUntil: 'domcontentloaded' }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** DOMContentLoaded → all ads marked, in ms, for one fresh page. */
async function load(page: AnyPage, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const end = Date.now() + 60_000;
  while (!(await page.evaluate('window.__done'))) {
    if (Date.now() > end) throw new Error(`${url}: not every ad marked in 60 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const [dcl, done] = (await page.evaluate('[window.__dcl, window.__done]')) as [number, number];
  await page.close();
  return done - dcl;
}

const server = await startServer({
  '/': renderListingPage(generateAds(ADS, { seed: 7 }), { lang: 'nb' }),
});
const chromium = await launchWithExtension();
const firefox = await launchFirefox();
await chromium.context.addInitScript(MARKED_TIMING);
const times = { chromium: [] as number[], firefox: [] as number[] };
try {
  for (let i = 0; i < RUNS; i++) {
    times.chromium.push(await load(await chromium.context.newPage(), server.origin + '/'));
    const ff = await firefox.newPage();
    await ff.evaluateOnNewDocument(MARKED_TIMING);
    times.firefox.push(await load(ff, server.origin + '/'));
  }
} finally {
  await chromium.close();
  await firefox.close();
  await server.close();
}
const [c, f] = [median(times.chromium), median(times.firefox)];
console.log(
  `${ADS}-ad listing, DOMContentLoaded → all marked, median of ${RUNS} alternating loads:`,
);
console.log(
  `  Chromium ${c.toFixed(0)} ms   (${times.chromium.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(
  `  Firefox  ${f.toFixed(0)} ms   (${times.firefox.map((t) => t.toFixed(0)).join(', ')})`,
);
console.log(`  Firefox / Chromium: ${(f / c).toFixed(2)}`);
