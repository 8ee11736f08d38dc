// @vitest-environment node
// Round 99 of issue 12: Indian agencies' pages and profile cards, OkCupid bios, missed
// connections, honest and Nordic jobs and salons, read after their blind runs. Every sentence is
// written for this test, not copied from any ad; each positive of the first five failed before the
// round (ba8ba52), the rest before its second wave (1ee9703).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 99', () => {
  it('"incall only when …" is a condition, not a rule', () => {
    const t = 'Escort Lina, outcall default, incall only when a room is free';
    expect(cats(scan(t))).not.toContain('restricted');
    expect(cats(scan('Escort Lina, incall only, no blocked calls'))).toContain('restricted');
  });

  it('a "Verified" badge on her profile is trust language, a client who must be verified is not', () => {
    expect(cats(scan('Escort Lina · Age 24 · Verified · Available Today'))).toContain(
      'trust-language',
    );
    const t = 'Escort Lina, gentlemen must be verified first, verified gentlemen only';
    expect(cats(scan(t))).not.toContain('trust-language');
  });

  it('"raw" before an abstract noun is no risky service', () => {
    expect(cats(scan('Escort Lina: oral sex, thirsting for raw originality'))).not.toContain(
      'risky-services',
    );
    expect(cats(scan('Escort Lina: oral sex, I do raw'))).toContain('risky-services');
  });

  it('a language she studies is no ethnicity', () => {
    expect(cats(scan('Escort Lina, sexy: majoring in Chinese at college'))).not.toContain(
      'ethnicity',
    );
    expect(cats(scan('Escort Lina, sexy Chinese girl'))).toContain('ethnicity');
    const studies = 'Escort Lina, a student majoring in nursing, sexy Asian girl';
    expect(cats(scan(studies))).toContain('ethnicity');
  });

  it("a platform's support seven days a week is no worker's hours", () => {
    const t = 'Nanny jobs: customer support 7 days a week, flexible hours';
    expect(cats(scan(t))).not.toContain('labour');
    expect(cats(scan('Farm job: must work 7 days a week, housing provided'))).toContain('labour');
  });

  it('streak-free windows are no strippers (nb)', () => {
    const t = 'Vi søker renholdere. Få stripefrie og skinnende rene vinduer';
    expect(cats(scan(t))).not.toContain('recruitment');
    expect(cats(scan('Vi søker strippere til klubb i Oslo'))).toContain('recruitment');
  });

  it('round-the-clock and in-call rules said other ways are restrictions', () => {
    expect(cats(scan('Escort Lina, busty. Available Days and Nights'))).toContain('restricted');
    const t = 'Sensual massage. All appointments are in-call at my studio';
    expect(cats(scan(t))).toContain('restricted');
  });

  it('a price list\'s "no surprises", a body polish, a salon for ladies and gentlemen are no cues', () => {
    expect(cats(scan('Massage prices: no hidden fees, no surprises'))).not.toContain(
      'trust-language',
    );
    expect(cats(scan('Spa massage: skin freshness, body polish and grooming'))).not.toContain(
      'ethnicity',
    );
    expect(cats(scan('Massage by Polish girls'))).toContain('ethnicity');
    expect(cats(scan('Frisør: klipp for både damer og herrer'))).not.toContain('third-party');
  });

  it('an Italian chef and a novel read are no ethnicity and no youth', () => {
    const t =
      'Escort Lina, sexy: i learned to cook from an italian chef; i read lolita and it was ok';
    expect(cats(scan(t))).not.toContain('ethnicity');
    expect(cats(scan(t))).not.toContain('youth');
    expect(cats(scan('Escort Lina, sexy italian girl'))).toContain('ethnicity');
  });

  it('a booking manager is a third party', () => {
    expect(cats(scan('Escort Lina: contact your personal booking manager'))).toContain(
      'third-party',
    );
  });
});
