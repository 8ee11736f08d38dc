// @vitest-environment node
// Round 99 of issue 12: Indian agencies' area pages and profile cards, OkCupid bios, honest jobs,
// read after their blind run. Every sentence is written for this test, not copied from any ad;
// each positive failed before this round (ba8ba52).
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
  });

  it("a platform's support seven days a week is no worker's hours", () => {
    const t = 'Nanny jobs: customer support 7 days a week, flexible hours';
    expect(cats(scan(t))).not.toContain('labour');
    expect(cats(scan('Farm job: must work 7 days a week, housing provided'))).toContain('labour');
  });
});
