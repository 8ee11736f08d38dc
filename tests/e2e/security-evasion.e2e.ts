/**
 * Issue 19, items 9 and 12, in real Chromium with the built extension: Lykt scans and saves
 * what a reader sees. Text a page hides (display:none, visibility, opacity, aria-hidden and
 * clipped) neither flags an ad nor makes it unsaveable; text a reader sees in a same-origin
 * frame, in SVG `<text>` or in a `[hidden]` element that CSS shows is scanned. A cross-origin
 * frame is not read (the content script runs in the top frame only: SECURITY.md says why).
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickSave, findBadge, openBadge, readPopover } from '../support/badge-access';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { EVASION, evasionPage, FRAME_PAGE } from '../support/hardening-pages';
import { startServer, type TestServer } from '../support/static-server';
import { localOnly } from './content-support';

const levels = (page: Page) =>
  page
    .locator('article.listing')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-lykt-level')));
const flagged = (l: string | null) => l === 'medium' || l === 'high';

interface Saved {
  text: string;
  truncated?: boolean;
  indicators: unknown[];
}
/** The log's entries, read in the service worker ([] when there is no log yet). */
const logEntries = (w: Worker) =>
  w.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'lykt-log')) return [];
    return new Promise<Saved[]>((done, fail) => {
      const open = indexedDB.open('lykt-log');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const req = open.result.transaction('entries').objectStore('entries').getAll();
        req.onsuccess = () => done(req.result as Saved[]);
        req.onerror = () => fail(req.error);
      };
    });
  });

describe('security: Lykt reads what a reader sees (issue 19.9, 19.12)', () => {
  let b: ExtensionBrowser;
  let server: TestServer;
  let page: Page;
  beforeAll(async () => {
    server = await startServer({ '/evasion': evasionPage(), '/frame': FRAME_PAGE });
    b = await launchWithExtension();
    await localOnly(b);
    page = await b.context.newPage();
    await page.goto(server.origin + '/evasion');
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('flags the phrase where a reader sees it, and only there', async () => {
    const want = EVASION.map(([, seen]) => seen).concat([false]);
    await expect
      .poll(async () => (await levels(page)).map(flagged), { timeout: 20_000 })
      .toEqual(want);
    const got = await levels(page);
    console.log(EVASION.map(([what], i) => `${what}: ${got[i]}`).join('\n'));
  });

  it('saves an ad padded with hidden filler, and cuts an ad over the log’s size, saying so', async () => {
    const save = async (ad: number) => {
      // Badges go into the page in batched commits (#19.14): wait for this one.
      const scope = `article.listing:nth-of-type(${ad + 1})`;
      await expect
        .poll(() => findBadge(page, scope), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(0);
      const i = await findBadge(page, scope);
      await openBadge(page, i);
      await clickSave(page, i);
      await expect
        .poll(async () => (await readPopover(page, i)).saveStatus, { timeout: 10_000 })
        .toMatch(/^(Saved|Lagret)/);
      const status = (await readPopover(page, i)).saveStatus;
      await page.keyboard.press('Escape');
      return status;
    };
    expect(await save(9)).not.toMatch(/shortened|forkortet/);
    expect(await save(10)).toMatch(/shortened|forkortet/);
    const saved = await logEntries(b.worker);
    const padded = saved.find((e) => !e.truncated)!;
    const long = saved.find((e) => e.truncated)!;
    expect(padded.text).not.toMatch(/teen|lorem/);
    expect(padded.text.length).toBeLessThan(2000);
    expect(long.text).toHaveLength(20_000);
    console.log(`saved: ${padded.text.length} characters; cut: ${long.text.length}, truncated`);
  });
});
