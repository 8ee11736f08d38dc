// @vitest-environment node
// Round 123 of issue 12: agency spam in GitHub issues, call-girl sites' sources, escort pages,
// live-in care and au pair jobs, read after their blind run. Every sentence is written for this
// test, not copied from any ad; each positive failed before this round (2d425c9).
import { describe, expect, it } from 'vitest';
import { scan } from '../support/engine-scan';

const cats = (text: string) => [...new Set(scan(text).indicators.map((i) => i.category))].sort();

describe('the ad words of round 123', () => {
  it('"real call girls", "independent genuine", "genuine service" insist the women are real', () => {
    for (const t of [
      'Escorts in town: numbers of real call girls, incall or outcall.',
      'Escort service with independent genuine ladies, incall.',
      'Escort service, genuine service only, incall or outcall.',
    ])
      expect(cats(t)).toContain('trust-language');
  });

  it('the agency to travel where she likes is her own freedom, no third party', () => {
    expect(cats('As an escort I love having the agency to travel when I choose.')).toEqual([]);
  });

  it('an outcall "visiting you" and a client "visiting a spa" are no movement', () => {
    expect(cats("Escort etiquette: if I'll be visiting you in a hotel, text the room.")).toEqual(
      [],
    );
    expect(cats('Massage tips: avoid visiting spas that offer low quality services.')).toEqual([]);
  });
});
