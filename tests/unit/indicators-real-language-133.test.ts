// @vitest-environment node
// Round 133 of issue 12: Backpage ads and job snippets of Memex test data, Irish and Gulf job
// ads, Sydney brothels' roster cards, read after their blind run. Every sentence is written for
// this test, not copied from any ad; each positive failed before this round (7623e86).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 133', () => {
  it('an equal-opportunity line ("status, sex (including pregnancy)") does not make a job ad weigh escort words', () => {
    const r = scan(
      "IT service manager, full time, salary and benefits; apply with your CV. You will make sure the services we run meet our customers' needs. We do not discriminate on marital status, sex (including pregnancy), age, religion or ethnic origin.",
    );
    expect(r.context).toBe('job');
    expect(cats(r)).not.toContain('third-party');
  });
});
