// @vitest-environment node
// Round 103 of issue 12: an Indian directory's first posts, missed connections and therapists'
// blogs, read after their blind run. Every sentence is written for this test, not copied from any
// ad; each positive failed before this round (78bc946).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 103', () => {
  it('"not wearing the condom" is unprotected sex', () => {
    const t = 'Escort agency: anal sex wearing and not wearing the condom';
    expect(cats(scan(t))).toContain('risky-services');
  });

  it("fresh nutrients, an ancient practice and a man's work in town are no cues", () => {
    const t = 'Massage blog: the ancient Chinese practice brings fresh, nutrient-rich blood';
    expect(cats(scan(t))).not.toContain('youth');
    expect(cats(scan(t))).not.toContain('ethnicity');
    expect(cats(scan('Massage by fresh young Chinese girls'))).toContain('ethnicity');
    expect(cats(scan('Dating: I asked you if you work in town'))).not.toContain('movement');
  });
});
