/**
 * Round 159 of issue 12: each case failed before this round (e3e76c8).
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 159', () => {
  it('a man "looking for a young" partner writes a personal, where youth alone is weak', () => {
    const r = scan(
      'Single guy looking for a young naughty girl. Love oral fun, send me pics. Be DDF and clean, any race.',
      'Looking for young girl who loves to get pleasured',
    );
    expect(r.context).toBe('dating');
    expect(cats(r)).toEqual(['youth']);
    expect(flagged(r)).toBe(false);
  });

  it('a developer\'s "technical debt" is no debt bondage', () => {
    const r = scan(
      'Full time job: you will own the data model, build service APIs and reduce technical debt. Apply now.',
      'Backend developer',
    );
    expect(cats(r)).toEqual([]);
  });

  it('a daddy/daughter personal names youth', () => {
    const r = scan(
      'Mature man looking to set up daddy/daughter scenes. If you are a woman/child who wants this, write.',
      'Daddy seeks his girl m4w',
    );
    expect(cats(r)).toContain('youth');
  });

  it('meth slang ("blowing clouds", "chemsex") is a party-and-play risk', () => {
    const r = scan(
      'Into chemsex and blowing clouds, can host tonight. Hit me up.',
      'Party tonight m4m',
    );
    expect(cats(r)).toContain('risky-services');
  });
});
