// @vitest-environment node
// A spooled result record and its patch (cli/result-line.ts) give formatResult's line byte for
// byte, whether the ad's contact turns out shared or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evalTexts } from '../support/eval-texts';
import { Bytes } from '../../cli/bytes';
import { finishRecord, resultBytes, spoolRecord } from '../../cli/result-line';
import { formatResult, scanResultJson } from '../../cli/output';
import { applySharedContacts, createEngine, type ScanResult } from '../../indicators';

const engine = createEngine();
const texts = evalTexts();

const utf8 = new TextDecoder();
const text = (b: Bytes) => utf8.decode(b.buf.subarray(0, b.n));

/** Both ways the merge may end for `r`: its contact shared, or not. */
const spool = new Bytes();
const out = new Bytes();
function check(id: string, r: ScanResult): boolean {
  spool.n = 0;
  spool.add('F{}\n'); // a record before it, so offsets are not from 0
  const at = spool.n;
  spoolRecord(spool, id, r);
  const end = spool.n - 1;
  expect(spool.buf[end]).toBe(10);
  const [from, to] = resultBytes(spool.buf, at, end);
  expect(utf8.decode(spool.buf.subarray(from, to))).toBe(formatResult(id, r));
  const values = new Set(r.contacts.map((c) => c.value));
  const patched = spool.buf[at] === 80; // 'P'
  expect(patched).toBe(values.size === 1);
  for (const shared of [false, true]) {
    out.n = 0;
    const done = finishRecord(spool.buf, at, end, () => shared, out);
    if (values.size > 1) {
      expect(done).toBe(false);
      expect(out.n).toBe(0);
      continue;
    }
    expect(done).toBe(true);
    const want = shared && values.size === 1 ? applySharedContacts(r, values) : r;
    expect(text(out)).toBe(formatResult(id, want) + '\n');
  }
  return patched;
}

describe('spooled result lines', () => {
  it('finish as formatResult on the eval ads with a contact at the start, middle or end', () => {
    let patched = 0;
    texts.forEach((t, i) => {
      const mid = t.length >> 1;
      for (const text of [
        t,
        `Ring 912 34 567. ${t}`,
        `${t.slice(0, mid)} anna@example.com ${t.slice(mid)}`,
        `${t} Ring 912 34 567.`,
        `${t} Ring 912 34 567 eller 48 12 34 56.`,
      ])
        if (check(`a"${i}\t`, engine.scan({ text }))) patched++;
    });
    expect(patched).toBeGreaterThan(texts.length * 2);
  });

  it('finish as formatResult on random ads (property)', () => {
    const parts = [
      'young girl ',
      'ring 912 34 567 ',
      'new in town ',
      'anna@example.com ',
      'ekstra service ',
      '😀 ',
      'x'.repeat(50),
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 12 }), fc.string(), (ps, id) => {
        check(id, engine.scan({ text: ps.join('') }));
      }),
      { numRuns: 1000 },
    );
  });

  it('scanResultJson writes what JSON.stringify writes, for any text and id (property)', () => {
    // Matches and ids with quotes, backslashes, control characters, lone surrogates, emoji.
    const odd = fc.string({ unit: 'binary', maxLength: 6 });
    const word = fc.constantFrom(
      'young girl',
      'ring 912 34 567',
      'anna@example.com',
      'ekstra service',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(odd, word)), odd, (ps, id) => {
        const text = ps.map(([o, w]) => `${o}${w}${o}`).join(' ');
        const r = engine.scan({ text });
        expect(scanResultJson(id, r)).toBe(formatResult(id, r));
        const shared = applySharedContacts(r, new Set(r.contacts.map((c) => c.value)));
        expect(scanResultJson(id, shared)).toBe(formatResult(id, shared));
      }),
      { numRuns: 2000 },
    );
    for (const t of texts) {
      const r = engine.scan({ text: `${t} Ring 912 34 567.` });
      const shared = applySharedContacts(r, new Set(r.contacts.map((c) => c.value)));
      expect(scanResultJson('x', shared)).toBe(formatResult('x', shared));
    }
  });

  it('keep truncated results whole', () => {
    const r = engine.scan({ text: 'Ring 912 34 567. ' + 'young '.repeat(20_000) });
    expect(r.truncated).toBe(true);
    expect(check('t', r)).toBe(true);
  });
});
