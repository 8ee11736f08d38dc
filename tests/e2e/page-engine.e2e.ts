/**
 * Issue 5: the page's fallback engine is not in the content script but in its own module
 * (page-engine.js), imported only when a page must scan by itself. In real Chromium with the
 * built extension: a page the background answers never loads it; a page whose batches the
 * background refuses (a URL over 4,096 characters fails its scanAds check) loads it and marks
 * every ad exactly as the background's engine does.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { lyktStats, type LyktStats } from '../support/security-perf';
import { startServer, type TestServer } from '../support/static-server';
import { fetchStatus, localOnly } from './content-support';

interface Stats extends LyktStats {
  timing: { texts: number; localTexts: number; failedBatches: number };
}

const N = 60;
const ADS = generateAds(N, { seed: 11 });

const levels = (page: Page) =>
  page
    .locator('article.listing')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-lykt-level')));

/** Records the extension files a page requests (the content script's imports among them). */
async function extensionRequests(page: Page): Promise<string[]> {
  const files: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => {
    if (e.request.url.startsWith('chrome-extension:')) files.push(e.request.url.split('/').pop()!);
  });
  await cdp.send('Network.enable');
  return files;
}

async function load(page: Page, url: string): Promise<(string | null)[]> {
  await page.goto(url);
  await expect
    .poll(async () => (await levels(page)).filter((l) => l !== null).length, { timeout: 30_000 })
    .toBe(N);
  return levels(page);
}

describe("the page's fallback engine, a lazy module", () => {
  let b: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ '/': renderListingPage(ADS, { lang: 'nb' }) });
    b = await launchWithExtension();
    await localOnly(b);
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('is not loaded when the background answers, and marks the same levels when it must be', async () => {
    const page = await b.context.newPage();
    const files = await extensionRequests(page);
    const answered = await load(page, server.origin + '/');
    const before = (await lyktStats<Stats>(page))!;
    expect(before.timing).toMatchObject({ texts: N, localTexts: 0, failedBatches: 0 });
    expect(files).not.toContain('page-engine.js');
    expect(answered.filter((l) => l === 'medium' || l === 'high').length).toBeGreaterThan(3);

    const alone = await b.context.newPage();
    const aloneFiles = await extensionRequests(alone);
    await load(alone, `${server.origin}/?q=${'x'.repeat(5000)}`);
    const after = (await lyktStats<Stats>(alone))!;
    expect(after.timing.localTexts).toBe(N);
    expect(after.timing.failedBatches).toBeGreaterThan(0);
    expect(aloneFiles).toContain('page-engine.js');
    // Polled together: a late shared contact can still raise an earlier ad's level in either.
    const same = async () =>
      JSON.stringify(await levels(alone)) === JSON.stringify(await levels(page));
    await expect.poll(same, { timeout: 10_000 }).toBe(true);
    await alone.close();
    await page.close();
  }, 90_000);

  it('the page cannot fetch the module by the extension id (per-session URL only)', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + '/');
    const url = `chrome-extension://${b.extensionId}/page-engine.js`;
    expect(await fetchStatus(page, url)).not.toBe(200);
    await page.close();
  });
});
