// @vitest-environment node
// The client age rule's window search (indicators/client-age.ts) finds exactly what one search
// of the whole text finds: random text of the rule's own words (fast-check) and the eval ads.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIENT_AGE, clientAge as search } from '../../indicators/client-age';
import { normalize } from '../../indicators/normalize';

const WHOLE = new RegExp(CLIENT_AGE.source, 'i');

/** The engine's call: the numbers come from the digits the normaliser noted. */
const clientAge = (text: string) => search(text, normalize(text));

function whole(text: string): [number, number] | null {
  const m = WHOLE.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

const UNITS = [
  ...' 0123456789+-&$,.%:\n',
  ...['22', '25', '30', '35', '40', '79', '80', '18', '21', '99', '100', '1.25'],
  ...['gent', 'gentlemen', 'men', 'man', 'guys', 'clients', 'women', 'no', 'no one', 'anyone'],
  ...['over', 'under', 'aged', 'age', 'ages', 'the', 'of', 'to', 'must be', 'at least', 'be'],
  ...['yrs', 'years', 'yo', 'old', 'and', 'up', 'above', 'older', 'only', 'please', 'pls'],
  ...['mature', 'for', 'min', 'minutes', 'of age', 'män', 'menn', 'herrar', 'som', 'är', 'er'],
  ...['över', 'för dig', 'for deg', 'x', 'Incall', 'GENTLEMEN', 'OVER'],
];
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }).map((u) => u.join(''));
const spaced = fc.array(fc.constantFrom(...UNITS), { maxLength: 60 }).map((u) => u.join(' '));

describe('clientAge', () => {
  it('equals a whole-text search on random text', () => {
    fc.assert(
      fc.property(fc.oneof(text, spaced), (t) => {
        expect(clientAge(t)).toEqual(whole(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it('equals a whole-text search on the eval ads', () => {
    let found = 0;
    for (const f of ['dev-ads.jsonl', 'real-dev.jsonl']) {
      const lines = readFileSync(`../shared/eval/${f}`, 'utf8').split('\n').filter(Boolean);
      for (const l of lines) {
        const t = (JSON.parse(l) as { text: string }).text;
        const want = whole(t);
        if (want) found++;
        expect(clientAge(t)).toEqual(want);
      }
    }
    expect(found).toBeGreaterThan(3);
  });

  it('finds a rule far into a long ad, after numbers that are none', () => {
    const t = `${'Rates 30 min 150, 60 min 250. '.repeat(40)}No men under 40 please.`;
    expect(clientAge(t)).toEqual([t.indexOf('No men'), t.indexOf(' please')]);
    expect(clientAge('Call 415-555-0130, 30 min $120')).toBeNull();
    // Each kind of word the window search looks for around an age.
    for (const t of [
      'Gentlemen 30 old and up',
      'men 35+',
      'gents 40 & over',
      'be over 35 please',
    ]) {
      expect(clientAge(t)).not.toBeNull();
      expect(clientAge(t)).toEqual(whole(t));
    }
  });
});
