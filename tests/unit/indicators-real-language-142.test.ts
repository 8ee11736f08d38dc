// @vitest-environment node
// Round 142 of issue 12: Indian, Pakistani, Nepali and Gulf agency pages, independents' FAQs,
// Manila, Bangkok, Dubai and Delhi spas, honest clinics, Craigslist personals, and two honest
// pages that say "escort", read after their blind run. Every sentence is written for this test,
// not copied from any ad; each case failed before this round (fb78744).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 142', () => {
  it('a medical escort and a pilot car escort are no escort ads', () => {
    for (const t of [
      'Our flight medical escort service flies nurses with patients home. Medical escort services 24/7.',
      'Pilot car operators: join verified escort services for oversize loads. Instant dispatch.',
    ]) {
      const r = scan(t);
      expect(r.context).toBe('other');
      expect(cats(r)).not.toContain('third-party');
    }
  });
});
