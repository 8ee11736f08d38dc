// @vitest-environment node
// Round 91 of issue 12: agencies' pages, a therapist's life story, massage-history pages and job
// pages, read after their blind run. Every sentence is written for this test, not copied from any
// ad; each positive failed before this round (1d1b26e). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 91', () => {
  it('a house\'s stock of women ("a big collection of call girls") is a third party', () => {
    const yes = [
      'Escort service in town. Browse our extensive collection of profiles tonight',
      'Escorts: we keep a wide selection of stunning escort ladies for hotel visits',
    ];
    for (const t of yes) expect(cats(scan(t)), t).toContain('third-party');
    expect(cats(scan('Shop: a huge range of ladies wigs and scarves'))).toEqual([]);
  });

  it('an age in a life story ("at age 19", "by age 38") is no stated age', () => {
    const t =
      'Massage therapy clinic. My back pain began at age 19. By age 36 I saw a doctor, ' +
      'and by age 38 I trained as a therapist. Book a massage.';
    expect(scan(t).level).toBe('none');
    expect(cats(scan('Sensual massage, new girl age 19'))).toContain('youth');
  });

  it('a cancel window and a hotel open all week are no restriction or long hours', () => {
    expect(cats(scan('Massage. Cancel within 24hours of the booking, or pay half'))).toEqual([]);
    const job =
      'Hotel job: the hotel serves guests 24 hours a day, 7 days a week. Apply now, rotating shifts';
    expect(cats(scan(job))).toEqual([]);
    expect(cats(scan('Cleaner job, work 7 days a week, apply now'))).toContain('labour');
  });

  it('rent "deducted from paycheck" is a cost taken from wages', () => {
    expect(cats(scan('Resort job. Apply now: rent is deducted from your paycheck'))).toContain(
      'labour',
    );
  });

  it("where massage comes from is no one's ethnicity", () => {
    const none = [
      'Massage. Ordet kommer från arabiskans mass, att trycka. Boka tid',
      'Massasje. Shiatsu bygger på kinesisk filosofi om energibaner. Bestill time',
      'Massage therapy: a Chinese book of medicine praised massage 4,000 years ago',
    ];
    for (const t of none) expect(cats(scan(t)), t).not.toContain('ethnicity');
  });
});
