// @vitest-environment node
// Round 102 of issue 12: an Indian directory's older posts, London and Ontario massage blogs,
// missed connections and school jobs, read after their blind run. Every sentence is written for
// this test, not copied from any ad; each positive failed before this round (d3132e4), those of
// the last test before eb3061f.
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 102', () => {
  it("a course's webcam and a study's peer review are no cues", () => {
    const t = 'Driving instructor job: students must have internet access and a webcam';
    expect(cats(scan(t))).not.toContain('recruitment');
    expect(cats(scan('Job: work from home as a webcam model, high pay'))).toContain('recruitment');
    const s = 'Massage for anxiety: peer-reviewed studies show cortisol drops';
    expect(cats(scan(s))).not.toContain('trust-language');
  });

  it('an escorts organization is a third party', () => {
    expect(flagged(scan('Mumbai escorts: the Sherry escorts organization sends escorts'))).toBe(
      true,
    );
  });

  it('a client visiting, a palace visited, a spa style and a dance class are no cues', () => {
    const t = 'Call girls in Panjim: hotels ask who is visiting; preferred by visiting officials';
    expect(cats(scan(t))).not.toContain('movement');
    expect(cats(scan('Escort Lina, visiting Delhi this week only'))).toContain('movement');
    expect(cats(scan('Massage: if you are new to doing it after massage'))).not.toContain(
      'movement',
    );
    expect(cats(scan('Spa: Thai & Balinese Massage, popular spa styles'))).not.toContain(
      'ethnicity',
    );
    expect(cats(scan('Sexy girl, I took latin dance at the gym'))).not.toContain('ethnicity');
  });
});
