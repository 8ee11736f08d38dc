import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium';

export const EXTENSION_DIR = resolve(process.env.LYKT_OUT_DIR || '.output', 'chrome-mv3');
/** The build with site adapters switched off (`npm run build:generic`). */
export const GENERIC_EXTENSION_DIR = resolve(
  `${process.env.LYKT_OUT_DIR || '.output'}-generic`,
  'chrome-mv3',
);

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Launches real Chromium with the built extension (DESIGN.md's options). */
export async function launchWithExtension(
  profileDir?: string,
  extensionDir = EXTENSION_DIR,
): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    const build = extensionDir === EXTENSION_DIR ? 'npx wxt build' : 'npm run build:generic';
    throw new Error(`No built extension at ${extensionDir}: run \`${build}\` first.`);
  }
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'lykt-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: false,
    viewport: { width: 1200, height: 800 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir: dir,
    async close(opts) {
      await context.close();
      if (!opts?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}
