import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { startServer, type TestServer } from '../support/static-server';

describe('the built extension in real Chromium', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ '/': '<!doctype html><title>t</title><p>An ordinary page.</p>' });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs its service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('mounts the content script UI in a shadow root, and the background answers it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.origin + '/');
    const pill = page.locator('lykt-status').locator('.lykt-pill');
    await expect.poll(() => pill.getAttribute('data-version')).toBe('0.1.0');
    const inShadow = await page.evaluate(
      () => document.querySelector('lykt-status')?.shadowRoot?.querySelector('.lykt-pill') !== null,
    );
    expect(inShadow).toBe(true);
  });

  it('opens its popup page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lykt 0.1.0');
  });
});
