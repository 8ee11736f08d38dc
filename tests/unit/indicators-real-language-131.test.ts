// @vitest-environment node
// Round 131 of issue 12: Backpage ads and job snippets of Memex test data, Irish job scrapes and
// honest ads chosen for their trap words, read after their blind run. Every sentence is written
// for this test, not copied from any ad; each positive failed before this round (50e2916).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 131', () => {
  it('a clinic that helps "toddlers, teens, adults and seniors" has no youth cue', () => {
    const r = scan('Massage therapy helps babies, toddlers, teens, adults and seniors. Book now.');
    expect(cats(r)).not.toContain('youth');
    expect(r.level).toBe('none');
  });

  it('"I\'m not a young chick" is a woman speaking of herself, no youth', () => {
    expect(cats(scan('Dating: I am not a young chick any more, looking for a kind man.'))).toEqual(
      [],
    );
  });

  it('a board\'s "no phone calls about this" is no restriction', () => {
    const r = scan(
      'Single woman seeks a single man for dating. Please, no phone calls about this!',
    );
    expect(r.context).toBe('dating');
    expect(cats(r)).not.toContain('restricted');
  });
});
