import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { axeViolations } from './pages-axe';

// The service worker's own `chrome` (evaluated there, not in Node).
declare const chrome: {
  storage: {
    local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
  };
};

describe('popup and options pages in real Chromium', () => {
  let b: ExtensionBrowser;
  let url: (p: string) => string;
  beforeAll(async () => {
    b = await launchWithExtension();
    url = (p) => `chrome-extension://${b.extensionId}/${p}`;
  });
  afterAll(async () => {
    await b?.close();
  });

  it('options: validates own terms with clear errors, saves, and survives a reload', async () => {
    const page = await b.context.newPage();
    await page.goto(url('options.html'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Lykt – options' }).waitFor();
    const term = page.getByLabel('Word or phrase');
    const add = page.locator('.term-form').getByRole('button', { name: 'Add' });
    const error = () => page.locator('#term-err').innerText();

    await add.click();
    expect(await error()).toBe('Enter a word or phrase.');
    await term.fill('x'.repeat(61));
    await add.click();
    expect(await error()).toBe('Too long: at most 60 characters.');
    await term.fill('New girls every week');
    await page.getByLabel('Weight').selectOption('3');
    await add.click();
    await page.locator('.custom-terms tbody tr').first().waitFor();
    await term.fill('  NEW girls   every WEEK ');
    await add.click();
    expect(await error()).toBe('This term is already there.');
    expect(await term.getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('High only').check();
    await page.locator('#never-in').fill('https://www.Example.org/some/page');
    await page.locator('.site-list form').getByRole('button', { name: 'Add' }).click();
    await page.getByRole('button', { name: 'Remove www.example.org' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Lykt – options' }).waitFor();
    expect(await page.getByLabel('High only').isChecked()).toBe(true);
    expect(await page.locator('.custom-terms tbody th').allInnerTexts()).toEqual([
      'New girls every week',
    ]);
    const stored = await b.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({
      badgeLevel: 'high',
      uiLang: 'en',
      neverRunOn: ['www.example.org'],
      customTerms: [{ term: 'New girls every week', category: 'third-party', weight: 3 }],
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/options.png', fullPage: true });
  });

  it('options: a corrupt stored value falls back to defaults and says so', async () => {
    await b.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { badgeLevel: 42, uiLang: 'en' } }),
    );
    const page = await b.context.newPage();
    await page.goto(url('options.html'));
    const alert = page.locator('.notice[role=alert]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'Your settings were damaged and have been reset to defaults',
    );
    expect(await page.getByLabel('Medium and above (recommended)').isChecked()).toBe(true);
    await alert.getByRole('button', { name: 'OK' }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Lykt – options' }).waitFor();
    expect(await page.locator('.notice').count()).toBe(0);
  });

  it('popup: shows the page summary area, opens the two cards, passes axe', async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(url('popup.html'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lykt 0.1.0');
    await page.getByText('No ads scanned on this page yet.').waitFor();
    const toggles = page.locator('.card-toggles .row button');
    expect(await toggles.count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await toggles.nth(1).click();
    expect(await toggles.nth(1).getAttribute('aria-expanded')).toBe('true');
    await page.locator('#card-get-help .lykt-card').waitFor();
    expect(await page.locator('#card-get-help').innerText()).toMatch(/22 33 11 60/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Norsk' }).click();
    await page.getByText('Ingen annonser skannet på denne siden ennå.').waitFor();
    await page.screenshot({ path: 'docs/screenshots/popup.png', fullPage: true });
  });

  it('log page and side panel pass axe', async () => {
    for (const p of ['log.html', 'sidepanel.html']) {
      const page = await b.context.newPage();
      await page.goto(url(p));
      await page.locator('.log h1').waitFor();
      expect(await axeViolations(page), p).toEqual([]);
    }
  });
});
