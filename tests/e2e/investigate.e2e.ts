/**
 * Issue 18 (page side), in real Chromium with the built extension, on a real saved page
 * (backpage listing, served from 127.0.0.1, the indicator sentence planted in 3 of its ads):
 * "Add to investigation" from a badge's popover, then "Add all N ads on this page" from the
 * popup (every scanned ad, level none too), checked in the extension's real IndexedDB; undo.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeBadge, clickIn, inBadge, openBadge, readPopover } from '../support/badge-access';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import {
  KEEP_NAMES_SHIM,
  levelsInPage,
  loadTruths,
  plantPage,
  untilQuiet,
} from '../support/page-truth';
import { startServer, type TestServer } from '../support/static-server';
import { shotPath } from '../screenshots/dir';
import { localOnly, patchSettings } from './content-support';
import { axeViolations } from './pages-axe';

const DIR = resolve('../shared/fixtures/pages');
const FILE = 'backpage-listing-1.html';

interface Row {
  id: string;
  level: string;
  note: string;
  site: string;
  investigations?: string[];
}

/** Every entry of the log, read from the extension's own IndexedDB (an extension page). */
const entries = (ext: Page) =>
  ext.evaluate(
    () =>
      new Promise<Row[]>((done, fail) => {
        const open = indexedDB.open('lykt-log');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onsuccess = () => {
            open.result.close();
            done(all.result as Row[]);
          };
        };
      }),
  );

/** The user writes a note on an entry (what the log page's note field stores). */
const writeNote = (ext: Page, id: string, note: string) =>
  ext.evaluate(
    ([id, note]) =>
      new Promise<void>((done) => {
        const open = indexedDB.open('lykt-log');
        open.onsuccess = () => {
          const tx = open.result.transaction('entries', 'readwrite');
          const store = tx.objectStore('entries');
          const get = store.get(id);
          get.onsuccess = () => store.put({ ...get.result, note });
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
        };
      }),
    [id, note] as const,
  );

describe('add to investigation, on a real saved page (issue 18)', () => {
  let b: ExtensionBrowser;
  let site: TestServer;
  let ads: Page;
  let ext: Page;
  let scanned = 0;
  beforeAll(async () => {
    const truth = loadTruths(DIR).find((t) => t.file === FILE)!;
    site = await startServer({
      [`/${FILE}`]: plantPage(readFileSync(resolve(DIR, FILE), 'utf8'), truth),
    });
    b = await launchWithExtension();
    await localOnly(b);
    await b.context.addInitScript(KEEP_NAMES_SHIM);
    await patchSettings(b.worker, { uiLang: 'en' });
    ext = await b.context.newPage();
    await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
    ads = await b.context.newPage();
    await ads.setViewportSize({ width: 1000, height: 800 });
    await ads.goto(`${site.origin}/${FILE}`, { waitUntil: 'domcontentloaded' });
    await untilQuiet(() => ads.evaluate(levelsInPage));
    scanned = (await ads.evaluate(levelsInPage)).split(',').length;
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('the popover adds its ad to a named investigation, by trusted click and Enter', async () => {
    const levels = (await ads.evaluate(levelsInPage)).split(',');
    expect(levels.filter((l) => l === 'high' || l === 'medium').length).toBe(3);
    expect(levels.filter((l) => l === 'none').length).toBeGreaterThan(10);
    await openBadge(ads, 0);
    await expect.poll(async () => (await readPopover(ads, 0)).open).toBe(true);
    await clickIn(ads, 0, '[role="dialog"] button.lykt-invest-open');
    // The name field takes the focus as it opens.
    await expect
      .poll(() => inBadge(ads, 0, (root) => root.activeElement?.id ?? ''))
      .toBe('lykt-in');
    await ads.keyboard.type('Case Backpage');
    await ads.keyboard.press('Enter');
    await expect
      .poll(async () => (await readPopover(ads, 0)).text)
      .toContain('Added to \u2068Case Backpage\u2069.');
    expect(await axeBadge(ads, 0)).toEqual([]);
    await ads.screenshot({ path: shotPath('popover-investigate.png') });
    const rows = await entries(ext);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ site: '127.0.0.1', investigations: ['Case Backpage'] });
    expect(['medium', 'high']).toContain(rows[0]!.level);
    await writeNote(ext, rows[0]!.id, 'Same phone as the Oslo ads');
    await ads.keyboard.press('Escape');
  });

  it('the popup adds every scanned ad (level none too), merges the saved one, and undoes', async () => {
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await ads.bringToFront();
    const add = popup.locator('form.investigate button[type=submit]');
    await expect
      .poll(async () => {
        await popup.reload();
        await popup.locator('h2#page-h').waitFor();
        return add.count();
      })
      .toBe(1);
    expect(await add.innerText()).toBe(`Add all ${scanned} ads on this page to the investigation`);
    const name = popup.getByLabel('Investigation');
    // The last name used is filled in; the names in the log are offered.
    await expect.poll(() => name.inputValue()).toBe('Case Backpage');
    expect(
      await popup
        .locator('#invest-names option')
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toEqual(['Case Backpage']);
    await name.fill('Template network');
    await name.press('Enter');
    const status = popup.locator('form.investigate [role=status]');
    await expect
      .poll(() => status.innerText())
      .toMatch(/^Added \d+ new to \u2068Template network\u2069\. 1 already saved got the name/);
    const rows = await entries(ext);
    const added = Number(/Added (\d+) new/.exec(await status.innerText())![1]);
    expect(rows).toHaveLength(added + 1);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.investigations?.includes('Template network'))).toBe(true);
    expect(new Set(rows.map((r) => r.level))).toContain('none');
    const kept = rows.find((r) => r.note !== '')!;
    expect(kept).toMatchObject({
      note: 'Same phone as the Oslo ads',
      investigations: ['Case Backpage', 'Template network'],
    });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: shotPath('popup-investigate.png'), fullPage: true });

    // Undo by keyboard: the new entries go, the saved one keeps its note and first name.
    await popup.getByRole('button', { name: 'Undo' }).focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => status.innerText())
      .toBe('Undone: \u2068Template network\u2069 is as it was.');
    expect(await entries(ext)).toEqual([{ ...kept, investigations: ['Case Backpage'] }]);
    await popup.close();
  });
});
