import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/extension-browser';

// Issue 5: 40 KB. The content script starts small: the lexicons and the phone metadata come from
// the background when the page builds its fallback engine, the cards on a popover's first open,
// the popover's own code (AdBadge, CardList, Preact) is a separate module, popover.js, imported
// on a badge's first use, and the fallback engine's code is one too, page-engine.js, imported
// only when a page must scan by itself (tests/e2e/page-engine.e2e.ts).
const BUDGET = 40 * 1024;
/** The engine alone is held to 20.0 KB in tests/unit/indicators-size.test.ts; this is its chunk
 * (18.2 → 18.7 KB with detect91–93 and perf91–92 there, 18.8 KB with detect99, 18.9 KB with
 * detect106–107, 19.0 KB with detect111, the Canadian syllabics look-alike letters and detect114's
 * enclosed letters, 19.1 KB with detect115's gate bit for job ads that recruit women, 19.5 KB with
 * detect144–146: a clinic's nationality is its style, "in South Korea", an agency voice's comma;
 * 19.39 KB), 19.7 KB with detect162–164: "please be 30 and up", a garden or hills named after a
 * people (19.50 KB). */
const ENGINE_BUDGET = 19.7 * 1024;

/** The longest run of a +47 phone pattern with no character that a bundler could re-escape. */
function phonePattern(): string {
  const md = JSON.parse(readFileSync('indicators/phone-metadata.json', 'utf8')) as Record<
    string,
    { types: [string, number[]][] }
  >;
  const runs = md['47']!.types[0]![0].match(/[^\\"]+/g)!;
  return runs.reduce((a, b) => (b.length > a.length ? b : a));
}

describe('content script size', () => {
  it(`is under ${BUDGET / 1024} KB gzipped`, () => {
    const js = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/content.js'));
    const gz = gzipSync(js, { level: 9 }).length;
    console.log(
      `content.js: ${(js.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`,
    );
    expect(gz).toBeLessThan(BUDGET);
    // Card texts stay in the background: a sentence from a card body must not be in the bundle.
    expect(js.toString()).not.toContain('rosa-help.no');
    // Lexicons come from the background at start (getStartup): no lexicon pattern in the bundle.
    expect(js.toString()).not.toContain('barely legal');
    // Phone metadata too: it is in the background, which sends it (getStartup).
    const pattern = phonePattern();
    expect(pattern.length).toBeGreaterThan(16);
    expect(js.toString()).not.toContain(pattern);
    expect(readFileSync(resolve(EXTENSION_DIR, 'background.js'), 'utf8')).toContain(pattern);
    // The popover's code is in popover.js, not here: its markup (Preact's `class:` props, the
    // CSS stays here) and its texts ("not a concern here").
    const popover = readFileSync(resolve(EXTENSION_DIR, 'popover.js'), 'utf8');
    for (const re of [/class: ?"lykt-actions"/, /class: ?"lykt-cards"/, /Not a concern/]) {
      expect(popover).toMatch(re);
      expect(js.toString()).not.toMatch(re);
    }
    console.log(
      `popover.js: ${(gzipSync(popover, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`,
    );
    // The engine's code is in page-engine.js, not here: the client age rule's words
    // (indicators/client-age.ts) and the duo rule's (indicators/engine.ts).
    const engine = readFileSync(resolve(EXTENSION_DIR, 'page-engine.js'));
    const engineGz = gzipSync(engine, { level: 9 }).length;
    console.log(`page-engine.js: ${(engineGz / 1024).toFixed(1)} KB gzipped`);
    expect(engineGz).toBeLessThan(ENGINE_BUDGET);
    for (const words of ['gent(?:lemen', 'best friends?']) {
      expect(engine.toString()).toContain(words);
      expect(js.toString()).not.toContain(words);
    }
    expect(engine.toString()).toMatch(/export\s*\{[^}]*as buildEngine/);
  });
});
