import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeCount, inBadge, openBadge, readPopover } from '../support/badge-access';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { HOSTILE, HOSTILE_ADS as ads } from '../support/hostile-page';
import { startServer, type TestServer } from '../support/static-server';
import { localOnly, waitMarked } from './content-support';
import { SHOTS_DIR } from '../screenshots/dir';

const SHOTS = SHOTS_DIR;

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
