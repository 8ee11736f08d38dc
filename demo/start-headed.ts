/** Headed half of `npm start`: a visible Chromium with Lykt loaded, on the demo site, until closed. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export async function runHeaded(
  origin: string,
  executablePath: string,
  extensionDir: string,
): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'lykt-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    viewport: null,
    args: [
      '--no-first-run',
      '--no-default-browser-check',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const stop = (): void => void context.close().catch(() => undefined);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null));
  if (!worker) {
    console.warn(
      `\nThe extension did not start. Branded Google Chrome (137+) ignores --load-extension:\n` +
        `use Chromium (CHROMIUM_PATH=…), or open chrome://extensions → Developer mode → Load unpacked → ${extensionDir}`,
    );
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(origin + '/');
  console.log(`\nLykt is running on the demo site: ${origin}/`);
  console.log(
    'Scroll for more ads, click a badge to see why an ad was flagged. Close the browser window to stop.',
  );
  await closed;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  rmSync(profile, { recursive: true, force: true });
}
