/**
 * Privacy (issue 9): nothing leaves the browser. Every fixture page (../shared/fixtures/pages,
 * served from 127.0.0.1) is loaded in a plain Chromium and in Chromium with Lykt; every request
 * to another host is recorded and aborted (context.route). The saved pages reference CDNs of
 * their own, so the test asserts the two sets of outside requests are identical: Lykt adds none.
 * Then the log is used (save an ad from a popover, open log.html, export JSON), and the service
 * worker's and the extension pages' own resource timings must hold chrome-extension:// URLs only.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeCount, clickSave, openPopover, readPopover } from '../support/badge-access';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { waitMarked } from './content-support';
import { findChromium } from '../support/find-chromium';
import { startServer, type TestServer } from '../support/static-server';

const FIXTURES = resolve('../shared/fixtures/pages');
const PAGES = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
const PLAIN_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOCAL = /^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/;

/** Records and aborts every request that is not local; returns the recorded URLs. */
async function fence(ctx: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL.test(url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  ctx.on('request', (r) => {
    if (!LOCAL.test(r.url()) && !outside.includes(r.url())) outside.push(r.url());
  });
  return outside;
}

async function visit(ctx: BrowserContext, url: string, outside: string[]): Promise<Set<string>> {
  const from = outside.length;
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1_200); // Lykt scans after load; give the page its late requests too
  await page.close();
  return new Set(outside.slice(from));
}

/** URLs a page or worker fetched, from its own resource timing (catches what routing cannot). */
const fetchedBy = (target: Page | ExtensionBrowser['worker']): Promise<string[]> =>
  (target as Page).evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

describe('privacy: Lykt sends nothing anywhere', () => {
  let server: TestServer;
  let b: ExtensionBrowser;
  let plainCtx: BrowserContext;
  const plainDir = mkdtempSync(join(tmpdir(), 'lykt-plain-'));
  let withOut: string[];
  let baseOut: string[];
  beforeAll(async () => {
    const ads = renderListingPage(generateAds(30, { seed: 5 }), { lang: 'en' });
    server = await startServer({ '/ads': ads }, [FIXTURES]);
    b = await launchWithExtension();
    withOut = await fence(b.context);
    // The baseline is launched exactly as launchWithExtension does, only without the extension.
    plainCtx = await chromium.launchPersistentContext(plainDir, {
      executablePath: findChromium(),
      headless: false,
      viewport: { width: 1200, height: 800 },
      args: PLAIN_ARGS,
    });
    baseOut = await fence(plainCtx);
  });
  afterAll(async () => {
    await b?.close();
    await plainCtx?.close();
    rmSync(plainDir, { recursive: true, force: true });
    await server?.close();
  });

  it.each(PAGES)('%s: the same outside requests with and without Lykt', async (file) => {
    const url = `${server.origin}/${file}`;
    const base = await visit(plainCtx, url, baseOut);
    const withLykt = await visit(b.context, url, withOut);
    const added = [...withLykt].filter((u) => !base.has(u));
    expect(added, 'requests only Lykt made').toEqual([]);
    expect(withLykt.size).toBeLessThanOrEqual(base.size);
  });

  it('saving from a popover, the log page and export stay inside the extension', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/ads`, { waitUntil: 'load' });
    // Every ad marked before the click: badges going in move the page, and a click aimed before
    // a move can land beside the badge (CI on a loaded machine, perf45).
    await waitMarked(page, 30);
    await expect.poll(() => badgeCount(page), { timeout: 20_000 }).toBeGreaterThan(0);
    await openPopover(page, 0);
    await clickSave(page, 0);
    await expect.poll(async () => (await readPopover(page, 0)).saveStatus).toMatch(/Lagret|Saved/);
    const log = await b.context.newPage();
    await log.goto(`chrome-extension://${b.extensionId}/log.html`);
    await log.locator('article.entry').first().waitFor();
    const [download] = await Promise.all([
      log.waitForEvent('download'),
      log.getByRole('button', { name: /Eksporter JSON|Export JSON/ }).click(),
    ]);
    expect(download.url()).toMatch(/^(blob:chrome-extension:|data:)/);
    const side = await b.context.newPage();
    await side.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await side.locator('article.entry').first().waitFor();
    for (const p of [log, side])
      expect((await fetchedBy(p)).filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
    expect((await fetchedBy(b.worker)).filter((u) => !u.startsWith('chrome-extension://'))).toEqual(
      [],
    );
    // Nothing outside the page's own CDN references was ever asked for with Lykt loaded.
    expect(withOut.filter((u) => !baseOut.includes(u))).toEqual([]);
  });
});
