// @vitest-environment node
// Round 57 of issue 12: classes of real-ad language found in the round-57 ads, read after their
// blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (870a834). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('a massage named after its country is no ethnicity', () => {
  it('Swedish, Danish and English technique words', () => {
    for (const t of [
      'Massage i Göteborg. Vi erbjuder traditionell thailändsk massage och oljemassage',
      'Massage i Malmö. Välj fritt mellan thai, olja eller mix',
      'Massage i Aarhus. Traditionel thailandsk massage med tryk og stræk',
      'Massage studio. Nuru is a Japanese-origin technique with warm gel',
      'Massage studio. Shiatsu is a kind of Asian bodywork therapy',
      'Escort incall GFE. Taxi to the Asian side 80, European side 50',
    ]) {
      expect(cats(scan(t)), t).not.toContain('ethnicity');
    }
  });

  it('the woman herself stays ethnicity', () => {
    expect(cats(scan('Massage i Malmö. Thailändsk tjej ger massage'))).toContain('ethnicity');
    expect(cats(scan('Escort incall GFE. Sweet Asian girl, call me'))).toContain('ethnicity');
  });
});

describe('nationality and movement in more words', () => {
  it('"petite British", "I am from Italy" are her nationality', () => {
    for (const t of [
      'Escort incall GFE. Petite British sexy MILF',
      'Escort incall GFE. Hello, I am from Italy and love to travel',
    ]) {
      expect(cats(scan(t)), t).toContain('ethnicity');
    }
  });

  it('relocating, leaving soon and limited time in the area are movement', () => {
    for (const t of [
      'Escort incall GFE. I just relocated to the valley',
      'Escort incall GFE. Freshly arrived yesterday',
      'Escort incall GFE. Here for a limited time in the area',
      'Escort incall GFE. Come see me before I leave, kisses',
    ]) {
      expect(cats(scan(t)), t).toContain('movement');
    }
  });

  it('special rates for a limited time and new to the site are no movement', () => {
    for (const t of [
      'Escort incall GFE. These are special rates for a limited time only',
      'Escort incall GFE. I am new to the page, be patient with me',
    ]) {
      expect(cats(scan(t)), t).not.toContain('movement');
    }
  });
});

describe('refusals and rules', () => {
  it('a quoted list after "do not contact me if you need" is refused, not offered', () => {
    const r = scan(
      'Escort incall GFE. Do not contact me if you need " cim, greek and bbfs". Safe only',
    );
    expect(cats(r)).not.toContain('risky-services');
  });

  it('the same services offered stay risky', () => {
    expect(cats(scan('Escort incall GFE. I offer cim, greek and bbfs'))).toContain(
      'risky-services',
    );
  });

  it('"no BM" is a client exclusion; "no calls/no shows" is etiquette', () => {
    expect(cats(scan('Escort incall GFE. Sweet and discreet, no bm'))).toContain('restricted');
    expect(cats(scan('Escort incall GFE. I dislike drama and no calls/no shows'))).not.toContain(
      'restricted',
    );
  });

  it('"all sessions are in-call" restricts; an agency affiliation is a third party', () => {
    expect(cats(scan('Sensual massage nuru. All sessions are in-call'))).toContain('restricted');
    expect(cats(scan('Escort profile. Affiliation: agency. Eyes: blue'))).toContain('third-party');
    expect(cats(scan('Escort profile. Affiliation: independent'))).not.toContain('third-party');
  });

  it('"tired of the young girls?" and "not a small girl" are no youth', () => {
    for (const t of [
      'Escort incall GFE. Tired of the young and silly girls? Try a mature woman',
      'Escort incall GFE. Curvy and proud, not a small girl',
    ]) {
      expect(cats(scan(t)), t).not.toContain('youth');
    }
  });
});
