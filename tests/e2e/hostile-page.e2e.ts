import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAds } from '../../demo/generate';
import { renderAdsFragment } from '../../demo/render';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { startServer, type TestServer } from '../support/static-server';
import { localOnly, waitMarked } from './content-support';

const SHOTS = resolve('docs/screenshots');

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
    const badge = page.locator('lykt-badge button.lykt-badge').first();
    await expect.poll(() => page.locator('lykt-badge').count()).toBeGreaterThan(0);
    const box = (await badge.boundingBox())!;
    // px sizes, not rem: still a normal-sized pill on a 5px-rem page.
    expect(box.height).toBeGreaterThanOrEqual(20);
    expect(await badge.evaluate((el) => getComputedStyle(el).fontSize)).toBe('13px');
    await badge.click();
    const dialog = page.locator('lykt-badge [role="dialog"]');
    await expect.poll(() => dialog.locator('.lykt-card').count()).toBeGreaterThan(0);
    const d = (await dialog.boundingBox())!;
    expect(d.width).toBeGreaterThan(250);
    expect(d.height).toBeGreaterThan(150);
    // Top layer: the element at the dialog's centre is the dialog (or inside it), not the cover.
    const onTop = await page.evaluate(
      ([x, y]) => {
        let el: Element | null = document.elementFromPoint(x!, y!);
        while (el?.shadowRoot) {
          const inner: Element | null = el.shadowRoot.elementFromPoint(x!, y!);
          if (!inner || inner === el) break;
          el = inner;
        }
        return !!el?.closest('[role="dialog"]');
      },
      [d.x + d.width - 20, d.y + 40],
    );
    expect(onTop).toBe(true);
    await page.screenshot({ path: resolve(SHOTS, 'hostile-page.png') });
    await dialog.locator('button.lykt-save').focus();
    expect(
      await dialog.locator('button.lykt-save').evaluate((el) => el.getBoundingClientRect().height),
    ).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
