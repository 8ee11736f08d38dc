// @vitest-environment node
// Round 112 of issue 12: spam posts in GitHub issues, agency pages outside India, massage pages,
// Nordic job pages, American jobs and missed connections, old newspaper personals and Backpage
// ads of 2014, read after their blind run. Every sentence is written for this test, not copied
// from any ad; each positive failed before this round (5dccb71).
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 112', () => {
  it('a house where "you can choose the girl" has several women', () => {
    const t = 'Big spa, six rooms, open late. You can choose the girl. Massage, clean rooms';
    expect(cats(scan(t))).toContain('third-party');
  });

  it('a marriage ad is a personal, and its "young lady" asks for no closer look', () => {
    const t =
      'A gentleman of 30, of good family, seeks a young lady with a view to matrimony. Address Box 12';
    const r = scan(t);
    expect(r.context).toBe('dating');
    expect(flagged(r)).toBe(false);
  });

  it("a clinic's draping rule is no uncovered service", () => {
    const t =
      'Massage policies: no genitals will be massaged or uncovered; only the area worked on is uncovered and redraped';
    expect(cats(scan(t))).not.toContain('risky-services');
  });
});
