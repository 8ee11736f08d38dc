// @vitest-environment node
// Round 64 of issue 12: classes of real-ad language found in the round-64 ads and in the extra
// categories of rounds 56–63 counted together, read after the round's blind run. Every sentence
// is written for this test, not copied from any ad; each positive failed before this round
// (c37d27e). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('phrases that deny or joke', () => {
  it('an agency\'s photos that "may not be 100% accurate" are no trust language', () => {
    expect(
      cats(scan('Escort agency. The photo is like the lady, but may not be 100% accurate.')),
    ).not.toContain('trust-language');
  });

  it('"100% accurate photos" stays trust language', () => {
    expect(cats(scan('Escort. 100% accurate photos, call me'))).toContain('trust-language');
  });

  it('"here for a good time, not a long time" is an idiom, no stay', () => {
    expect(cats(scan('Escort. Here for a good time, not a long time. Text me'))).not.toContain(
      'movement',
    );
  });
});

describe('clients, businesses and history, not women', () => {
  it.each([
    'Escort. I love meeting guys from all nationalities, incall downtown',
    'Escort profile. Gentlemen of all nationalities welcome',
  ])('%s is about clients, no third party', (text) => {
    expect(cats(scan(text))).not.toContain('third-party');
  });

  it('a B2B marketing job where Norwegian is a plus names no sex and no nationality', () => {
    const c = cats(
      scan(
        'Marketing job at our massage studio chain: experience with B2B marketing, Norwegian is a plus',
      ),
    );
    expect(c).not.toContain('massage-sex');
    expect(c).not.toContain('ethnicity');
  });

  it('Chinese Taoist priests and Indian tantra gurus are history, no menu of women', () => {
    const c = cats(
      scan('Massage history: Chinese Taoist priests and Indian tantra gurus knew touch heals'),
    );
    expect(c).not.toContain('ethnicity');
  });

  it('a temperature "in the late teens" is no youth', () => {
    expect(cats(scan('Escort diary: a warm day, the temperature in the late teens'))).not.toContain(
      'youth',
    );
  });

  it.each([
    'Restaurant job: a small staff looking for fresh faces and good attitudes, apply',
    'Seasonal job, apply now. Our reviews are on The Erotic Review',
    'Massage, incall and outcall, hotel visiting in central London',
    'Nude massage: you may be fully uncovered or draped in a towel',
  ])('%s is no flag', (text) => {
    const c = cats(scan(text));
    for (const k of ['recruitment', 'movement', 'risky-services']) expect(c).not.toContain(k);
  });
});

describe('her terms in other words', () => {
  it('"only a few hours left in Seattle" is a stay', () => {
    expect(cats(scan('Escort. Only a few hours left in Seattle, call me'))).toContain('movement');
  });

  it('"for mature man only" is a client age rule', () => {
    expect(cats(scan('Escort. Retired and fun, for mature man only'))).toContain('restricted');
  });
});
