// @vitest-environment node
// Round 139 of issue 12: nationality words that are not the woman's (places139, from the honest
// massage clinics, spas and agency profiles of rounds 136–138), and the words of round 139's
// agencies' pages, massage pages and job ads (detect139), each read after its blind run. Every
// sentence is written for this test, not copied from any ad; each nationality negative was
// ethnicity before places139 (cfc1f33), and each detect139 case failed before detect139 (59f6051).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the nationality words of round 139', () => {
  it("in a massage ad, a nationality before a technique's body part or a massage is a style", () => {
    for (const t of [
      'Massage clinic menu: Chinese foot reflexology 45 min, hot stones, deep tissue.',
      'Our therapist trained in Russian sports massage and treats runners and skiers.',
      'Spa menu: Korean head spa with facial, 75 minutes, and a relaxing back massage.',
      'Massagesalong: Thai oljemassage, 60 minuter, och klassisk massage.',
    ])
      expect(cats(scan(t, 'Massage clinic'))).not.toContain('ethnicity');
  });

  it('the women stay hers: "Asian massage", "Russian massage girl", a sexual "Thaimassasje"', () => {
    for (const t of [
      'Relaxing Asian massage by new staff, call for an appointment.',
      'Best Russian massage girl in town, call for an appointment.',
      'Thaimassasje med varm olje og happy ending, ring for time.',
    ])
      expect(cats(scan(t, 'Massage'))).toContain('ethnicity');
  });

  it('a language she converses in, a list of languages and a street are no nationality', () => {
    const profile = 'Escort profile. Hair: brunette. Eyes: green. Conversation: Russian, English.';
    expect(cats(scan(profile))).not.toContain('ethnicity');
    const clinic =
      'Massage therapy sessions are given in English, Spanish and Russian by our team.';
    expect(cats(scan(clinic, 'Massage'))).not.toContain('ethnicity');
    const street = 'Massage studio located at 12 Jamaica Ave, free parking behind the building.';
    expect(cats(scan(street, 'Massage'))).not.toContain('ethnicity');
    expect(cats(scan('Escort profile: a sweet Russian girl, 24, incall.'))).toContain('ethnicity');
  });
});

describe('the ad words of round 139', () => {
  it('an agency voice with four words before its women is still the house speaking', () => {
    const t = 'Call one of our fine Las Vegas blonde escorts now, we look forward to meeting you.';
    expect(cats(scan(t))).toContain('third-party');
  });

  it("a rate table's 24 hours with a currency code or a dash is a price, not her hours", () => {
    const t = 'Escort rates: 2h — GBP 1,350 · 24h — GBP 5,700 · 24h — USD 8,700. Screening first.';
    expect(cats(scan(t))).not.toContain('restricted');
    expect(cats(scan('Escort available 24h for you, call now'))).toContain('restricted');
  });

  it('"debt management", a massage\'s "breasts uncovered" and "reviewed my schedule" are no cues', () => {
    const job = 'Sales job: experience in debt management or mortgages wanted, good salary.';
    expect(cats(scan(job, 'Sales executive'))).not.toContain('labour');
    const spa = 'Chest massage is done with the breasts uncovered, only with your written consent.';
    expect(cats(scan(spa, 'Massage therapy'))).not.toContain('risky-services');
    const rules = 'Escort etiquette: make sure you have reviewed my schedule before you write.';
    expect(cats(scan(rules))).not.toContain('trust-language');
  });
});
