/**
 * `npm run screenshots`: every picture in docs/screenshots/, from one command. Builds what the
 * e2e tests need, empties docs/screenshots/ (so nothing stale survives), runs the e2e files that
 * take pictures with LYKT_SHOTS_DIR pointing there, adds the `npm start` demo's listing, and
 * checks that every picture the README shows exists. Look at each picture before committing it.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DOCS = resolve('docs/screenshots');
/** The e2e files that take README pictures (each writes through tests/screenshots/dir.ts). */
export const SHOT_FILES = [
  'components',
  'fixtures',
  'hostile-page',
  'investigate',
  'log-clusters',
  'log-network',
  'log-hardening',
  'pages',
  'popup-bulk',
  'real-pages',
  'research-log',
  'research-log-save',
  'security-hostile',
  'widget-demo',
  'widget-guest',
].map((f) => `tests/e2e/${f}.e2e.ts`);

const run = (cmd: string, env: Record<string, string> = {}) =>
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, ...env } });

/** Pictures the README links to that are missing from docs/screenshots/. */
export function missingReadmePictures(readme: string, dir: string): string[] {
  const refs = [...readme.matchAll(/docs\/screenshots\/([\w.-]+\.png)/g)].map((m) => m[1]!);
  return [...new Set(refs)].filter((f) => !existsSync(join(dir, f)));
}

function main(): void {
  run('npm run build && npm run build:generic && npm run build:widget');
  for (const f of readdirSync(DOCS)) if (f.endsWith('.png')) rmSync(join(DOCS, f));
  run(`npx vitest run --config vitest.e2e.config.ts ${SHOT_FILES.join(' ')}`, {
    LYKT_SHOTS_DIR: DOCS,
  });
  const startOut = resolve('out/start');
  run('npx tsx demo/start.ts', {
    LYKT_HEADLESS: '1',
    LYKT_SKIP_BUILD: '1',
    LYKT_OUT: startOut,
    LYKT_PORT: '0',
  });
  copyFileSync(join(startOut, 'listing.png'), join(DOCS, 'start-listing.png'));
  const missing = missingReadmePictures(readFileSync('README.md', 'utf8'), DOCS);
  if (missing.length > 0) {
    console.error(`README shows pictures nothing made: ${missing.join(', ')}`);
    process.exit(1);
  }
  const made = readdirSync(DOCS).filter((f) => f.endsWith('.png'));
  console.log(`\n${made.length} pictures in docs/screenshots/. Look at each before committing.`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('tests/screenshots/run.ts')) main();
