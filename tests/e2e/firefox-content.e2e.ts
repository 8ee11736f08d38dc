/**
 * The Chromium content checks, in real Firefox ESR with the built firefox-mv2 extension
 * (puppeteer-core over WebDriver BiDi): the 1,000-ad demo listing marked and badged, highlights,
 * the popover by mouse and by keyboard, Save to log answered by the real background, the hostile
 * page, and no request leaving 127.0.0.1. Not here (BiDi cannot reach a moz-extension:// page or
 * the background): the toolbar count, settings writes, the popup, options and log pages.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import {
  badgeCount,
  badgeLabels,
  firefoxBadges,
  inBadge,
  launchFirefox,
  openBadge,
  readPopover,
  type FirefoxWithExtension,
} from '../support/firefox-browser';
import { checkPopoverByKeyboard, checkPopoverByMouse } from '../support/badge-checks';
import { HOSTILE, HOSTILE_ADS } from '../support/hostile-page';
import { startServer, type TestServer } from '../support/static-server';
import { waitMarked } from './content-support';

const FIRST = 1000;
const ADS = generateAds(FIRST, { seed: 7 });

const flaggedCount = (page: Page) =>
  page.evaluate(
    () => document.querySelectorAll('[data-lykt-level="medium"], [data-lykt-level="high"]').length,
  );

describe('Firefox ESR with the built extension', () => {
  let ff: FirefoxWithExtension;
  let server: TestServer;
  let page: Page;
  beforeAll(async () => {
    server = await startServer({
      '/': renderListingPage(ADS, { lang: 'nb' }),
      '/hostile': HOSTILE,
    });
    ff = await launchFirefox();
    page = await ff.newPage();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('marks every ad of a 1,000-ad listing and badges exactly the ads at medium or above', async () => {
    const t0 = Date.now();
    await page.goto(server.origin + '/', { waitUntil: 'domcontentloaded' });
    await waitMarked(page, FIRST, 40_000);
    console.log(`[firefox] 1,000-ad listing: all marked ${Date.now() - t0} ms after navigation`);
    expect(await page.$$eval('article.listing:not([data-lykt-level])', (e) => e.length)).toBe(0);
    // Polled together: a late ad that shares a contact can still raise an earlier ad's level.
    const counts = async () => `${await flaggedCount(page)} ${await badgeCount(page)}`;
    await expect.poll(counts, { timeout: 10_000 }).toMatch(/^(\d+) \1$/);
    const flagged = Number((await counts()).split(' ')[0]);
    expect(flagged).toBeGreaterThan(ADS.filter((a) => a.expectFlag).length * 0.5);
    // Shared contacts are linked across ads, as in Chromium.
    expect((await badgeLabels(page)).some((l) => /delt kontakt|shared contact/i.test(l))).toBe(
      true,
    );
  });

  it('highlights the words (CSS Custom Highlight API, or the fallback marks)', async () => {
    const highlighted = () =>
      page.evaluate(() => {
        const reg = (globalThis.CSS as { highlights?: Map<string, { size: number }> }).highlights;
        const viaApi = reg?.get('lykt-high')?.size ?? 0;
        return viaApi + document.querySelectorAll('mark[data-lykt], .lykt-mark').length;
      });
    await expect.poll(highlighted).toBeGreaterThan(0);
  });

  it('opens a badge by mouse: words, cards from the background, Save to log', () =>
    checkPopoverByMouse(firefoxBadges(page)));

  it('opens a badge by keyboard and gives focus back on Escape', () =>
    checkPopoverByKeyboard(firefoxBadges(page)));

  it('leaves the badge and the popover readable and usable on a hostile page', async () => {
    const hostile = await ff.newPage();
    await hostile.goto(server.origin + '/hostile', { waitUntil: 'domcontentloaded' });
    await waitMarked(hostile, HOSTILE_ADS.length);
    await expect.poll(() => badgeCount(hostile)).toBeGreaterThan(0);
    const badge = await inBadge(hostile, 0, (root) => {
      const el = root.querySelector('button.lykt-badge')!;
      return { height: el.getBoundingClientRect().height, fontSize: getComputedStyle(el).fontSize };
    });
    expect(badge.height).toBeGreaterThanOrEqual(20);
    expect(badge.fontSize).toBe('13px');
    await openBadge(hostile, 0);
    await expect.poll(async () => (await readPopover(hostile, 0)).cards).toBeGreaterThan(0);
    // Top layer: the element near the dialog's top right is the dialog, not the fixed cover.
    const onTop = await inBadge(hostile, 0, (root) => {
      const r = root.querySelector('[role="dialog"]')!.getBoundingClientRect();
      if (r.width < 250 || r.height < 150) return false;
      return !!root.elementFromPoint(r.x + r.width - 20, r.y + 40)?.closest('[role="dialog"]');
    });
    expect(onTop).toBe(true);
    await hostile.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(hostile, 0)).open).toBe(false);
    await hostile.close();
  });

  it("marks a refused page's ads with its own engine (page-engine.js) as the background does", async () => {
    const levels = (p: Page) =>
      p.$$eval('article.listing', (els) => els.map((e) => e.getAttribute('data-lykt-level')));
    const answered = await levels(page);
    // A URL over 4,096 characters fails the background's scanAds check: the page scans alone.
    const refused = await ff.newPage();
    await refused.goto(`${server.origin}/?q=${'x'.repeat(5000)}`, {
      waitUntil: 'domcontentloaded',
    });
    await waitMarked(refused, FIRST, 40_000);
    await expect.poll(() => levels(refused), { timeout: 10_000 }).toEqual(answered);
    await refused.close();
  });

  it('sends no request beyond 127.0.0.1 (page, content script, background or Firefox)', () => {
    expect(ff.outside).toEqual([]);
  });
});
