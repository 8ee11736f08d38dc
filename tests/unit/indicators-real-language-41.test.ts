// @vitest-environment node
// Round 41 of issue 12: the remaining misses of every read set. Every sentence is written for
// this test, not copied from any ad; each positive one failed before this round. Every class
// keeps near-misses that must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, engine, flagged, scan } from '../support/engine-scan';

const matches = (text: string, category: string) =>
  scan(text)
    .indicators.filter((f) => f.category === category)
    .map((f) => f.match.toLowerCase());

describe('more nationalities of the worker are ethnicity', () => {
  it.each([
    'Sweet Rwandese girl in Westlands, incall and outcall, call me',
    'Hot Blatino stud, escort for ladies and gents, incall',
    'Desi bhabhi escort, call me for outcall',
    'Sexy Scottish lass, escort, incall only',
    'Nordic by birth, warm by nature: escort, call me',
    'Escort, hi I am Lina, I am from Venezuela, call me',
    'New Aisan girls, massage spa, walk ins welcome',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('ethnicity');
  });

  it.each([
    'Massage spa: we finish every session with hot towels',
    'Escort, I love Nordic walking and long dinners, call me',
    'Sexy escort who supports the Nordic model debate, call me',
  ])('not a nationality: %s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it('a nationality alone is never a flag', () => {
    expect(flagged(scan('Sweet Rwandese girl, escort, call me'))).toBe(false);
  });
});

describe('a promise of discretion is trust language of no weight', () => {
  it.each([
    'Sensual massage, oils and warm towels, total discretion',
    'Erotic massage studio, complete discretion, book online',
    'Escort for gentlemen, 100% discretion, incall',
    'Massage, discretion and privacy always respected, call',
    'Escort, discretion is my middle name, call me',
  ])('%s', (text) => {
    const found = scan(text).indicators.filter((f) => f.category === 'trust-language');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.weight === 0)).toBe(true);
  });

  it.each([
    'Escort: tips are at your discretion',
    'Massage clinic: cancellations are at the discretion of the therapist',
  ])('a choice left to someone is no promise: %s', (text) => {
    expect(matches(text, 'trust-language')).toEqual([]);
  });

  it('outside sex ads it is nothing', () => {
    expect(matches('Law firm hiring: total discretion required', 'trust-language')).toEqual([]);
  });
});

describe('personals in their own words are dating posts', () => {
  it.each([
    ['mw4mw - fun couple with a cute bi girl looking to play today, respond with pic', undefined],
    [
      'Just an average couple in the lifestyle looking to meet other couples, hwp please',
      undefined,
    ],
    ['I am a college student, 20, looking for a real man who treats me right', undefined],
    ['Hi, quiet guy who loves hiking. You should message me if you like dogs', undefined],
  ])('%s', (text, title) => {
    expect(scan(text, title).context).toBe('dating');
  });

  it('a student seeking a partner is no youth flag', () => {
    expect(flagged(scan('I am a college student looking for a real man, send a pic'))).toBe(false);
  });

  it('a job shift from 7am is no "t4m"', () => {
    expect(scan('Chef wanted, shift is 7am - 4pm, experience required').context).not.toBe('dating');
  });

  it('an escort duo with "my girlfriend and I" stays an escort ad', () => {
    expect(scan('Escort duo: my girlfriend and I, incall, outcall, GFE, call me').context).toBe(
      'escort',
    );
  });
});

describe('"no days off" in a job ad is restricted time, as DESIGN.md says', () => {
  it.each([
    'Cruise crew wanted: 7 days per week, no days off; accommodation and meals provided by the company',
    'Sesongjobb: ingen fridager, bolig ordnes av arbeidsgiver',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('restricted');
    expect(flagged(r)).toBe(true);
  });

  it('alone it is one category and no flag', () => {
    const r = scan('Farm job, no days off during harvest, apply now');
    expect(cats(r)).toEqual(['restricted']);
    expect(flagged(r)).toBe(false);
  });
});

