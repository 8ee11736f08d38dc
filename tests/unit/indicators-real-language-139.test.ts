// @vitest-environment node
// Round 139 of issue 12: nationality words that are not the woman's, from the honest massage
// clinics, spas and agency profiles of rounds 136–138, read after their blind runs. Every
// sentence is written for this test, not copied from any ad; each negative was ethnicity before
// this round (cfc1f33), and each positive still is.
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

  it('the women stay hers: "Asian massage", "Russian massage girl", the glued "Thaimassasje"', () => {
    for (const t of [
      'Relaxing Asian massage by new staff, call for an appointment.',
      'Best Russian massage girl in town, call for an appointment.',
      'Thaimassasje med varm olje, ring for time.',
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
