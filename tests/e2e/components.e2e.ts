import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_IDS, CARD_LANGS } from '../../cards/types';
import { buildHarness } from '../support/bundle-harness';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer, type TestServer } from '../support/static-server';
import { SHOTS_DIR } from '../screenshots/dir';

const SHOTS = SHOTS_DIR;
const AXE = resolve('node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: unknown[] }[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

describe('shared components in real Chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let dir: string;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lykt-harness-'));
    await buildHarness(dir);
    server = await startServer({}, [dir]);
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    });
    page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    await page.goto(`${server.origin}/index.html`);
    await page.waitForSelector('body[data-ready="1"]');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme} mode, popover open, and screenshots every card`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      // Tall enough that the whole popover (indicator list + card tabs) is in the screenshot.
      await page.setViewportSize({ width: 900, height: 2400 });
      await page.locator('#popover-en .lykt-badge').click();
      await expect.poll(() => page.locator('#popover-en [role=dialog]').count()).toBe(1);
      const violations = await axe(page);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      await page
        .locator('#popover-en [role=dialog]')
        .screenshot({ path: join(SHOTS, `card-popover-en-${scheme}.png`) });
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 900, height: 800 });
      for (const lang of CARD_LANGS) {
        for (const id of CARD_IDS) {
          await page
            .locator(`#card-${id}-${lang}`)
            .screenshot({ path: join(SHOTS, `card-${id}-${lang}-${scheme}.png`) });
        }
      }
      await page
        .locator('#indicators-nb')
        .screenshot({ path: join(SHOTS, `card-indicators-nb-${scheme}.png`) });
      await page
        .locator('#badges-en')
        .screenshot({ path: join(SHOTS, `card-badges-en-${scheme}.png`) });
    });
  }

  it('popover: opens with focus inside, traps Tab, closes on Escape with focus back on the badge', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    const badge = page.locator('#popover-nb .lykt-badge');
    await badge.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('#popover-nb [role=dialog]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    const focusedClass = () =>
      page.evaluate(
        () => document.getElementById('popover-nb')!.shadowRoot!.activeElement?.className ?? '',
      );
    expect(await focusedClass()).toBe('lykt-popover');
    // Stays on screen.
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(900);
    await page.keyboard.press('Shift+Tab');
    expect(
      await dialog.evaluate((d) =>
        d.contains(
          d.getRootNode() instanceof ShadowRoot
            ? (d.getRootNode() as ShadowRoot).activeElement
            : null,
        ),
      ),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focusedClass()).toBe('lykt-badge');
    // Outside click closes too.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(1);
    await page.mouse.click(880, 10);
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('tabs: arrow keys move selection and focus', async () => {
    const tabs = page.locator('#tabs-en [role=tab]');
    await tabs.nth(0).focus();
    await page.keyboard.press('ArrowRight');
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await tabs.nth(2).getAttribute('aria-selected')).toBe('true');
    const focused = await page.evaluate(
      () => document.getElementById('tabs-en')!.shadowRoot!.activeElement?.textContent,
    );
    expect(focused).toBe(await tabs.nth(2).textContent());
    await page.screenshot({
      path: join(SHOTS, 'card-tabs-en-light.png'),
      clip: (await page.locator('#tabs-en').boundingBox())!,
    });
  });
});
