/**
 * Headless half of `npm start` (no display): open the demo listing in Chromium with the
 * built extension, wait for the ads to be marked, take three screenshots, gather the facts
 * for the report. A missing piece (no badge yet, no log page yet) becomes a warning.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import type { Level } from '../indicators/types';
import {
  badgeCount,
  clickSave,
  eachBadge,
  openBadge,
  readPopover,
} from '../tests/support/badge-access';
import { launchWithExtension, type ExtensionBrowser } from '../tests/support/extension-browser';
import { categoriesFromLabel, type PageAd, type RunFacts } from './report';

const MARK_TIMEOUT_MS = 15_000;

/** out/listing.png rather than /home/…/out/listing.png when under the working dir. */
const tidy = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

async function waitForMarks(page: Page): Promise<boolean> {
  const deadline = Date.now() + MARK_TIMEOUT_MS;
  let last = -1;
  while (Date.now() < deadline) {
    const [total, marked] = await page.evaluate(() => [
      document.querySelectorAll('article.listing').length,
      document.querySelectorAll('article.listing[data-lykt-level]').length,
    ]);
    if (total > 0 && marked === total) return true;
    // Some marked and no progress for a while: the rest are not ads to it.
    if (marked > 0 && marked === last && Date.now() > deadline - MARK_TIMEOUT_MS / 2) return true;
    last = marked;
    await page.waitForTimeout(250);
  }
  return last > 0;
}

/** Scrolls to the end of the infinite list, then counts ads and marks (incremental scanning). */
async function scrollAll(page: Page): Promise<{ ads: number; marked: number }> {
  const count = (): Promise<[number, number]> =>
    page.evaluate(() => [
      document.querySelectorAll('article.listing').length,
      document.querySelectorAll('article.listing[data-lykt-level]').length,
    ]);
  const deadline = Date.now() + 8_000;
  let [ads, marked] = await count();
  while (Date.now() < deadline) {
    const done = await page.evaluate(
      () => (document.getElementById('more') as HTMLButtonElement | null)?.disabled ?? true,
    );
    if (done && marked === ads) break;
    await page.mouse.wheel(0, 50_000);
    await page.waitForTimeout(250);
    [ads, marked] = await count();
  }
  return { ads, marked };
}

async function readAds(page: Page): Promise<PageAd[]> {
  // Badges live in closed shadow roots: their labels are read over CDP, keyed by their ad.
  const labels = new Map(
    await eachBadge(page, (root) => {
      // A badge in Lykt's layer is not inside its ad: the ad's title owns it (aria-owns).
      const host = root.host;
      const owner = host.id
        ? document.querySelector(`[aria-owns~="${CSS.escape(host.id)}"]`)
        : null;
      const ad = (owner ?? host).closest('article.listing');
      return [
        ad?.getAttribute('data-ad-id') ?? '',
        root.querySelector('button.lykt-badge')?.getAttribute('aria-label') ?? null,
      ] as const;
    }),
  );
  const raw = await page.evaluate(() =>
    [...document.querySelectorAll('article.listing')].map((el) => ({
      id: el.getAttribute('data-ad-id') ?? '',
      level: el.getAttribute('data-lykt-level'),
    })),
  );
  return raw.map((r) => ({
    id: r.id,
    level: r.level as Level | null,
    categories: categoriesFromLabel(labels.get(r.id) ?? null),
  }));
}

async function openPopover(page: Page, warnings: string[]): Promise<boolean> {
  if ((await badgeCount(page)) === 0) {
    warnings.push('No Lykt badge on the page yet: popover.png skipped.');
    return false;
  }
  await openBadge(page, 0);
  for (let i = 0; i < 50 && !(await readPopover(page, 0)).open; i++) await page.waitForTimeout(100);
  if (!(await readPopover(page, 0)).open) {
    warnings.push(
      'Clicking the first badge opened no [role="dialog"] popover: popover.png skipped.',
    );
    return false;
  }
  return true;
}

async function saveFirstToLog(page: Page): Promise<void> {
  await clickSave(page, 0);
  for (let i = 0; i < 50 && !(await readPopover(page, 0)).saveStatus; i++)
    await page.waitForTimeout(100);
}

interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

async function toolbarCount(browser: ExtensionBrowser): Promise<string | null> {
  try {
    return await browser.worker.evaluate(async () => {
      // Runs in the service worker, where `chrome` exists; typed here by hand.
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const [tab] = await chrome.tabs.query({ active: true });
      return tab?.id === undefined
        ? null
        : (await chrome.action.getBadgeText({ tabId: tab.id })) || null;
    });
  } catch {
    return null;
  }
}

export async function runHeadless(
  origin: string,
  outDir: string,
  expected: Set<string>,
): Promise<RunFacts> {
  mkdirSync(outDir, { recursive: true });
  const shot = (name: string): string => join(outDir, name);
  const warnings: string[] = [];
  const screenshots: string[] = [];
  const browser = await launchWithExtension();
  try {
    // Reuse the window's first tab so the toolbar count below reads this one.
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(origin + '/');
    if (!(await waitForMarks(page))) {
      warnings.push(
        `No ad got data-lykt-level within ${MARK_TIMEOUT_MS / 1000} s: the content script did not mark the demo ads.`,
      );
    }
    await page.waitForTimeout(300); // let badges settle after the last batch
    const ads = await readAds(page);
    const toolbar = await toolbarCount(browser);
    // The top 1,500 px of the page: header plus enough ads to show some badges.
    await page.screenshot({
      path: shot('listing.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1200, height: 1500 },
    });
    screenshots.push(shot('listing.png'));
    if (await openPopover(page, warnings)) {
      await page.screenshot({ path: shot('popover.png') });
      screenshots.push(shot('popover.png'));
      await saveFirstToLog(page);
      await page.keyboard.press('Escape');
    }
    const scrolled = await scrollAll(page);
    const log = await browser.context.newPage();
    const res = await log
      .goto(`chrome-extension://${browser.extensionId}/log.html`)
      .catch(() => null);
    if (res && res.ok()) {
      await log.waitForLoadState('networkidle');
      await log.screenshot({ path: shot('log.png') });
      screenshots.push(shot('log.png'));
    } else {
      warnings.push('The extension has no log.html page yet: log.png skipped.');
    }
    return {
      origin,
      ads,
      expected,
      toolbar,
      scrolled,
      screenshots: screenshots.map(tidy),
      warnings,
    };
  } finally {
    await browser.close();
  }
}
