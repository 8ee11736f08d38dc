// @vitest-environment node
// Round 51 of issue 12: classes of real-ad language found in the round-50 ads, read after their
// blind runs. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (c2e589c). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('a personal ad whose only context word is a light "other" one ("apartment", "selling")', () => {
  it.each([
    'maria 26 from brazil, real pics, walk in apartment open 24/7',
    'new apartment downtown. lina from peru, 100% real photos, no black men',
    'a classy lady for fine evenings. my photos are 100% real. ask about the lingerie i am selling',
  ])('is read as an escort ad: %s', (text) => {
    expect(scan(text).context).toBe('escort');
  });

  it.each([
    'Apartment for rent downtown, 2 bedrooms, available 24/7 viewing',
    'Bright apartment, furnished, real photos, new in town? Call the landlord',
    'Selling my car, real photos, young driver owned, available 24/7 for viewing',
  ])('stays a rental ad: %s', (text) => {
    expect(scan(text).context).toBe('other');
  });
});
