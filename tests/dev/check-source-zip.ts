/**
 * Does the sources zip build the Firefox zip? What AMO's reviewers do: unpack
 * `<out>/lykt-<version>-sources.zip` in an empty folder, `npm ci`, `npx wxt build -b firefox`,
 * and compare every file with `<out>/lykt-<version>-firefox.zip`. Run after `npm run zip`
 * (slow: a full `npm ci`, so not part of `npm test`):
 *
 *   LYKT_OUT_DIR=.output npx tsx tests/dev/check-source-zip.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const out = resolve(process.env.LYKT_OUT_DIR || '.output');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const sources = join(out, `lykt-${version}-sources.zip`);
const store = join(out, `lykt-${version}-firefox.zip`);

const files = (dir: string): Map<string, Buffer> =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [relative(dir, path), readFileSync(path)];
      }),
  );

const work = mkdtempSync(join(tmpdir(), 'lykt-sources-'));
try {
  const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
    execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  run('unzip', ['-q', sources, '-d', join(work, 'src')], work);
  run('unzip', ['-q', store, '-d', join(work, 'store')], work);
  const t0 = Date.now();
  run('npm', ['ci', '--no-audit', '--no-fund'], join(work, 'src'));
  run('npx', ['wxt', 'build', '-b', 'firefox'], join(work, 'src'), { LYKT_OUT_DIR: '.output' });
  const built = files(join(work, 'src/.output/firefox-mv2'));
  const shipped = files(join(work, 'store'));
  const diff = [...new Set([...built.keys(), ...shipped.keys()])].filter(
    (f) => !built.get(f)?.equals(shipped.get(f) ?? Buffer.alloc(0)),
  );
  console.log(
    `\nsources zip -> firefox build in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${built.size} files built, ${shipped.size} in the store zip, ${diff.length} differ${diff.length ? `:\n  ${diff.join('\n  ')}` : ''}`,
  );
  process.exitCode = diff.length ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
