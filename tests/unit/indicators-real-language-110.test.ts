// @vitest-environment node
// Round 110 of issue 12: Craigslist personals, Indian spam posts, a saved body-rub listing page,
// escort and massage sites, job pages and Norwegian job ads, read after their blind run. Every
// sentence is written for this test, not copied from any ad; each positive failed before this
// round (b1f7e50).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 110', () => {
  it('a college babe and a misspelt young are youth in a sexual ad', () => {
    expect(cats(scan('Busty college babe, sensual body rubs in my private studio'))).toContain(
      'youth',
    );
    expect(cats(scan('Grand opening, new here, yuong hot girl, body rub'))).toContain('youth');
  });

  it('call girls "without safety" are unprotected services', () => {
    const t = 'Escort service: call girls without safety, cash payment at the hotel';
    expect(cats(scan(t))).toContain('risky-services');
  });

  it('an escort who has come to a new area is on the move', () => {
    expect(cats(scan('Escort Kara is back and to new area! Available now, incall'))).toContain(
      'movement',
    );
  });

  it("an employer's demand for Asian pickers is a listed worker ethnicity", () => {
    const t = 'Farm job: Asian pickers needed for the harvest, paid per bin, call the owner';
    expect(cats(scan(t))).toContain('ethnicity');
  });

  it('fresh breath and a newcomer client are no youth', () => {
    const t =
      'Escort etiquette: be freshly showered with fresh minty breath. If you are new to this, read my screening rules';
    expect(cats(scan(t))).not.toContain('youth');
  });

  it("a cancellation fee is no sexual service, and a style's origin no nationality", () => {
    const fee =
      'Massage clinic. Cancel 24 hours in advance or pay the full service price of the session';
    expect(cats(scan(fee))).not.toContain('massage-sex');
    const origin =
      'Nuru massage spa: the body rub originated from exotic Japan, with a silky seaweed gel';
    expect(cats(scan(origin))).not.toContain('ethnicity');
  });
});
