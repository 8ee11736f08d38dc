import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { startServer, type TestServer } from '../support/static-server';
import { axeViolations } from './pages-axe';
import { shotPath } from '../screenshots/dir';

// "Save to log" as the content script sends it: a saveToLog message through the real
// background (registerLogHandlers) into real IndexedDB, while the log page is open.
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const AD = {
  url: 'https://ads.example/ad/1',
  site: 'ads.example',
  title: 'New girls every week',
  text: 'New girls every week. Call +4791234567',
  context: 'escort',
  level: 'medium',
  score: 4,
  indicators: [
    {
      category: 'third-party',
      term: 'new girls every week',
      match: 'New girls every week',
      start: 0,
      end: 20,
      weight: 3,
    },
  ],
  contacts: [{ type: 'phone', value: '+4791234567', start: 27, end: 38 }],
};

/** Sends one message in @webext-core/messaging's format and returns its `res`. */
const send = (page: Page, type: string, data: unknown) =>
  page.evaluate(
    async ([type, data]) =>
      (
        (await chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() })) as {
          res: unknown;
        }
      ).res,
    [type, data] as const,
  );

describe('saveToLog through the background', () => {
  let b: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    b = await launchWithExtension();
    server = await startServer({}, [resolve('../shared/fixtures/pages')]);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('saves, shows it live in the open log, re-saves without duplicating, refuses malformed', async () => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/log.html`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.log .empty').waitFor();

    const first = (await send(page, 'saveToLog', AD)) as { ok: boolean; entry: { id: string } };
    expect(first.ok).toBe(true);
    await expect.poll(() => page.locator('article.entry').count()).toBe(1);

    const entry = page.locator('article.entry');
    await entry.getByLabel('Note').fill('Checked by moderator');
    await entry.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => entry.getByRole('status').innerText()).toBe('Note saved.');

    const again = (await send(page, 'saveToLog', { ...AD, level: 'high', score: 7 })) as {
      ok: boolean;
      entry: { id: string; note: string; level: string };
    };
    expect(again).toMatchObject({
      ok: true,
      entry: { id: first.entry.id, note: 'Checked by moderator', level: 'high' },
    });
    await expect.poll(() => page.locator('article.entry .level').innerText()).toBe('high');
    expect(await page.locator('article.entry').count()).toBe(1);

    expect(await send(page, 'saveToLog', { ...AD, url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      error: 'Refused: url must be http or https',
    });
    // Over-long text is saved cut (issue 19.9, background/save-fit.ts); empty is refused.
    expect(await send(page, 'saveToLog', { ...AD, text: '' })).toEqual({
      ok: false,
      error: 'Refused: text missing, empty or too long',
    });
    expect(await page.locator('article.entry').count()).toBe(1);

    await entry.getByRole('button', { name: 'Delete' }).click();
    await entry.getByRole('button', { name: 'Yes, delete from the log' }).click();
    await page.locator('.log .empty').waitFor();
    await page.reload();
    await page.locator('.log .empty').waitFor();
  });

  it("popup: shows the scanned page's summary and pauses the site", async () => {
    const ad = await b.context.newPage();
    await ad.goto(server.origin + '/backpage-escortdetail-1.html');
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    // The popup asks about the active tab: make the ad page active, then load the popup again.
    await ad.bringToFront();
    await expect
      .poll(async () => {
        await popup.reload();
        await popup.locator('h2#page-h').waitFor();
        return popup.locator('[data-testid=scanned]').count();
      })
      .toBe(1);
    expect(Number(await popup.locator('[data-testid=scanned]').innerText())).toBeGreaterThan(0);
    const pause = popup.locator('button.pause');
    expect(await pause.innerText()).toMatch(/127\.0\.0\.1/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: shotPath('popup-summary.png'), fullPage: true });
    await pause.click();
    await expect.poll(() => pause.getAttribute('aria-pressed')).toBe('true');
    const stored = await b.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: { get(k: string): Promise<{ settings?: { pausedSites: string[] } }> };
            };
          };
        }
      ).chrome.storage.local.get('settings'),
    );
    expect(stored.settings?.pausedSites).toEqual(['127.0.0.1']);
  });
});
