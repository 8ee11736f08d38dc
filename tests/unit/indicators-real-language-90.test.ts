// @vitest-environment node
// Round 90 of issue 12: BDSM houses' booking pages, escort SEO pages and OkCupid bios, read after
// their blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (fdb5ac8). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 90', () => {
  it('a house that books "a particular Mistress" from "our roster" is a third party', () => {
    const t =
      'Escort and BDSM house bookings. If you require a particular Mistress, call ahead; ' +
      'choose a practitioner from our roster.';
    expect(cats(scan(t))).toContain('third-party');
  });

  it('"raw" in prose, a scrub or a book title is no unprotected sex', () => {
    const none = [
      'Escort. The meaning is raw and real, like the raw poetry of old Lahore',
      'Domme. Hygiene first, or you will be scrubbed red raw',
      'Books: Portrait of the Artist as a Young Man, and as a young dog',
    ];
    for (const t of none) expect(cats(scan(t)), t).toEqual([]);
    expect(cats(scan('Escort incall, I love raw'))).toContain('risky-services');
  });
});
