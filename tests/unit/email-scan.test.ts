// @vitest-environment node
// The e-mail search at chosen starts (indicators/email-scan.ts) finds exactly what a global
// search of the same expression finds: random e-mail-ish text (fast-check) and the eval ads.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMAIL_RE } from '../../indicators/contacts';
import { nextEmail } from '../../indicators/email-scan';

const GLOBAL = new RegExp(EMAIL_RE.source, 'giu');

function global(text: string): [number, string][] {
  GLOBAL.lastIndex = 0;
  return [...text.matchAll(GLOBAL)].map((m) => [m.index, m[0]]);
}

function chosen(text: string): [number, string][] {
  const out: [number, string][] = [];
  for (
    let m = nextEmail(EMAIL_RE, text, 0);
    m;
    m = nextEmail(EMAIL_RE, text, m.index + m[0].length)
  )
    out.push([m.index, m[0]]);
  return out;
}

const UNITS = [
  ...'abnoæ19._%+-@([{<)]}> \t\n,:',
  ' at ',
  '(at)',
  '(AT)',
  'ALFAKRØLL',
  'Snabel-A',
  '[dot]',
  ' dot ',
  '(punkt)',
  'snabel-a',
  'alfakrøll',
  '.com',
  '.no',
  '𝐚',
  '😀',
  '\ud835',
  '\udc1a',
  '\u00a0',
  '\u2003',
];
const emailish = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 80 });

describe('nextEmail', () => {
  it('matches the global search on random text', () => {
    fc.assert(
      fc.property(emailish, (t) => {
        expect(chosen(t)).toEqual(global(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it('matches the global search on binary noise', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (t) => {
        expect(chosen(t)).toEqual(global(t));
      }),
      { numRuns: 5_000 },
    );
  });

  it('matches the global search on the eval ads', () => {
    let found = 0;
    for (const f of ['dev-ads.jsonl', 'real-dev.jsonl']) {
      const lines = readFileSync(`../shared/eval/${f}`, 'utf8').split('\n').filter(Boolean);
      for (const l of lines) {
        const t = (JSON.parse(l) as { text: string }).text;
        const want = global(t);
        found += want.length;
        expect(chosen(t)).toEqual(want);
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('finds addresses written out', () => {
    expect(chosen('Mail anna (at) example [dot] com or bo@x.no!')).toEqual([
      [5, 'anna (at) example [dot] com'],
      [36, 'bo@x.no'],
    ]);
  });
});
