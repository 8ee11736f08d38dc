// @vitest-environment node
// Precision classes of issue 12 (detect15): words a careful reader does not take as the cue they
// look like. The sentences are written for this test from each class, not copied from any ad;
// each failed before this round. Every class also keeps a near-miss that must still be caught, so
// a fix cannot simply drop the cue.
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('"escort girls" is a genre, not several women', () => {
  it.each([
    'Natalia, 24, blue eyes, incall and outcall. Elite escort girls of Riga.',
    'Mira, 26, slim, outcall only. VIP girls escorts in Warsaw.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('third-party');
  });

  it.each([
    'Escort agency: our girls are waiting, incall and outcall.',
    'Sexy call girls services, outcall to your hotel, 6 girls available.',
  ])('an agency is still third party: %s', (text) => {
    expect(cats(scan(text))).toContain('third-party');
  });
});

describe('"verified" and "recent photos" insist only when they speak of the poster', () => {
  it.each([
    'Upscale agency now hiring. Our clients are screened, verified and generous. Incall provided.',
    'Deep tissue and sports massage, mobile therapist. Verified. 60 minutes $100.',
    'Asian escort, incall in Flushing. Register on my site to get recent photos.',
    'Sexy escort, incall only. Text me and send a recent photo of yourself first.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('trust-language');
  });

  it.each([
    'Sexy escort, incall and outcall. Photos verified, what you see is what you get.',
    'Busty blonde escort, incall. Verified pictures on my profile.',
    'Sexy escort, incall only. 100% recent pics.',
  ])('the poster insisting is still trust language: %s', (text) => {
    expect(cats(scan(text))).toContain('trust-language');
  });
});
