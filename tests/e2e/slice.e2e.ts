import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeCount, inBadge } from '../support/badge-access';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { startServer, type TestServer } from '../support/static-server';
import { toolbarText, waitMarked } from './content-support';

// The smallest end-to-end path: content script → engine → background → toolbar, and the
// shadow-root UI mounted in the page.
const AD = `<!doctype html><html lang="en"><title>t</title><main><h1>New girls every week</h1>
<p>Young and fresh Asian girls, new in town, 100% real pics. Call the manager.</p></main>`;

describe('the built extension in real Chromium', () => {
  let b: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      '/': '<!doctype html><title>t</title><p>An ordinary page.</p>',
      '/ad': AD,
    });
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('runs its service worker', () => {
    expect(b.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('marks an ordinary page as one ad with no indicators and shows nothing', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + '/');
    expect(await waitMarked(page, 1)).toEqual(['none']);
    expect(await badgeCount(page)).toBe(0);
    await page.close();
  });

  it('mounts its badge in a closed shadow root on a span, and the background answers with the toolbar count', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + '/ad');
    expect(['medium', 'high']).toContain((await waitMarked(page, 1))[0]);
    await expect.poll(() => badgeCount(page)).toBe(1);
    expect(
      await inBadge(page, 0, (root) => [
        root.mode,
        root.host.localName,
        root.querySelector('button.lykt-badge') !== null,
      ]),
    ).toEqual(['closed', 'span', true]);
    await expect.poll(() => toolbarText(b.worker)).toBe('1');
  });

  it('opens its popup page', async () => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
  });
});
