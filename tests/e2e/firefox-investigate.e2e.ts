/**
 * Issue 18 (page side) in real Firefox ESR with the built firefox-mv2 extension: the popover's
 * "Add to investigation" on a real saved page (backpage listing, indicator sentence planted),
 * by trusted BiDi input, answered by the real background and its IndexedDB. (BiDi cannot reach
 * moz-extension:// pages, so the popup's path is checked in Chromium: investigate.e2e.ts.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickIn,
  inBadge,
  launchFirefox,
  openBadge,
  readPopover,
  type FirefoxWithExtension,
} from '../support/firefox-browser';
import { levelsInPage, loadTruths, plantPage, untilQuiet } from '../support/page-truth';
import { startServer, type TestServer } from '../support/static-server';

const DIR = resolve('../shared/fixtures/pages');
const FILE = 'backpage-listing-1.html';

describe('Firefox ESR: add to investigation from the popover (issue 18)', () => {
  let ff: FirefoxWithExtension;
  let server: TestServer;
  beforeAll(async () => {
    const truth = loadTruths(DIR).find((t) => t.file === FILE)!;
    server = await startServer({
      [`/${FILE}`]: plantPage(readFileSync(resolve(DIR, FILE), 'utf8'), truth),
    });
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('adds the ad twice: first saved into the investigation, then already in it', async () => {
    const page = await ff.newPage();
    await page.goto(`${server.origin}/${FILE}`, { waitUntil: 'domcontentloaded' });
    await untilQuiet(() => page.evaluate(levelsInPage));
    await openBadge(page, 0);
    await expect.poll(async () => (await readPopover(page, 0)).open).toBe(true);
    await clickIn(page, 0, '[role="dialog"] button.lykt-invest-open');
    // The name field takes the focus as it opens.
    await expect
      .poll(() => inBadge(page, 0, (root) => root.activeElement?.id ?? ''))
      .toBe('lykt-in');
    await page.keyboard.type('Case Firefox');
    await page.keyboard.press('Enter');
    const status = async () => (await readPopover(page, 0)).saveStatus;
    await expect.poll(status).toMatch(/^(Added to|Lagt til i) \u2068Case Firefox\u2069\.$/);
    await page.keyboard.press('Enter');
    await expect.poll(status).toMatch(/^(Already in|Allerede i) \u2068Case Firefox\u2069\.$/);
  });
});
