// @vitest-environment node
// Round 42 of issue 12: escorts' etiquette pages, clinics' pages and job boards, measured blind
// first. Every sentence is written for this test, not copied from any ad; each one failed before
// this round. Every class keeps near-misses that must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, engine, flagged, scan } from '../support/engine-scan';

describe("an escort's house rules refuse; they offer nothing", () => {
  it.each([
    'Escort etiquette: requests for unprotected play end the date at once',
    'Escort rules: gentlemen asking for unprotected services will be blocked',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).not.toContain('risky-services');
    expect(flagged(r)).toBe(false);
  });

  it('an offer is still an offer', () => {
    expect(cats(scan('Escort, unprotected fun for extra, call me'))).toContain('risky-services');
  });
});

describe('the client hires; only recruiting wording is recruitment', () => {
  it.each([
    'Escort etiquette: when hiring a companion, book early and pay on arrival',
    'Male escort for gents. Hiring shouldn\u2019t be stressful, read my rates',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('recruitment');
  });

  it.each(['Escort agency now hiring, call us', 'Escort agency hiring girls, call us today'])(
    'recruiting: %s',
    (text) => {
      expect(cats(scan(text))).toContain('recruitment');
    },
  );
});

describe('no movement in a visit to the client, a new client or aftercare', () => {
  it.each([
    'Escort etiquette: when I am visiting you, leave the envelope in view',
    'Outcall etiquette: remember, the provider is visiting you, so have water ready. Escort',
    'Escort rules: every request is new to us at first, so ask',
    'Escort agency: for gentlemen new to the agency, bookings are simple',
    'Massage clinic: you may feel sore for a few days after a deep session',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('movement');
  });

  it.each([
    'Escort visiting your city this weekend, call me',
    'Escort, only here for a few days, call me',
  ])('a tour is still movement: %s', (text) => {
    expect(cats(scan(text))).toContain('movement');
  });
});

it.each([
  'Male escort for gents: I assure discretion, always',
  'Sensual massage studio, we ensure discretion for every guest',
])('a stated promise of discretion is trust language of no weight: %s', (text) => {
  const found = scan(text).indicators.filter((f) => f.category === 'trust-language');
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((f) => f.weight === 0)).toBe(true);
});

