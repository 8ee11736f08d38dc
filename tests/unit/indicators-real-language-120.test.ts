// @vitest-environment node
// Round 120 of issue 12: Craigslist personals (men for men and the romance and platonic boards)
// and the research data set's last slivers, read after their blind run. Every sentence is written
// for this test, not copied from any ad; each positive failed before this round (56f7b74).
import { describe, expect, it } from 'vitest';
import { scan } from '../support/engine-scan';

describe('the ad words of round 120', () => {
  it("men's personals' words (a younger partner sought, a chub and his chaser) vote dating", () => {
    for (const t of [
      'Hey guys, top looking for a younger bottom, 18-25.',
      'Sexy chaser wants a chub tonight',
      'Wanna swap pics? Bored at home. No money involved.',
    ])
      expect(scan(t).context).toBe('dating');
  });
});
