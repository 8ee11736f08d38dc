// @vitest-environment node
// Round 100 of issue 12: Indian escort sites' user-posted ads and area pages, spa and massage
// pages in English, Nordic salons and cleaning firms, read after their blind run. Every sentence
// is written for this test, not copied from any ad; each positive failed before this round
// (66bf540).
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 100', () => {
  it("the trade's names (call girls, escort service) are a light third party: no flag beside trust words alone", () => {
    const t =
      'Call Girls in Pune. Pune Escorts Service: independent escorts, discreet and verified';
    expect(cats(scan(t))).toContain('third-party');
    expect(flagged(scan(t))).toBe(false);
    expect(flagged(scan('Call Girls in Pune, escorts service, available 24/7'))).toBe(true);
  });

  it('an agency telling who is free, booking through it or dispatching her is a third party', () => {
    expect(flagged(scan('Escorts in Goa through us: we tell you who is free tonight'))).toBe(true);
    expect(flagged(scan('Escort service: dispatch to your hotel within 20 minutes'))).toBe(true);
    expect(flagged(scan('Baga escorts: our coordinators send the details'))).toBe(true);
    expect(flagged(scan('Escorts: we have a large quantity of independent call girl'))).toBe(true);
  });

  it('a Danish or Norwegian "du booker" is the customer booking', () => {
    const t = 'Frisør. Se prisen, før du booker. Booking online';
    expect(cats(scan(t))).not.toContain('third-party');
    expect(cats(scan('Escort Lina, call my booker'))).toContain('third-party');
  });

  it("a word's language and a Russian banya are no ethnicity", () => {
    const t = 'Nuru massage: the word "nuru" is Japanese for "slippery", a gel massage';
    expect(cats(scan(t))).not.toContain('ethnicity');
    expect(cats(scan('Russian Banya spa with massage'))).not.toContain('ethnicity');
    expect(cats(scan('Massage by Japanese girls'))).toContain('ethnicity');
  });
});