describe('a country the agency is in, or its banks, is no worker nationality', () => {
  it.each([
    'Best escort agency in the Philippines, our girls, call',
    'Escort agency: we do not accept cards from Filipino banks, our girls',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it('her own nationality still counts', () => {
    expect(cats(scan('Sweet Filipina escort in the city, call me'))).toContain('ethnicity');
  });
});

it('company apartments for staff are employer housing (labour)', () => {
  expect(cats(scan('Hotel jobs: residence in our company owned apartments, apply'))).toContain(
    'labour',
  );
});

describe('job-board wording of employer housing, and jobs for both sexes', () => {
  it.each([
    'Catering staff wanted, salary 33,000, Room+Food (Meal) Free',
    'Branch staff urgently wanted: salary + incentives + free hostel',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('labour');
  });

  it.each([
    'Catering boys and girls wanted for hotels, apply now',
    'We are looking for 18+ young women and men to work in our branches',
  ])('a job for both sexes is no women-recruitment or youth cue: %s', (text) => {
    const c = cats(scan(text));
    expect(c).not.toContain('recruitment');
    expect(c).not.toContain('youth');
  });

  it('girls wanted alone still counts', () => {
    expect(cats(scan('Girls wanted for hostess work, high pay'))).toContain('recruitment');
  });
});

it('a student residence rent page is no job ad, and its board and lodging no labour cue', () => {
  const r = engine.scan({
    title: 'Leiepriser',
    text: 'Månedsleien inkluderer kost og losji, og leiekontrakten løper fra august. Dugnaden er arbeid som å vaske fellesområder.',
    lang: 'nb',
  });
  expect(r.context).toBe('other');
  expect(cats(r)).toEqual([]);
});

describe('an agency casting "open-minded girls" to "meet gentlemen" recruits for sex work', () => {
  it('is recruitment, and flagged', () => {
    const r = scan(
      'Casting: our agency seeks open-minded girls, 18 to 30, willing to meet gentlemen. We offer a generous income.',
    );
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(true);
  });

  it('an open-minded family hiring a nanny is not', () => {
    expect(cats(scan('Nanny wanted by an open-minded family, meet the parents first'))).toEqual([]);
  });
});

it.each([
  'Labor: yard cleanup and weeding, pickup truck needed, cash paid',
  'Help wanted: movers for the weekend, cash paid',
])('a gig paid in cash is a job ad with cash wages: %s', (text) => {
  const r = scan(text);
  expect(r.context).toBe('job');
  expect(cats(r)).toContain('labour');
});

describe("a massage studio's own words are not a visitor or a traveller", () => {
  it.each([
    'Thai massage FAQ: new to Thai massage, or planning your first visit? Walk-ins welcome',
    'Massage therapist: in 2002 she travelled to Thailand to study yoga and massage',
  ])('%s', (text) => {
    const c = cats(scan(text));
    expect(c).not.toContain('movement');
    expect(c).not.toContain('ethnicity');
  });

  it('an escort visiting the city is still movement', () => {
    expect(cats(scan('Sexy escort visiting Houston this week only, incall'))).toContain('movement');
  });
});

describe('a not-police clause in its own words', () => {
  it('is trust language, and names no agency of hers', () => {
    const r = scan(
      'By calling me you agree you are not part of any law enforcement agency, and this is no entrapment',
    );
    expect(r.context).toBe('escort');
    expect(cats(r)).toEqual(['trust-language']);
  });

  it('an escort agency is still an agency', () => {
    expect(cats(scan('Escort agency, our girls, call us'))).toContain('third-party');
  });
});

it.each([
  'Orchard hiring pickers for the season. Facilities: campground, cookhouse, hot showers',
  'Cherry packers wanted; we have an onsite, clean and safe camp for employees',
])('a farm job with a worker camp offers employer housing (labour): %s', (text) => {
  expect(cats(scan(text))).toContain('labour');
});

describe("an agency profile's form fields", () => {
  it('"Black gentleman: No" is a client exclusion', () => {
    const r = scan('Escort profile. Nationality: Québécoise. Tattoos: Yes Black gentleman: No');
    expect(cats(r)).toEqual(['ethnicity', 'restricted']);
  });

  it('"Tattoos: No Black gentleman: Yes" excludes no one', () => {
    const r = scan('Escort profile. Nationality: Chinese. Tattoos: No Black gentleman: Yes');
    expect(cats(r)).toEqual(['ethnicity']);
  });
});

it.each([
  'Meet Paige, your irresistible British bombshell, the perfect GFE companion',
  'Caprice is an enchanting English beauty, perfect for GFE bookings',
])("an agency's English or British woman is ethnicity: %s", (text) => {
  expect(cats(scan(text))).toContain('ethnicity');
});

it('a client hiring their services is no recruitment', () => {
  const r = scan(
    'Escort agency: call us if you are interested in hiring their services, our girls',
  );
  expect(cats(r)).not.toContain('recruitment');
});

describe("last session's c40, read this session", () => {
  it.each([
    'Korean spa: only Korean girls who just came from Seoul, table shower',
    'Massage spa: 4 new girls arrived, walk ins welcome',
  ])('women who just came are movement: %s', (text) => {
    expect(cats(scan(text))).toContain('movement');
  });

  it('a slide massage is body to body', () => {
    expect(cats(scan('Sexy slide massage by new girls, $50/h'))).toContain('massage-sex');
  });

  it.each([
    'Escort etiquette: discretion is paramount for all of our dates',
    'My booking policy: discretion is of utmost importance to me, escort',
  ])('a stated promise of discretion: %s', (text) => {
    expect(cats(scan(text))).toContain('trust-language');
  });

  it('"Europen" is European', () => {
    expect(cats(scan('Sweet Europen young girl, escort, call me'))).toContain('ethnicity');
  });
});
