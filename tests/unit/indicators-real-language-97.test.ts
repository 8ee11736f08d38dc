// @vitest-environment node
// Round 97 of issue 12: personals and small ads quoted in articles, Craigslist restaurant jobs and
// OkCupid bios, read after their blind run. Every sentence is written for this test, not copied
// from any ad; each positive failed before this round (c178fc4).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 97', () => {
  it('a song title and "the happy end of" something are no cues', () => {
    const none = [
      'Escort nights out: I love the cover of Smells Like Teen Spirit',
      'Massage and art: I think about the happy end of the old order',
    ];
    for (const t of none) expect(cats(scan(t)), t).toEqual([]);
    expect(cats(scan('Massage, happy end for extra'))).toContain('massage-sex');
  });

  it('a bio of hip hop, indie songs and road trips is read as no sex ad', () => {
    const t =
      'Latina girl, young and fun, into hip hop, indie songs, documentaries, road trips and cats. Text me';
    expect(scan(t).level).toBe('none');
    expect(scan('Latina girl, young and fun, incall. Text me').level).not.toBe('none');
  });
});
