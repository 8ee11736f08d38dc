// @vitest-environment node
// Classes of failure on real ads (issue 12, detect13), written fresh for this test in the style
// of real ads: nationality words inside a client exclusion, a personal ad with no context word
// that insists its photos are hers, around-the-clock and client-exclusion spellings, short stays,
// job-ad labour wording, and the honest look-alikes that must stay as they were.
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

const words = (text: string) => scan(text).indicators.map((f) => f.match);

describe('nationality words inside a client exclusion name the clients, not her', () => {
  it.each([
    'Incall specials tonight. No Black, Arab or Indian men',
    'Incall specials tonight, no black or hispanic men please',
    'Incall specials. I only see white and asian guys',
    'Incall specials, only caucasian gentlemen',
    'Incall specials, caucasian gentlemen only',
    'Eskorte, ingen afrikanere eller arabere',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('restricted');
    expect(cats(r)).not.toContain('ethnicity');
    expect(flagged(r)).toBe(false);
  });
  it('keeps her own nationality before the exclusion', () => {
    const r = scan('Incall specials. I am Russian, no black men');
    expect(cats(r)).toEqual(['ethnicity', 'restricted']);
  });
  it('keeps a nationality that is not joined to the exclusion', () => {
    expect(cats(scan('Incall specials, no AA. Sweet Colombian girl, call me'))).toContain(
      'ethnicity',
    );
  });
});

describe('a personal ad with no context word that insists the photos are hers', () => {
  it('is a personal (escort) ad and its trust words count', () => {
    const r = scan(
      'I AM PRETTY AS HELL, OPEN MINDED AS LONG AS IT STAYS RESPECTFUL, MY PICTURES ARE 100% REAL * NO BAD SURPRISE WHEN YOU GET HERE. Call 416-555-0122',
    );
    expect(r.context).toBe('escort');
    expect(cats(r)).toEqual(['trust-language']);
  });
  it.each([
    'Jordan sneakers size 10, 100% legit, real pics, $120',
    'Toyota Corolla 2012, real pics, low miles',
    'Apartment for rent, real photos, 2 bedrooms',
  ])('a sale ad with "real pics" stays what it is: %s', (text) => {
    const r = scan(text);
    expect(r.context).toBe('other');
    expect(r.indicators).toEqual([]);
  });
});

describe('around the clock and client exclusions in real spellings are restricted', () => {
  it.each([
    ['escort incall, available round the clock', 'round the clock'],
    ['escort incall, twenty four seven', 'twenty four seven'],
    ['escort incall, available at all hours', 'at all hours'],
    ['escort incall, available 7/24', 'available 7/24'],
    ['escort incall, NON AA', 'NON AA'],
    ["escort incall, I don't do black men", "don't do black"],
  ])('%s', (text, match) => {
    expect(words(text)).toContain(match);
    expect(cats(scan(text))).toContain('restricted');
  });
  it('leaves a date range alone ("in town 7/22-7/24")', () => {
    expect(cats(scan('escort incall, in town 7/22-7/24'))).not.toContain('restricted');
  });
  it('a review-board id spelled "p/411" makes a short ad an escort ad', () => {
    const r = scan('Review ID: 159184 p/411: P59111 Avail 24/7');
    expect(r.context).toBe('escort');
    expect(cats(r)).toEqual(['restricted']);
  });
});

describe('trust and movement in real spellings', () => {
  it.each([
    'escort incall, I look exactly like my photos',
    'escort incall, you get what you see',
    'escort incall, all genuine profiles',
    'escort incall, my pics are up to date',
  ])('trust: %s', (text) => {
    expect(cats(scan(text))).toContain('trust-language');
  });
  it.each([
    'escort incall, here for 2 nights only',
    'escort incall, arriving tomorrow',
    'escort incall, first visit to London',
    'eskorte, reiser videre på fredag',
  ])('movement: %s', (text) => {
    expect(cats(scan(text))).toContain('movement');
  });
  it('reads a "!" glued between a small and a capital letter as the end of a sentence', () => {
    // rd-006's "sweet and discrete!I'm known": the "!" was a leet "i" and glued the words.
    expect(cats(scan("escort, sweet and discrete!I'm known"))).toEqual(['trust-language']);
    expect(cats(scan('escort, so much fun!Young and new in town'))).toContain('youth');
    // Inside a word it still stands for "i".
    expect(cats(scan('escort, new g!rls every week'))).toContain('third-party');
  });
  it('reports "discreet" as trust language with no point (POLICY.md)', () => {
    const r = scan('escort incall, safe and discreet, very discreet');
    expect(cats(r)).toEqual(['trust-language']);
    expect(r.indicators.every((f) => f.weight === 0)).toBe(true);
    expect([r.score, r.level]).toEqual([0, 'none']);
    // Since detect27 it names trust language for the two-category rule in an escort ad.
    const withCue = scan('escort incall, no black men, discreet');
    const without = scan('escort incall, no black men');
    expect(withCue.score).toBe(without.score);
    expect([without.level, withCue.level]).toEqual(['low', 'medium']);
  });
});

describe('job-ad labour wording of real ads', () => {
  it.each([
    ['Job: farm workers wanted. Cash paid weekly.', 'Cash paid weekly'],
    ['Job vacancy: cleaners needed. We provide housing.', 'We provide housing'],
    ['Job offer: kitchen helper, rent deducted every month', 'rent deducted'],
  ])('%s', (text, match) => {
    expect(words(text)).toContain(match);
    expect(cats(scan(text))).toEqual(['labour']);
  });
  it('an appearance-and-youth demand in a job ad is youth', () => {
    expect(cats(scan('Job: waitress wanted, must be young and pretty'))).toEqual(['youth']);
  });
  it.each([
    'Job: accountant wanted, tax is deducted at source, full time position',
    'Job: developer wanted for a young and dynamic team, full time',
  ])('an honest job ad stays quiet: %s', (text) => {
    expect(scan(text).indicators).toEqual([]);
  });
  it('fresh linens in a massage salon are no youth', () => {
    expect(
      cats(scan('Massage studio: warm oils, fresh linens, relaxing full body massage')),
    ).toEqual([]);
  });
});
