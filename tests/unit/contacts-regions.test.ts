// The phone expression reads only the chains of units that can hold a phone number
// (phoneRegions), not whole digit windows: the same matches either way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsOf, digitWindows, phoneRegions } from '../../indicators/contact-windows';
import { PHONE_RE } from '../../indicators/contacts';

/** Matches of the phone expression over each stretch, as "index:text", with 2 digits or more. */
function matches(t: string, stretches: number[]): string[] {
  const got: string[] = [];
  for (let i = 0; i < stretches.length; i += 2) {
    const [a, b] = [stretches[i]!, stretches[i + 1]!];
    PHONE_RE.lastIndex = 0;
    for (let m = PHONE_RE.exec(t.slice(a, b)); m; m = PHONE_RE.exec(t.slice(a, b)))
      if ((m[0].match(/\d/g)?.length ?? 0) >= 2) got.push(`${a + m.index}:${m[0]}`);
  }
  return got;
}

function same(t: string): number {
  const dig = new Int32Array(t.length + 1);
  const nd = digitsOf(t, dig);
  const want = matches(t, digitWindows(t, dig, nd));
  expect(matches(t, phoneRegions(t, dig, nd))).toEqual(want);
  return want.length;
}

describe('phone regions', () => {
  it('give the matches reading whole windows gives, on random text (property)', () => {
    const other = fc.constantFrom(
      'one',
      'TWO',
      'fem',
      'åtte',
      'Én',
      'seks',
      'ſeks', // long s: "seks" under the expression's case folding
      '\u212Aa', // Kelvin sign
      'null',
      'to',
      'pa',
      'på',
      'word',
      'x',
      '\u0345', // a mark that case-folds to a letter
      '😀',
      '𝐀', // an astral letter
      ',',
      '    ',
    );
    // Mostly digits and separators, so that many draws hold 8 units in a row.
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom(...'0123456789'.split('')), weight: 24 },
      { arbitrary: fc.constantFrom(...' .-()/+\t\n'.split('')), weight: 4 },
      { arbitrary: other, weight: 3 },
    );
    let found = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (ps) => {
        found += same(ps.join(''));
      }),
      { numRuns: 5000 },
    );
    expect(found).toBeGreaterThan(250); // the property saw phone numbers, not only their absence
  });

  it('give the matches reading whole windows gives, on ad-like text', () => {
    const ads = [
      'Ny i byen! Ring 912 34 567 eller +47 48 12 34 56, 24/7. Pris 1500 kr/t.',
      'Call (201) 555-0148, 10 Meadowland Parkway, Secaucus. Post ID: 11055482 12.',
      'ring ni en to tre 4 5 6 7 8 or nine one two 3 4 5 6 7, born 30.11.2018, 36-24-36',
      'Hostess jobs in Europe, 3000 EUR a week. WhatsApp +44 7700 900123 😀 +46 70-123 45 67',
      'nummer: fire fem 6 7 8 9 1 2 3 ... 00 47 912 34 567 / 912.34.567 (912) 34 567',
    ];
    let found = 0;
    for (const t of ads) found += same(t) + same(`${t} ${t}`);
    expect(found).toBeGreaterThan(10);
  });
});
