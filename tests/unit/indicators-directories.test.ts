// @vitest-environment node
// Classes seen on escort directories, agency galleries and review sites (issue 12, detect7),
// written fresh for this test: site chrome is no cue, an agency's third-person profile is, and a
// "no" idiom ("no limits", "no rush") negates nothing after it.
import { describe, expect, it } from 'vitest';
import { scan, cats, flagged } from '../support/engine-scan';

describe('directory and review-site chrome is no cue', () => {
  // Reversed in detect76: 72 of 75 labelled ads of rounds 56–76 with the field expect it.
  it('reads a profile table\'s "Ethnicity: White / Caucasian" as her listed ethnicity', () => {
    const r = scan(
      'Type: Independent Escort Age: 24 Ethnicity: White / Caucasian Incall & Outcall',
    );
    expect(cats(r)).toEqual(['ethnicity']);
    expect(flagged(r)).toBe(false);
    // A Caucasian woman described in the text still counts.
    expect(cats(scan('Independent escort, incall. Sweet young caucasian girl'))).toContain(
      'ethnicity',
    );
  });
  it('reads "Thank you for visiting" as no movement, "visiting your city" still as movement', () => {
    expect(
      cats(scan('Thank you for visiting our erotic massage directory, body rubs')),
    ).not.toContain('movement');
    expect(cats(scan('Escort incall, visiting your city this week'))).toContain('movement');
  });
  it('reads a review site\'s "Real Photo: Yes" field as no trust language', () => {
    expect(
      cats(scan('Escort ad | 555-0100 Review ID: 1 Real Photo: Yes 0 fake pics reported')),
    ).toEqual([]);
    expect(cats(scan('Escort incall, real photos, call me'))).toContain('trust-language');
  });
  it('reads "erotic massage" in an escort\'s service list as no massage-sex, in a spa ad as one', () => {
    expect(
      cats(
        scan(
          'Type: Independent Escort. Services I Provide: Escort, Erotic Massage, Private Dancer, Fetishes. Incall & Outcall, call me, sexy GFE',
        ),
      ),
    ).toEqual([]);
    expect(cats(scan('Spa: erotic massage, body rub. Massage parlor open late'))).toContain(
      'massage-sex',
    );
  });
});

describe("an agency's profile in the third person", () => {
  it('is third-party when several of its phrases add up', () => {
    const r = scan(
      'Zara is an escort with a sweet smile. Her gallery pictures will have you booking her straight away. This girl is a delight.',
    );
    expect(cats(r)).toEqual(['third-party']);
    expect(flagged(r)).toBe(true);
  });
  it('keeps one third-person phrase alone low (independents write "she" too)', () => {
    const r = scan('Escort incall. Booking her is easy, she answers fast.');
    expect(r.level).toBe('low');
  });
});

describe('"no" idioms negate nothing after them', () => {
  it.each(['No limits BBBJ and GFE, escort incall', 'Escort incall, no rush bbbj'])(
    '%s',
    (text) => {
      const r = scan(text);
      expect(cats(r)).toEqual(['risky-services']);
      expect(flagged(r)).toBe(true);
    },
  );
  it('still cancels a plain negation and one after the idiom', () => {
    expect(cats(scan('Escort incall, no bbbj'))).toEqual([]);
    expect(cats(scan('Escort incall, no limits, no bbbj'))).toEqual([]);
    expect(cats(scan('Escort incall, no sex without a condom'))).toEqual([]);
  });
});

describe('real spellings from directory pages', () => {
  it.each([
    ['100% PIC, incall escort', 'trust-language'],
    ['Escort incall, first time here', 'movement'],
    ['JUST off Plane, escort incall', 'movement'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });
});
