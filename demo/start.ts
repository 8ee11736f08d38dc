/**
 * `npm start`: build the extension, serve the demo ad site on 127.0.0.1 (LYKT_PORT, default 4455),
 * then either open a visible Chromium with Lykt on it (a display is there) or run headless:
 * screenshots to out/ (LYKT_OUT), a short report, exit.
 * Env: CHROMIUM_PATH, LYKT_PORT, LYKT_OUT, LYKT_OUT_DIR (build dir), LYKT_HEADLESS=1, LYKT_SKIP_BUILD=1.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium } from '../tests/support/find-chromium';
import { EXTENSION_DIR } from '../tests/support/extension-browser';
import { hasDisplay, installHint } from './display';
import { formatReport } from './report';
import { runHeaded } from './start-headed';
import { runHeadless } from './start-headless';
import { startDemoServer, type DemoServer } from './server';

const fail = (message: string): never => {
  console.error(`\n✗ ${message}`);
  process.exit(1);
};

function build(): void {
  if (process.env.LYKT_SKIP_BUILD === '1' && existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log(`Using the extension already built at ${EXTENSION_DIR} (LYKT_SKIP_BUILD=1).`);
    return;
  }
  console.log('Building the extension (npx wxt build) …');
  try {
    execSync('npx wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    fail('The extension did not build: run `npx wxt build` to see why.');
  }
}

async function main(): Promise<void> {
  let browserPath = '';
  try {
    browserPath = findChromium();
  } catch (err) {
    fail(`${(err as Error).message.replace(/ for the e2e tests/, '')}\n  ${installHint()}`);
  }
  build();
  const port = Number(process.env.LYKT_PORT ?? 4455);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`LYKT_PORT=${process.env.LYKT_PORT} is not a port number.`);
  let site: DemoServer | undefined;
  try {
    site = await startDemoServer({ port });
  } catch (err) {
    fail((err as Error).message);
  }
  if (!site) return;
  console.log(`Demo ad site (made-up ads): ${site.origin}/`);
  try {
    if (hasDisplay()) {
      await runHeaded(site.origin, browserPath, EXTENSION_DIR);
      console.log('Browser closed: demo site stopped.');
    } else {
      const outDir = resolve(process.env.LYKT_OUT ?? 'out');
      console.log('No display: running headless, screenshots go to', outDir);
      const expected = new Set(site.ads.filter((a) => a.expectFlag).map((a) => a.id));
      const facts = await runHeadless(site.origin, outDir, expected);
      console.log('\n' + formatReport(facts));
    }
  } catch (err) {
    fail(`The browser run failed: ${(err as Error).message}`);
  } finally {
    await site.close();
  }
}

await main();
