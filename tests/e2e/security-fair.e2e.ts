/**
 * Issue 19, item 6, in real Chromium with the built extension: one tab full of huge ads must
 * not stall the service worker for the others. Before: the background scanned each batch in
 * one go (100 ads of 99,000 characters at a time, with nothing else served), so a normal
 * tab opened meanwhile waited for all of it. Now the tabs take turns (background/scan-turns.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { floodPage, normalPage } from '../support/hardening-pages';
import { lyktStats, type LyktStats } from '../support/security-perf';
import { startServer, type TestServer } from '../support/static-server';
import { localOnly } from './content-support';

interface Stats extends LyktStats {
  timing: { batches: number; texts: number; localTexts: number };
}

const FLOOD = 400;
/** Generous for a loaded 2-core machine; the old behaviour took 8 s and more here (400 ads of 99,000 characters). */
const BOUND_MS = 5000;

const marked = (page: Page) =>
  page
    .locator('article.listing')
    .evaluateAll((els) => els.filter((e) => e.hasAttribute('data-lykt-level')).length);

/** Opens the normal page and returns the ms from navigation to all 12 ads marked. */
async function timeNormal(b: ExtensionBrowser, url: string): Promise<number> {
  const page = await b.context.newPage();
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await expect.poll(() => marked(page), { timeout: 60_000, interval: 50 }).toBe(12);
  const ms = Date.now() - t0;
  await page.close();
  return ms;
}

describe('security: one tab cannot stall the background for the others', () => {
  let b: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ '/flood': floodPage(FLOOD), '/normal': normalPage() });
    b = await launchWithExtension();
    await localOnly(b);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it(`a normal tab is marked in under ${BOUND_MS} ms while a tab of ${FLOOD} ads of 99,000 characters waits`, async () => {
    const alone = await timeNormal(b, server.origin + '/normal');
    const flood = await b.context.newPage();
    await flood.goto(server.origin + '/flood', { waitUntil: 'domcontentloaded' });
    // Every batch of the flood is on its way to the background before the normal tab opens.
    await expect
      .poll(async () => (await lyktStats<Stats>(flood))?.timing.texts ?? 0, { timeout: 60_000 })
      .toBe(FLOOD);
    const during = await timeNormal(b, server.origin + '/normal');
    const floodDone = await marked(flood);
    console.log(
      `normal tab: ${alone} ms alone, ${during} ms during the flood; flood marked then: ${floodDone}/${FLOOD}`,
    );
    expect(during).toBeLessThan(BOUND_MS);
    // The flood was still being scanned: the normal tab really had to share the worker.
    expect(floodDone).toBeLessThan(FLOOD);
    // And the flood itself still finishes, all in the background.
    await expect.poll(() => marked(flood), { timeout: 120_000 }).toBe(FLOOD);
    expect((await lyktStats<Stats>(flood))!.timing.localTexts).toBe(0);
    await flood.close();
  }, 240_000);
});
