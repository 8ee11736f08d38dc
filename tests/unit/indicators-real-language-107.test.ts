// @vitest-environment node
// Round 107 of issue 12: an Indian escort directory, Memex test data, Craigslist jobs and
// personals, escort and massage sites' etiquette and terms pages, read after their blind run.
// Every sentence is written for this test, not copied from any ad; each positive failed before
// this round (8eb64a5).
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 107', () => {
  it("a directory's own listing is no agency", () => {
    const t = 'Pune escorts: our escort directory lists adult ads of elite Pune escorts';
    expect(cats(scan(t))).not.toContain('third-party');
  });

  it('"incall only" after a price with cents is one rate\'s terms', () => {
    const t = 'Escort rates: 1 hour $180.00 (incall only), 2 hours $340.00 (incall & outcall)';
    expect(cats(scan(t))).not.toContain('restricted');
  });

  it('a thing that is always available is no round-the-clock worker', () => {
    const t = 'Escort etiquette: a fresh towel is always available, please shower first';
    expect(cats(scan(t))).not.toContain('restricted');
  });

  it("a client's first visit to a companion is no stay of hers", () => {
    const t = 'Escort FAQ: if it is your first time visiting a companion, read my etiquette page';
    expect(cats(scan(t))).not.toContain('movement');
  });

  it('"the best job in the world" is her own work, no job ad', () => {
    const t =
      'Nights out in London with my clients make this the best job in the world, say London escorts';
    const r = scan(t);
    expect(r.context).toBe('escort');
    expect(cats(r)).not.toContain('recruitment');
  });

  it('clients told to use a translator meet a woman who does not speak their language', () => {
    const t =
      'Asian outcall massage: if there is trouble talking, use a translator with the masseuse';
    expect(cats(scan(t))).toContain('restricted');
  });

  it('a refusal reads into the short code that glosses it, not into an offer', () => {
    const r = scan('Escort FAQ: I always use protection, I do not offer oral without (OWO)');
    expect(cats(r)).not.toContain('risky-services');
    expect(flagged(scan('Escort menu: no kissing (BBFS ok), outcall'))).toBe(true);
  });
});
