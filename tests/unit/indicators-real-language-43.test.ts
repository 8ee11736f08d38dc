// @vitest-environment node
// Round 43 of issue 12: clinics' pages, household jobs, ads quoted in news and books, India's and
// Nairobi's escort sites and a brothel's recruiting page, measured blind first. Every sentence is
// written for this test, not copied from any ad; each positive failed before this round (f92b201).
// Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, engine, flagged, scan } from '../support/engine-scan';

describe("a nationality naming a word's language or a technique's origin is no ethnicity", () => {
  it.each([
    'Massage clinic: Shiatsu, a Japanese form of acupressure, and Swedish relaxation',
    'Reiki massage: the word means "spirit energy" in Japanese. Book a session',
    'Massage studio: Tuina is the Chinese art of therapeutic touch',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it.each(['Sexy Japanese girl, oil massage, call me', 'Thai form of massage by Thai girls, sexy'])(
    'the worker keeps hers: %s',
    (text) => {
      expect(cats(scan(text))).toContain('ethnicity');
    },
  );
});

describe("the client's youthful feeling is no youth", () => {
  it.each([
    'Massage therapy: you will leave feeling relaxed, youthful and free of aches',
    'Facial massage for a youthful complexion, 60 minutes',
    'Hot stone massage to look youthful and rested',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('youth');
  });

  it('a youthful worker in a sexual ad still is', () => {
    expect(cats(scan('Sexy escort, youthful and naughty, call me'))).toContain('youth');
  });
});

describe('a household job done naked recruits into sexual services', () => {
  it.each([
    'Looking for a nice lady to tidy my apartment in the nude, good money for your time',
    'Nude housekeeper wanted two afternoons a week, cash',
    'Topless maid needed for weekly cleaning, pay is generous',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Housekeeper wanted two afternoons a week, references required',
    'Escort: I can play your topless maid or a strip tease, call me',
    'Life drawing class needs nude models, paid per session',
  ])('no recruitment: %s', (text) => {
    expect(cats(scan(text))).not.toContain('recruitment');
  });
});

describe("a massage house's escorts and an agency choosing the woman are a third party", () => {
  it('"our lovely escorts" in a massage ad', () => {
    const r = scan('Spa for gentlemen: our lovely escorts give a body massage, then more');
    expect(cats(r)).toContain('third-party');
  });

  it('"our ladies" of a massage clinic are its staff', () => {
    expect(cats(scan('Massage clinic: our skilled ladies give deep tissue massage'))).not.toContain(
      'third-party',
    );
  });

  it.each([
    'Escort in Pune, outcall only. Send your area and I will suggest who is free tonight',
    "Escort in Pune, outcall only. Tell me your hotel and we will suggest who's available",
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('third-party');
  });
});

describe("India's regional origins listed in an escort ad are ethnicity", () => {
  it('listed', () => {
    expect(cats(scan('Escort in Chennai: Tamil, Mallu and Telugu girls, outcall'))).toContain(
      'ethnicity',
    );
  });

  it.each([
    'Escort in Chennai, I speak Tamil and English, call me',
    'Tamil cook wanted for a restaurant in Oslo, full time',
  ])('not the language she speaks, nor a job: %s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });
});

describe('a brothel recruiting working-holiday visa holders', () => {
  it('recruits', () => {
    const r = scan('Escort house: working holiday girls, earn $300 an hour with us, call');
    expect(cats(r)).toContain('recruitment');
  });

  it('a farm job for working holiday makers does not', () => {
    expect(
      cats(scan('Fruit picking job, working holiday makers welcome, award wages')),
    ).not.toContain('recruitment');
  });
});

describe('a job ad asking for a single, pretty woman, with housing and posts abroad', () => {
  it('recruits, and with housing and a post abroad it is flagged', () => {
    const r = scan(
      'Girls: must be single and very pretty. We invite you to work as models and secretaries. Housing is supplied. Foreign posts available. Apply in person.',
    );
    expect(cats(r)).toEqual(expect.arrayContaining(['recruitment', 'labour']));
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Hostess job: must be very pretty and single, good pay, apply in person',
    'Waitress wanted, must be attractive, evening shifts',
  ])('looks asked of a worker: %s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(false);
  });

  it.each([
    'Receptionist wanted for our dental clinic, must be friendly and reliable, full time',
    'Escort, I am single and very pretty, call me',
  ])('no recruitment: %s', (text) => {
    expect(cats(scan(text))).not.toContain('recruitment');
  });
});

it('nynorsk job words make a job ad, not a personal', () => {
  const r = engine.scan({
    text: 'Vi søkjer deg som vil jobbe på sjukeheimen. Arbeidsoppgåver: matlaging. Singel? Ung til sinns?',
    lang: 'nb',
  });
  expect(r.context).toBe('job');
});

describe('a Nairobi directory: unprotected oral, massage with extras, a client new in town', () => {
  it('"cum in my mouth" is unprotected oral', () => {
    const r = scan('Sexy escort, sloppy blow job, I love when you cum in my mouth, call me');
    expect(cats(r)).toContain('risky-services');
  });

  it('"massage services and extras" in an escort ad sells sex through massage', () => {
    const r = scan(
      'Sexy escort girl, GFE, kisses, incall and outcall. I also offer massage with extras, call me',
    );
    expect(cats(r)).toContain('massage-sex');
  });

  it('a client new in town is no movement, her arrival still is', () => {
    expect(
      cats(scan("Sexy escort, incall. If you're new in town let's meet and have fun")),
    ).not.toContain('movement');
    expect(cats(scan('Sexy escort, I am new in town, incall'))).toContain('movement');
  });

  it('a refusal stays a refusal', () => {
    expect(cats(scan('Sexy escort. I do not do cim, call me'))).not.toContain('risky-services');
  });
});

describe('work abroad backs other recruitment cues; alone it is no indicator', () => {
  it.each([
    [
      'Vi söker en säljare till vårt kontor i Stockholm. Tjänsten innebär resor utomlands. Heltid.',
      'sv',
    ],
    [
      'Vi søker en prosjektleder. Erfaring fra arbeid i utlandet er en fordel. Fast stilling.',
      'nb',
    ],
    ['Accountant wanted for our firm, full time, some travel to our offices overseas', 'en'],
  ])('%s', (text, lang) => {
    expect(cats(engine.scan({ text, lang }))).not.toContain('recruitment');
  });

  it.each([
    'Jobs abroad for young women, high pay for easy work, apply now',
    'Job vacancy, location: overseas, full time, salary in USD, apply now',
    'Job offer: get a 2 year Dubai visa + ticket, salary paid monthly, apply now',
  ])('recruits: %s', (text) => {
    expect(cats(scan(text))).toContain('recruitment');
  });
});

it.each([
  'Fruit picker job. Visa sponsorship: available. Accommodation: often provided by the employer.',
  'Job details - Housing: yes - Transport: no. Apply now, full time',
])("a job board's housing field is employer housing: %s", (text) => {
  expect(cats(scan(text))).toContain('labour');
});

it.each([
  ['Kate, a hot Rwandese callgirl in Nairobi west', 'escort'],
  ['I trollhättan igen, bj time', 'escort'],
  [
    'Why pay for a call girl? Join free, hook up with hot locals, no strings, free dating site for singles',
    'dating',
  ],
])('headline words name the ad: %s', (text, context) => {
  expect(scan(text).context).toBe(context);
});
