/**
 * THIRD_PARTY_NOTICES.txt ships in both extension builds and in the widget (written at build
 * time by tools/third-party-notices.ts): it names what each bundles, with the licence text that
 * node_modules holds now.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICES_FILE, noticeOf } from '../../tools/third-party-notices';
import { EXTENSION_DIR } from '../support/extension-browser';
import { FIREFOX_EXTENSION_DIR } from '../support/firefox-browser';

const EXTENSION = ['preact', 'dompurify', 'idb', '@webext-core/messaging', 'wxt'];
const BUILDS: [string, string, string[]][] = [
  ['Chrome extension', EXTENSION_DIR, EXTENSION],
  ['Firefox extension', FIREFOX_EXTENSION_DIR, EXTENSION],
  ['widget', resolve('dist/widget'), ['preact', 'dompurify']],
];

describe.each(BUILDS)('%s', (_, dir, bundled) => {
  it(`ships ${NOTICES_FILE} naming what it bundles, with its licence text`, () => {
    const file = resolve(dir, NOTICES_FILE);
    expect(existsSync(file), `${file} (build first)`).toBe(true);
    const text = readFileSync(file, 'utf8');
    const listed = [...text.matchAll(/^={72}\n(\S+) (\S+) \((.+)\)$/gm)].map((m) => m[1]!);
    for (const name of bundled) expect(listed).toContain(name);
    for (const name of listed) {
      const n = noticeOf(resolve('node_modules', name));
      expect(text, name).toContain(`${n.name} ${n.version} (${n.license})\n\n${n.text}\n`);
      expect(n.text.length, `${name}: licence text`).toBeGreaterThan(20);
    }
    // Test-only and build-only packages never ship.
    for (const dev of ['vitest', 'jsdom', 'libphonenumber-js', 'confusables'])
      expect(listed).not.toContain(dev);
  });
});
