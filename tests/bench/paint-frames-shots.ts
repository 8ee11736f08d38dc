/**
 * Issue 19.14: screenshots of real saved pages (../shared/fixtures/pages) with the built
 * extension, to look at where the badges from Lykt's layer sit beside their ads. Scrolls to the
 * first badge's ad and writes SHOTS_DIR/<page>.png (default /tmp/lykt-layer-shots).
 * `long.html` is a generated listing of SHOTS_ADS ads (default 5,000): shot at the top, at the
 * middle and at the bottom once every ad is marked, and at the top again (the highlights follow
 * the scroll: only ads near the viewport are in the registry).
 *
 *   LYKT_OUT_DIR=.output-x SHOTS_PAGES=finn-joblist-1.html,backpage-listing-1.html npx tsx tests/bench/paint-frames-shots.ts
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { badgeCount, inBadge } from '../support/badge-access';
import { EXTENSION_DIR, launchWithExtension } from '../support/extension-browser';
import { startServer } from '../support/static-server';

const PAGES = (
  process.env.SHOTS_PAGES ?? 'backpage-listing-1.html,craigslist-listing-1.html,finn-joblist-1.html'
).split(',');
const OUT = process.env.SHOTS_DIR ?? '/tmp/lykt-layer-shots';

/** The long listing once marked: top, middle, bottom, top again (highlights counted each time). */
async function longShots(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('article.listing[data-lykt-level]').length ===
      document.querySelectorAll('article.listing').length,
    null,
    { timeout: 120_000, polling: 500 },
  );
  for (const [name, at] of [
    ['top', 0],
    ['middle', 0.5],
    ['bottom', 1],
    ['top-again', 0],
  ] as const) {
    await page.evaluate((f) => scrollTo(0, f * document.documentElement.scrollHeight), at);
    await page.waitForTimeout(1500);
    const ranges = await page.evaluate(() =>
      [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0),
    );
    const file = resolve(OUT, `long-${name}.png`);
    await page.screenshot({ path: file });
    console.log(
      `long.html ${name}: ${await badgeCount(page)} badges, ${ranges} ranges registered → ${file}`,
    );
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dir = resolve('../shared/fixtures/pages');
  // `demo.html`: a generated 200-ad listing (real pages list few flagged ads).
  const demo = renderListingPage(generateAds(200, { seed: 7 }), { lang: 'nb' });
  const long = renderListingPage(generateAds(Number(process.env.SHOTS_ADS ?? 5000), { seed: 11 }), {
    lang: 'nb',
  });
  const server = await startServer({ '/demo.html': demo, '/long.html': long }, [dir]);
  const b = await launchWithExtension(undefined, process.env.SHOTS_EXT ?? EXTENSION_DIR);
  try {
    await b.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    for (const p of PAGES) {
      const page = await b.context.newPage();
      await page.goto(`${server.origin}/${p}`, { waitUntil: 'domcontentloaded' });
      for (let t = Date.now(); (await badgeCount(page)) === 0 && Date.now() - t < 15_000;)
        await page.waitForTimeout(250);
      const n = await badgeCount(page);
      if (p === 'long.html') {
        await longShots(page);
        await page.close();
        continue;
      }
      if (n > 0) {
        const y = await inBadge(page, 0, (root) => {
          const r = root.querySelector('button')!.getBoundingClientRect();
          return r.top + scrollY;
        });
        await page.evaluate((top) => scrollTo(0, Math.max(0, top - 200)), y);
        await page.waitForTimeout(500);
      }
      await page.screenshot({ path: resolve(OUT, p.replace(/\.html$/, '.png')) });
      console.log(`${p}: ${n} badges → ${resolve(OUT, p.replace(/\.html$/, '.png'))}`);
      await page.close();
    }
  } finally {
    await b.close();
    await server.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
