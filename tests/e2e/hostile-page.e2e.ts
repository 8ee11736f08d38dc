import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAds } from '../../demo/generate';
import { renderAdsFragment } from '../../demo/render';
import { badgeCount, inBadge, openBadge, readPopover } from '../support/badge-access';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { startServer, type TestServer } from '../support/static-server';
import { localOnly, waitMarked } from './content-support';
import { SHOTS_DIR } from '../screenshots/dir';

const SHOTS = SHOTS_DIR;

// A page that fights every style it can: unset everything, 5px rem, a giant fixed overlay.
const ads = generateAds(40, { seed: 3 })
  .filter((a) => a.expectFlag)
  .slice(0, 6);
const HOSTILE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Hostile</title><style>
* { all: unset !important; }
html { font-size: 5px !important; }
style, script, head, title { display: none !important; }
body, section, article, h2, p { display: block !important; }
body { font-family: serif !important; padding: 2rem !important; background: #efe !important; }
article { margin: 8px 0 !important; z-index: 2147483647 !important; position: relative !important; transform: translateZ(0) !important; overflow: hidden !important; }
h2 { font-size: 3rem !important; }
#cover { position: fixed !important; left: 0 !important; top: 140px !important; width: 100% !important; height: 260px !important;
  background: rgba(200, 0, 200, 0.35) !important; z-index: 2147483647 !important; display: block !important; }
</style></head><body><div id="cover"></div><h1>Hostile host page</h1><section id="listings">${renderAdsFragment(ads)}</section></body></html>`;

describe('a hostile host page', () => {
  let b: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ '/hostile': HOSTILE });
    b = await launchWithExtension();
    await localOnly(b);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('leaves the badge and the popover readable and usable', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + '/hostile', { waitUntil: 'domcontentloaded' });
    await waitMarked(page, ads.length);
    await expect.poll(() => badgeCount(page)).toBeGreaterThan(0);
    const badge = await inBadge(page, 0, (root) => {
      const el = root.querySelector('button.lykt-badge')!;
      return { height: el.getBoundingClientRect().height, fontSize: getComputedStyle(el).fontSize };
    });
    // px sizes, not rem: still a normal-sized pill on a 5px-rem page.
    expect(badge.height).toBeGreaterThanOrEqual(20);
    expect(badge.fontSize).toBe('13px');
    await openBadge(page, 0);
    await expect.poll(async () => (await readPopover(page, 0)).cards).toBeGreaterThan(0);
    const d = await inBadge(page, 0, (root) => {
      const r = root.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    expect(d.width).toBeGreaterThan(250);
    expect(d.height).toBeGreaterThan(150);
    // Top layer: the element at the dialog's centre is the dialog (or inside it), not the cover.
    const onTop = await inBadge(
      page,
      0,
      (root, [x, y]) => !!root.elementFromPoint(x!, y!)?.closest('[role="dialog"]'),
      [d.x + d.width - 20, d.y + 40],
    );
    expect(onTop).toBe(true);
    await page.screenshot({ path: resolve(SHOTS, 'hostile-page.png') });
    const saveHeight = await inBadge(page, 0, (root) => {
      const save = root.querySelector<HTMLElement>('[role="dialog"] button.lykt-save')!;
      save.focus();
      return save.getBoundingClientRect().height;
    });
    expect(saveHeight).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page, 0)).open).toBe(false);
  });
});
