import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { adTextHash } from '../../settings/dismissed';
import { shotPath } from '../screenshots/dir';
import { axeViolations } from './pages-axe';

// The popup's "save all flagged" through the real background, the demo page's content script
// and real IndexedDB; "not a concern" entries listed and taken back on the options page.
declare const chrome: {
  storage: {
    local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> };
  };
};

describe('popup: save all flagged ads; options: not a concern', () => {
  let b: ExtensionBrowser;
  let site: DemoServer;
  let url: (p: string) => string;
  beforeAll(async () => {
    b = await launchWithExtension();
    site = await startDemoServer({ port: 0 });
    url = (p) => `chrome-extension://${b.extensionId}/${p}`;
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  const logCount = async (log: Page) => {
    await log.reload();
    await log.locator('main h1').waitFor();
    // The entries come from IndexedDB after the first paint: wait for the list or the empty note.
    await log.locator('article.entry, p.empty').first().waitFor();
    return log.locator('article.entry').count();
  };

  it('saves every flagged ad of the page once, says how many, and undoes by keyboard', async () => {
    const ads = await b.context.newPage();
    await ads.goto(`${site.origin}/`);
    await ads.locator('[data-lykt-level=high]').first().waitFor();
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(url('popup.html'));
    await ads.bringToFront();
    const save = popup.locator('.save-flagged > button');
    await expect
      .poll(async () => {
        await popup.reload();
        await popup.locator('h2#page-h').waitFor();
        return save.count();
      })
      .toBe(1);
    const flagged = Number(await popup.locator('[data-testid=flagged]').innerText());
    const onPage = await ads.locator('[data-lykt-level=high], [data-lykt-level=medium]').count();
    expect(flagged).toBe(onPage);
    expect(flagged).toBeGreaterThan(1);
    expect(await save.innerText()).toBe(`Save all ${flagged} flagged ads on this page`);

    await save.focus();
    await popup.keyboard.press('Enter');
    const status = popup.locator('.save-flagged [role=status]');
    await expect.poll(() => status.innerText()).toBe(`Saved ${flagged} new to the log.\nUndo`);
    const log = await b.context.newPage();
    await log.goto(url('log.html'));
    expect(await logCount(log)).toBe(flagged);
    const sites = await log.locator('article.entry').allInnerTexts();
    expect(sites.every((t) => t.includes('127.0.0.1'))).toBe(true);
    // The log page with entries in the dark theme (log/ui/log.css colours through base.css).
    await log.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(log)).toEqual([]);
    await log.setViewportSize({ width: 1000, height: 900 });
    await log.screenshot({ path: shotPath('log-dark.png') });
    await log.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: shotPath('popup-save-flagged.png'), fullPage: true });

    // Keyboard: Tab from the save button reaches Undo.
    await save.focus();
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await popup.keyboard.press('Enter');
    await expect.poll(() => status.innerText()).toBe(`Removed ${flagged} from the log again.`);
    expect(await logCount(log)).toBe(0);

    // Twice in a row: the second adds nothing and leaves the first's entries alone.
    await save.click();
    await expect.poll(() => status.innerText()).toMatch(/^Saved \d+ new/);
    await save.click();
    await expect
      .poll(() => status.innerText())
      .toBe(`Saved 0 new to the log. ${flagged} were already there.`);
    expect(await logCount(log)).toBe(flagged);

    // An ad marked "not a concern here" on this site is left out (the log emptied first).
    const texts = await log.evaluate(
      () =>
        new Promise<string[]>((done) => {
          const open = indexedDB.open('lykt-log');
          open.onsuccess = () => {
            const store = open.result.transaction('entries', 'readwrite').objectStore('entries');
            const all = store.getAll();
            all.onsuccess = () => {
              store.clear();
              done((all.result as { text: string }[]).map((e) => e.text));
            };
          };
        }),
    );
    expect(texts.length).toBe(flagged);
    const hash = adTextHash(texts[0]!);
    await b.worker.evaluate(
      (hash) =>
        chrome.storage.local.set({
          dismissed: [{ kind: 'ad', site: '127.0.0.1', hash, title: 'x', at: 1 }],
        }),
      hash,
    );
    await save.click();
    await expect
      .poll(() => status.innerText())
      .toBe(
        `Saved ${flagged - 1} new to the log. 1 marked “not a concern here” were left out.\nUndo`,
      );
    expect(await logCount(log)).toBe(flagged - 1);
    await b.worker.evaluate(() => chrome.storage.local.set({ dismissed: [] }));
    for (const p of [ads, popup, log]) await p.close();
  });

  it('options lists "not a concern" per site; each can be taken back and put back', async () => {
    const at = Date.now();
    await b.worker.evaluate(
      (at) =>
        chrome.storage.local.set({
          dismissed: [
            {
              kind: 'ad',
              site: 'b.example',
              hash: 'abc123',
              title: 'Thai massage, city centre',
              at,
            },
            { kind: 'term', site: 'a.example', term: 'tantric', at },
            { kind: 'term', site: 'b.example', term: 'new in town', at },
          ],
        }),
      at,
    );
    const page = await b.context.newPage();
    await page.goto(url('options.html'));
    const box = page.locator('.not-a-concern');
    await box.locator('h3').first().waitFor();
    expect(await box.locator('h3').allInnerTexts()).toEqual(['a.example', 'b.example']);
    expect(await box.locator('li span').allInnerTexts()).toEqual([
      'The word “tantric”',
      'Ad: Thai massage, city centre',
      'The word “new in town”',
    ]);
    const back = page.getByRole('button', { name: 'Flag again: The word “tantric” on a.example' });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => box.locator('h3').allInnerTexts()).toEqual(['b.example']);
    const status = box.getByRole('status');
    expect(await status.innerText()).toBe(
      'The word “tantric” is flagged again on a.example.\nUndo',
    );
    let stored = await b.worker.evaluate(() => chrome.storage.local.get('dismissed'));
    expect((stored.dismissed as unknown[]).length).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await status.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => box.locator('h3').allInnerTexts()).toEqual(['a.example', 'b.example']);
    stored = await b.worker.evaluate(() => chrome.storage.local.get('dismissed'));
    expect((stored.dismissed as unknown[]).length).toBe(3);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#dismissed-h').scrollIntoViewIfNeeded();
    await page.setViewportSize({ width: 800, height: 420 });
    await page.locator('#dismissed-h').evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: shotPath('options-not-a-concern-dark.png') });
  });
});
