import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { axeViolations } from './pages-axe';
import { shotPath } from '../screenshots/dir';

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

  it('language follows the browser until the user picks one, by keyboard', async () => {
    const nb = await b.context.newPage();
    // What a Norwegian browser sends (navigator.languages), for this page only.
    const cdp = await b.context.newCDPSession(nb);
    const ua = await b.worker.evaluate(() => navigator.userAgent);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: ua, acceptLanguage: 'nn-NO,en' });
    await nb.goto(url('options.html'));
    await nb.getByRole('heading', { name: 'Lykt – innstillinger' }).waitFor();
    expect(await nb.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(await nb.getByLabel('Som nettleseren: Norsk (bokmål)').isChecked()).toBe(true);

    const en = await b.context.newPage();
    await en.goto(url('popup.html'));
    await en.getByText('No ads scanned on this page yet.').waitFor();
    expect(await en.evaluate(() => document.documentElement.lang)).toBe('en');

    // Keyboard: to the language group, arrow to "Norsk (bokmål)"; every page follows the pick.
    await nb.getByLabel('Som nettleseren: Norsk (bokmål)').focus();
    await nb.keyboard.press('ArrowDown');
    await nb.keyboard.press('ArrowDown');
    await expect.poll(() => nb.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await nb.getByRole('heading', { name: 'Lykt – options' }).waitFor();
    await nb.keyboard.press('ArrowUp');
    await nb.getByRole('heading', { name: 'Lykt – innstillinger' }).waitFor();
    await en.getByText('Ingen annonser skannet på denne siden ennå.').waitFor();
    const log = await b.context.newPage();
    await log.goto(url('log.html'));
    await log.getByRole('heading', { name: 'Forskningslogg' }).waitFor();
    // Back to the browser's language: the popup (English browser) is English again.
    await nb.keyboard.press('ArrowUp');
    await en.getByText('No ads scanned on this page yet.').waitFor();
    const stored = await b.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ uiLang: 'auto' });
    for (const p of [nb, en, log]) await p.close();
  });

  it('every page passes axe in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const p of ['popup', 'options', 'log', 'sidepanel']) {
        const page = await b.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        if (p === 'popup' || p === 'sidepanel')
          await page.setViewportSize({ width: 360, height: 600 });
        await page.goto(url(`${p}.html`));
        await page.locator('main h1').waitFor();
        const bg = await page.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
        expect(bg, `${p} ${scheme}`).toBe(
          scheme === 'dark' ? 'rgb(21, 24, 28)' : 'rgb(255, 255, 255)',
        );
        expect(await axeViolations(page), `${p} ${scheme}`).toEqual([]);
        if (p === 'popup' || p === 'options')
          await page.screenshot({ path: shotPath(`${p}-${scheme}.png`), fullPage: true });
        await page.close();
      }
    }
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
  });
});
