// @vitest-environment node
// The result line written straight as bytes (cli/result-bytes.ts) is formatResult's
// (JSON.stringify's) UTF-8, byte for byte, and the offsets it notes are where the parts are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evalTexts } from '../support/eval-texts';
import { Bytes } from '../../cli/bytes';
import { formatResult } from '../../cli/output';
import { cuts, findingBytes, writeResult } from '../../cli/result-bytes';
import { applySharedContacts, createEngine, type ScanResult } from '../../indicators';

const engine = createEngine();
const texts = evalTexts();
const utf8 = new TextDecoder();
const out = new Bytes();

/** writeResult's bytes for r equal formatResult's UTF-8; with k, the cuts mark the parts. */
function check(id: string, r: ScanResult, k = -1): void {
  out.n = 0;
  out.add('P'); // something before, so offsets count from the line's start
  const at = out.n;
  writeResult(out, id, r, k);
  const bytes = out.buf.subarray(at, out.n);
  const want = Buffer.from(formatResult(id, r));
  expect(Buffer.compare(bytes, want)).toBe(0);
  if (k < 0) return;
  const [a, b, c] = [cuts[0]!, cuts[1]!, cuts[2]!];
  const line = utf8.decode(bytes.subarray(0, a));
  expect(utf8.decode(bytes.subarray(a, a + 9))).toBe(',"level":');
  expect(line.startsWith('{"id":')).toBe(true);
  expect(utf8.decode(bytes.subarray(b, b + 15))).toBe(',"indicators":[');
  const rest = utf8.decode(bytes.subarray(c));
  if (k < r.indicators.length) {
    const f = new Bytes();
    findingBytes(f, r.indicators[k]!);
    expect(rest.startsWith(utf8.decode(f.buf.subarray(0, f.n)))).toBe(true);
  } else expect(rest.startsWith('],"contacts":')).toBe(true);
}

describe('result lines written as bytes', () => {
  it('equal formatResult on the eval ads, plain and with a shared contact', () => {
    for (const t of texts) {
      const r = engine.scan({ text: `${t} Ring 912 34 567.` });
      for (let k = -1; k <= r.indicators.length; k++) check('a"1', r, k);
      check('a\\b', r);
      const shared = applySharedContacts(r, new Set(r.contacts.map((c) => c.value)));
      check('x', shared, 0);
    }
  });

  it('equal JSON.stringify for any ids, matches, numbers and flags (property)', () => {
    // Strings with quotes, backslashes, control characters, DEL, lone surrogates, emoji, æøå.
    const special = fc.constantFrom(
      '"',
      '\\',
      '\n',
      '\u0000',
      '\u001f',
      '\u007f',
      '\ud800',
      '😀',
      'ø',
    );
    const odd = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), special);
    const word = fc.constantFrom(
      'young girl',
      'ring 912 34 567',
      'anna@example.com',
      'ekstra service',
      'ÆØÅ nuru',
      '\u007f',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(odd, word)), odd, fc.nat(), (ps, id, k) => {
        const text = ps.map(([o, w]) => `${o}${w}${o}`).join(' ');
        const r = engine.scan({ text });
        check(id, r, k % (r.indicators.length + 2));
        check(id, applySharedContacts(r, new Set(r.contacts.map((c) => c.value))));
      }),
      { numRuns: 2000 },
    );
  });

  it('write any number and a truncated flag as JSON.stringify does (property)', () => {
    const r = engine.scan({ text: 'young girl, ring 912 34 567' });
    const num = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.nat(),
      fc.constantFrom(-0, 2 ** 31 - 1, 2 ** 31, 2 ** 53, 1e21, NaN, Infinity),
    );
    fc.assert(
      fc.property(num, num, num, fc.constantFrom(true as const, undefined), (a, b, c, t) => {
        const f = { ...r.indicators[0]!, start: Math.abs(a), weight: b, base: c };
        check('n', { ...r, score: b, indicators: [f], truncated: t }, 0);
        check('n', { ...r, score: c, indicators: [{ ...f, base: undefined }] });
      }),
      { numRuns: 2000 },
    );
  });
});
