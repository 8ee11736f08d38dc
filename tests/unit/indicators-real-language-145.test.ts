/**
 * Round 145 of issue 12: each case failed before this round (14ec148).
 */
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 145', () => {
  it('a personal ad asking for "eighteen n up" states an age floor, not youth', () => {
    const t =
      'Any slim guys lookin to hook up now? Lookin for eighteen n up, can host, no pic collectors.';
    expect(cats(scan(t, 'm4m hook up now'))).not.toContain('youth');
  });

  it('an advance deducted from the month salary is a wage deduction', () => {
    const t =
      'Manpower recruitment for Qatar and Dubai. Each worker gets an advance payment on arrival. This advance can be deduction from the month salary of the worker.';
    expect(cats(scan(t, 'Terms and conditions'))).toContain('labour');
  });
});
