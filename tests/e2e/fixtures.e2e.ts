import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeCount, openBadge, readPopover } from '../support/badge-access';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { startServer, type TestServer } from '../support/static-server';
import { localOnly, waitMarked } from './content-support';
import { SHOTS_DIR } from '../screenshots/dir';

const SHOTS = SHOTS_DIR;

const PAGES = resolve('../shared/fixtures/pages');

// Ads per page (SOURCES.md); the adult-section pages carry real indicator language.
const BENIGN: [string, number][] = [
  ['finn-joblist-1.html', 51],
  ['finn-jobdetail-1.html', 1],
  ['navno-joblist-1.html', 25],
  ['navno-jobdetail-1.html', 1],
  ['finn-detail-1.html', 1],
  ['finn-detail-2.html', 1],
  ['craigslist-listing-1.html', 120],
  ['craigslist-detail-1.html', 1],
  ['backpage-listing-1.html', 100],
];

describe('the saved pages, served from 127.0.0.1, in real Chromium', () => {
  let b: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({}, [PAGES]);
    b = await launchWithExtension();
    await localOnly(b);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it.each(BENIGN)('%s: all %i ads marked, none at medium or above', async (file, count) => {
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/${file}`, { waitUntil: 'domcontentloaded' });
    const levels = await waitMarked(page, count);
    expect(levels.length).toBe(count);
    expect(levels.filter((l) => l === 'medium' || l === 'high')).toEqual([]);
    expect(await badgeCount(page)).toBe(0);
    await page.close();
  });

  // Levels as the engine weighs each ad's language (DESIGN.md: independent sellers are not
  // stigmatised): a massage parlour with "Beautiful Asian Girls", "YOUNG & PETITE", "new girls"
  // is high; a one-woman ad with "100% REAL PICSS" and "INCALLLSSSSS ONLYYYYYY" (issue 12's own
  // spelling) is medium by the labels' rule, a clear restriction beside trust language (detect27);
  // the male escort ad has no indicator language.
  it.each([
    ['backpage-escortdetail-1.html', ['high'], 1],
    ['backpage-escortdetail-2.html', ['medium'], 1],
    ['backpage-escortdetail-3.html', ['none', 'low'], 0],
  ])(
    '%s is marked %j, with %i badge(s) and its words highlighted',
    async (file, levels, badges) => {
      const page = await b.context.newPage();
      await page.goto(`${server.origin}/${file}`, { waitUntil: 'domcontentloaded' });
      const [level] = await waitMarked(page, 1);
      expect(levels).toContain(level);
      await expect.poll(() => badgeCount(page)).toBe(badges);
      // Highlights land in a later frame than the mark on a loaded machine: poll for them.
      const marked = () =>
        page.evaluate(
          (l) => (CSS.highlights.get(`lykt-${l}`) as Highlight | undefined)?.size ?? 0,
          level!,
        );
      await expect.poll(async () => (await marked()) > 0).toBe(level !== 'none');
      await page.close();
    },
  );

  it('shows the flagged ad with highlights and its open popover (screenshot)', async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(`${server.origin}/backpage-escortdetail-1.html`, {
      waitUntil: 'domcontentloaded',
    });
    await waitMarked(page, 1);
    await page.screenshot({ path: resolve(SHOTS, 'fixture-flagged.png') });
    await openBadge(page, 0);
    await expect.poll(async () => (await readPopover(page, 0)).cards).toBeGreaterThan(0);
    expect((await readPopover(page, 0)).indicators).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: resolve(SHOTS, 'popover.png') });
    await page.close();
  });
});