describe('Chinese medicine names a therapy, not the worker', () => {
  it.each([
    'Massage clinic: acupuncture and traditional Chinese cupping, health form first',
    'Massage clinic: Chinese \u2018Tuina\u2019 massage for back pain, book a consultation',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it('a worker of a nationality still counts', () => {
    expect(cats(scan('Massage spa: sweet Chinese girls, table shower'))).toContain('ethnicity');
  });
});

describe('a payment card is no visa', () => {
  it('an escort who takes Vanilla Visa cards posts no job', () => {
    const r = scan(
      'Booking policy of a provider: a $50 fee per hour booked, payable by Vanilla Visa gift card',
    );
    expect(r.context).toBe('escort');
  });

  it('a work visa still speaks of a job', () => {
    const r = scan('Farm workers wanted, visa support and wages per hour, apply now');
    expect(r.context).toBe('job');
  });
});

describe('job pages: taxes, and food with a room', () => {
  it('income tax withheld from the pay is no debt', () => {
    const r = scan(
      'Deckhand job on a ship: federal taxes will be deducted from your pay. Apply now',
    );
    expect(cats(r)).not.toContain('labour');
  });

  it('rent withheld beside taxes still is', () => {
    const r = scan(
      'Deckhand job on a ship: rent and taxes will be deducted from your pay. Apply now',
    );
    expect(cats(r)).toContain('labour');
  });

  it.each([
    'Care assistant job abroad: you get pocket money, accommodation and food. Apply',
    'Cruise waiter job. Benefits: insurance, food & accommodation. Apply now',
  ])('employer housing (labour, light): %s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('labour');
    expect(flagged(r)).toBe(false);
  });
});

it('an age she was once is no stated young age', () => {
  const r = scan('Escort, companion for gents. I started when I was just 19, long ago. Call me');
  expect(cats(r)).not.toContain('youth');
  expect(cats(scan('Escort, companion for gents. I am just 19. Call me'))).toContain('youth');
});

it("an escort's page that speaks of hiring as often as of her work stays an escort page", () => {
  const r = scan('Provider and companion: hiring me is easy, just text');
  expect(r.context).toBe('escort');
});

describe('one word is one context vote, in however many lexicons it is', () => {
  it('an escort who calls her work a job writes no job ad', () => {
    const r = scan(
      'London escort: my life as an escort. I meet gentlemen for dinner dates and overnight booking. Keeping fit is part of the job.',
    );
    expect(r.context).toBe('escort');
    expect(cats(r)).not.toContain('recruitment');
  });

  it('a restaurant job in Norwegian is a job ad, and its housing and cash pay count', () => {
    const r = engine.scan({
      title: 'Kokk til restaurant i Bergen',
      text: 'Restaurant i Bergen søker kokk. Bolig ordnes, lønn betales kontant.',
      lang: 'nb',
    });
    expect(r.context).toBe('job');
    expect(cats(r)).toContain('labour');
  });
});

describe('maid agencies, clinics and booking terms', () => {
  it('a maid agency that sells helpers by nationality is a job page with ethnicity', () => {
    const r = scan(
      'Why choose Filipino maids from our maid agency? Filipino maids adapt well. Pick up your helper at our office',
    );
    expect(r.context).toBe('job');
    expect(cats(r)).toContain('ethnicity');
  });

  it.each([
    'Massage clinic: he joined Chinese, Egyptian and Greek techniques into one method',
    'Massasje: han kombinerte kinesiske, egyptiske og greske teknikker',
  ])('the nationalities of a list of techniques are no ethnicity: %s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it.each([
    'Massage spa: Asian, Latina and Ebony girls, oil massage, table shower',
    'Sexy Asian, oil massage, call me',
  ])('women of a nationality still are: %s', (text) => {
    expect(cats(scan(text))).toContain('ethnicity');
  });

  it('a Norwegian clinic asking for 24 hours notice is not open around the clock', () => {
    const r = engine.scan({
      text: 'Klassisk massasje. Avbestilling: minst 24 timer, ellers betaler du full pris',
      lang: 'nb',
    });
    expect(cats(r)).not.toContain('restricted');
  });
});

describe("a house's own booking terms", () => {
  it('a house that rosters its Mistresses speaks as a third party', () => {
    const r = scan(
      'Bookings: to see a particular Mistress please check our staff roster for available days. It is house policy to confirm by phone',
    );
    expect(r.context).toBe('escort');
    expect(cats(r)).toContain('third-party');
  });

  it('a clinic with a staff roster is only a clinic', () => {
    const r = scan('Massage clinic: check our staff roster for your therapist, relaxation massage');
    expect(cats(r)).not.toContain('third-party');
  });
});

it.each([
  'Massage studio: our online booking system is available 24/7 for your convenience',
  'Swedish massage: long strokes follow the blood returning to the heart',
])('a clinic page: no time restriction or movement in %s', (text) => {
  expect(cats(scan(text))).toEqual([]);
});

describe('the fourth wave: escorts booking terms and a travel agency', () => {
  it('"Not AA Friendly" excludes clients', () => {
    expect(cats(scan('Escort etiquette: screening required. Not AA Friendly.'))).toEqual([
      'restricted',
    ]);
  });

  it.each([
    'Escort deposits: for in-town bookings no deposit is needed, call me',
    'Escort cancellations. Less than 24hrs: I keep the deposit',
  ])('booking terms are no movement or restriction: %s', (text) => {
    expect(cats(scan(text))).toEqual([]);
  });

  it("a travel-companion agency's portfolio of women is a third party", () => {
    const r = scan('Travel companion etiquette: browse our portfolio and send an invitation');
    expect(cats(r)).toContain('third-party');
  });
});

it('a spa open "daily: 24 hours / 7 days" is open around the clock', () => {
  const r = scan('Asian bodywork spa, massage. Open Daily: 24 HOURS / 7DAYS');
  expect(cats(r)).toContain('restricted');
});

it("a tour that visits the client's city is still movement", () => {
  expect(cats(scan('Escort: I will be visiting you in Dallas next week, call me'))).toContain(
    'movement',
  );
});
