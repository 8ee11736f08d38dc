// @vitest-environment node
// Round 140 of issue 12: escort ads of a review-id extractor's ground truth, a London agency's
// cards, erotic-massage catalogues and spas, honest clinics, personals and restaurant jobs, read
// after their blind run. Every sentence is written for this test, not copied from any ad; each
// case failed before this round (2074797).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 140', () => {
  it('a nationality before a procedure or a currency is no ethnicity', () => {
    const nuru = 'Nuru massage in Prague: an erotic Japanese rubdown with warm gel.';
    expect(cats(scan(nuru, 'Massage'))).not.toContain('ethnicity');
    const prices = 'Men-only spa. Sensual massage, 60 minutes. All prices in Mexican pesos.';
    expect(cats(scan(prices, 'Massage'))).not.toContain('ethnicity');
  });
});
