// @vitest-environment node
// Phone validity equals libphonenumber-js's (max metadata: per-type patterns), proved on random
// numbers, and the contact rules of issue 12: ids are not phones, one region per ad, disguises.
import fc from 'fast-check';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { findContacts, PHONE_METADATA } from '../../indicators';
import { phonePlan } from '../../indicators/phone-plan';

const plan = phonePlan(PHONE_METADATA);
const validNational = plan.validNational.bind(plan);
const national = plan.national.bind(plan);
const international = plan.international.bind(plan);

const lib = (s: string, region?: CountryCode) => {
  const n = parsePhoneNumberFromString(s, region);
  return n?.isValid() ? n.number : undefined;
};
const CODES = ['1', '44', '45', '46', '47'];
const REGIONS: CountryCode[] = ['NO', 'SE', 'DK', 'GB', 'US'];
const CODE: Record<string, string> = { NO: '47', SE: '46', DK: '45', GB: '44', US: '1' };
const digits = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((d) => d.join(''));
// Leading digits the plans start with, so that valid numbers are common too.
const LEAD = ['2', '3', '4', '5', '6', '7', '8', '9', '20', '71', '79', '91', '41', '80'];
const nationalNumber = fc.tuple(fc.constantFrom(...LEAD), digits(3, 11)).map(([a, b]) => a + b);

describe('phone validity equals libphonenumber-js (max)', () => {
  it('for national numbers of +1, +44, +45, +46 and +47', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.constantFrom(...CODES), nationalNumber, (code, nn) => {
        // Leads never start with a national prefix (0, 1): parsing keeps nn as it is.
        const want = lib(`+${code}${nn}`) !== undefined;
        if (want) valid++;
        expect(validNational(code, nn), `+${code} ${nn}`).toBe(want);
      }),
      { numRuns: 30_000 },
    );
    expect(valid).toBeGreaterThan(1500); // it saw valid numbers, not only rejections
  }, 60_000); // 30,000 library parses: seconds on a loaded machine

  it('parsed with a calling code, as the library parses them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODES), nationalNumber, (code, nn) => {
        expect(international(code + nn), `+${code} ${nn}`).toBe(lib(`+${code}${nn}`));
      }),
      { numRuns: 20_000 },
    );
  });

  it('parsed as written nationally in each region (no national prefix, no calling code)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGIONS), nationalNumber, (r, nn) => {
        fc.pre(!nn.startsWith(CODE[r]!));
        expect(national(nn, r), `${r} ${nn}`).toBe(lib(nn, r));
      }),
      { numRuns: 20_000 },
    );
  });

  it('found in ad text with a calling code (+44, +1)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1', '44'),
        fc.constantFrom(...LEAD),
        digits(8, 9),
        (code, a, b) => {
          const found = findContacts(`Call +${code} ${a}${b} now`).map((c) => c.value);
          const want = lib(`+${code}${a}${b}`);
          expect(found, `+${code} ${a}${b}`).toEqual(want ? [want] : []);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('contacts in ads (issue 12)', () => {
  const values = (text: string, lang?: string) => findContacts(text, lang).map((c) => c.value);

  it('does not read a post id or reference as a phone number', () => {
    expect(values('Post ID: 11055482')).toEqual([]);
    expect(values('Annonse-ID 91234567. Ref #40123456')).toEqual([]);
    expect(values('Post ID: 11055482. Ring 912 34 567', 'nb')).toEqual(['+4791234567']);
    expect(values('tlf nr: 91234567', 'nb')).toEqual(['+4791234567']);
    expect(values('Tiltredelse 30.11.2018, for skoleåret 2013-2014', 'nb')).toEqual([]);
  });

  it('reads one ad’s national numbers in one region', () => {
    // Both read as American, never one as +1 and the other as +44.
    const us = values('Call (201) 555-0123 or text 201 555 0188', 'en');
    expect(us).toEqual(['+12015550123', '+12015550188']);
    expect(values('Text 201-555-0199 anytime', 'en')).toEqual(['+12015550199']);
    // Measurements are not a number; an English ad prefers American, then British.
    expect(values('ROSE 36-24-36 117lbs, call 2065550117', 'en')).toEqual(['+12065550117']);
    // A Norwegian ad's numbers are Norwegian.
    expect(values('Tlf. 412 00 345 eller 22 33 44 55', 'nb')).toEqual([
      '+4741200345',
      '+4722334455',
    ]);
    // An English ad on a Norwegian site may give a Norwegian number.
    expect(values('Can ship within Norway. Cash or Vipps. 474 00 996', 'en')).toEqual([
      '+4747400996',
    ]);
    // A British ad stays British.
    expect(values('Ring 020 7946 0958 or 07912 345678', 'en')).toEqual([
      '+442079460958',
      '+447912345678',
    ]);
    for (const text of ['(201) 555-0123, 2015550188', '2015550188 / (201) 555-0123']) {
      const vs = values(text, 'en');
      expect(new Set(vs.map((v) => v.slice(0, 2))), text).toEqual(new Set(['+1']));
    }
  });

  it('keeps disguised numbers: number words, spaced digits, "(0)"', () => {
    expect(values('Call 2Five3-55five-0100', 'en')).toEqual(['+12535550100']);
    expect(values('ring 9 1 2 3 4 5 6 7', 'nb')).toEqual(['+4791234567']);
    expect(values('ring ni 1 to 3 fire 5 seks 7', 'nb')).toEqual(['+4791234567']);
    expect(values('+44 (0)20 7946 0958')).toEqual(['+442079460958']);
    expect(values('text me at (619) five five five - zero one two eight San Diego', 'en')).toEqual([
      '+16195550128',
    ]);
    // Cut at a space when the run goes on: "201-555-0148 10 Meadowland Parkway".
    expect(values('Call 201-555-0148 10 Meadowland Parkway', 'en')).toEqual(['+12015550148']);
    expect(values('Text TEAM to 07911 123456 10 Meadowland Parkway', 'en')).toEqual([
      '+447911123456',
    ]);
  });

  it('never reads a number word in front and drops the last group too (detect21)', () => {
    // 07700 900 105 is Ofcom's drama range, no valid number; "to 07700 900" read as
    // "2 07700 900" was a Swedish one, shared by every ad of one UK recruiter.
    expect(values('Call or text TEAM to 07700 900 105 for a fast response', 'en')).toEqual([]);
    expect(values('Call or text TEAM to 07700 900 105 for a fast response')).toEqual([]);
  });
});
