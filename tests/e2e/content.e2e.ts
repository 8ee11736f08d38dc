import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAds } from '../../demo/generate';
import { PAGE_SIZE, renderAdsFragment, renderListingPage } from '../../demo/render';
import { badgeLabels, chromiumBadges } from '../support/badge-access';
import { checkPopoverByKeyboard, checkPopoverByMouse } from '../support/badge-checks';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { lyktStats } from '../support/security-perf';
import { badgeCount, localOnly, patchSettings, toolbarText, waitMarked } from './content-support';
import type { Page } from 'playwright-core';

// 1,000 ads on the page, 200 more by infinite scroll (the demo site's own script, 50 a fetch).
const ADS = generateAds(1200, { seed: 7 });
const FIRST = 1000;

function serve(): Promise<{ origin: string; close: () => void }> {
  const page = renderListingPage(ADS.slice(0, FIRST), {
    lang: 'nb',
    moreUrl: '/more',
    nextPage: FIRST / PAGE_SIZE,
  });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const n = Number(url.searchParams.get('page'));
    const body =
      url.pathname === '/more'
        ? renderAdsFragment(ADS.slice(n * PAGE_SIZE, (n + 1) * PAGE_SIZE))
        : page;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

const flaggedCount = (page: Page) =>
  page.evaluate(
    () => document.querySelectorAll('[data-lykt-level="medium"], [data-lykt-level="high"]').length,
  );

/**
 * Waits until the ads at medium or above, the badges and the toolbar agree, and returns that count.
 * Read once, the first could lag: a late ad that shares a contact raises an earlier ad's level.
 */
async function agreedFlagged(page: Page, b: ExtensionBrowser): Promise<number> {
  const counts = async () =>
    `${await flaggedCount(page)} ${await badgeCount(page)} ${await toolbarText(b.worker)}`;
  await expect.poll(counts, { timeout: 10_000 }).toMatch(/^(\d+) \1 \1$/);
  return Number((await counts()).split(' ')[0]);
}

describe('a generated 1,000-ad listing with the built extension', () => {
  let b: ExtensionBrowser;
  let site: { origin: string; close: () => void };
  let page: Page;
  beforeAll(async () => {
    site = await serve();
    b = await launchWithExtension();
    await localOnly(b);
    page = await b.context.newPage();
    await page.goto(site.origin + '/', { waitUntil: 'domcontentloaded' });
  });
  afterAll(async () => {
    await b?.close();
    site?.close();
  });

  it('marks every ad, badges exactly the ads at medium or above, and counts them on the toolbar', async () => {
    await waitMarked(page, FIRST);
    expect(await page.locator('article.listing:not([data-lykt-level])').count()).toBe(0);
    const flagged = await agreedFlagged(page, b);
    const expected = ADS.slice(0, FIRST).filter((a) => a.expectFlag).length;
    expect(flagged).toBeGreaterThan(expected * 0.5);
    expect(
      await page.evaluate(
        () => (CSS.highlights.get('lykt-high') as Highlight | undefined)?.size ?? 0,
      ),
    ).toBeGreaterThan(0);
  });

  it("scans through the background's engine: the page builds none of its own", async () => {
    const stats = await lyktStats<{ timing: { engineMs: number; batches?: number } }>(page);
    // 1,000 ads at 100 per message; an engine in the page would have scanned at least one.
    expect(stats?.timing.batches).toBeGreaterThanOrEqual(FIRST / 100);
    expect(stats?.timing.engineMs).toBe(0);
  });

  it('links ads that share a phone or e-mail (shared-contact)', async () => {
    await expect
      .poll(
        async () =>
          (await badgeLabels(page)).filter((l) => /delt kontakt|shared contact/i.test(l)).length,
      )
      .toBeGreaterThan(0);
  });

  it('opens a badge by mouse: words, cards loaded from the background, Save to log', () =>
    checkPopoverByMouse(chromiumBadges(page)));

  it('opens a badge by keyboard and gives focus back on Escape', () =>
    checkPopoverByKeyboard(chromiumBadges(page)));

  it('follows infinite scroll: 200 more ads get marked and counted', async () => {
    for (let i = 0; i < 20 && (await page.locator('article.listing').count()) < 1200; i++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(150);
    }
    expect(await page.locator('article.listing').count()).toBe(1200);
    await waitMarked(page, 1200);
    expect(await agreedFlagged(page, b)).toBeGreaterThan(0);
  });

  it('turns highlights off and on from the setting the shortcut flips', async () => {
    const has = () => page.evaluate(() => CSS.highlights.has('lykt-high'));
    await patchSettings(b.worker, { highlights: false });
    await expect.poll(has).toBe(false);
    await patchSettings(b.worker, { highlights: true });
    await expect.poll(has).toBe(true);
  });

  it('pauses on this site: marks, badges and the toolbar count go away, and come back', async () => {
    await patchSettings(b.worker, { pausedSites: ['127.0.0.1'] });
    await expect.poll(() => page.locator('[data-lykt-level]').count()).toBe(0);
    expect(await badgeCount(page)).toBe(0);
    await expect.poll(() => toolbarText(b.worker)).toBe('');
    await patchSettings(b.worker, { pausedSites: [] });
    await waitMarked(page, 1200);
  });
});
