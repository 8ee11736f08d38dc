/**
 * A Vite plugin that writes `THIRD_PARTY_NOTICES.txt` beside a build: for every package from
 * node_modules whose code ended up in a bundle, its name, version, licence and licence text, read
 * from node_modules at build time. WXT and the widget run several Vite builds into one folder, so
 * the packages are gathered per output folder across the builds of one process.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

export interface Notice {
  name: string;
  version: string;
  license: string;
  text: string;
}

const seen = new Map<string, Set<string>>();

/** The package folder of a module path inside node_modules (scoped names included), or null. */
export function packageDir(id: string): string | null {
  const path = id.replace(/^\0/, '').split('?')[0]!.replaceAll('\\', '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]!.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0]!;
  return path.slice(0, at + '/node_modules/'.length) + name;
}

/** A package's notice: package.json's name, version and licence, and its licence file(s). */
export function noticeOf(dir: string): Notice {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
    author?: string | { name?: string };
  };
  const files = readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying|notice)/i.test(f))
    .sort();
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
  const text = files.length
    ? files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n')
    : // No licence file in the package (e.g. @webext-core/messaging): its licence by name.
      `${pkg.license ?? 'UNKNOWN'} licence${author ? `, copyright ${author}` : ''} (no licence file in the package).`;
  return { name: pkg.name, version: pkg.version, license: pkg.license ?? 'UNKNOWN', text };
}

export function renderNotices(notices: Notice[]): string {
  const head =
    'Lykt bundles the following third-party software. Each is listed with its licence as found ' +
    'in its package at build time.\n';
  const body = notices
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((n) => `${'='.repeat(72)}\n${n.name} ${n.version} (${n.license})\n\n${n.text}\n`);
  return [head, ...body].join('\n');
}

export function thirdPartyNotices(): Plugin {
  return {
    name: 'lykt-third-party-notices',
    apply: 'build',
    writeBundle(options, bundle) {
      const out = resolve(options.dir ?? dirname(options.file ?? '.'));
      const dirs = seen.get(out) ?? new Set<string>();
      seen.set(out, dirs);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, mod] of Object.entries(chunk.modules)) {
          const dir = packageDir(id);
          if (dir && mod.renderedLength > 0 && existsSync(join(dir, 'package.json'))) dirs.add(dir);
        }
      }
      writeFileSync(join(out, NOTICES_FILE), renderNotices([...dirs].map(noticeOf)));
    },
  };
}
