// @vitest-environment node
// Round 53 of issue 12: classes of real-ad language found in the round-53 ads, read after their
// blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (c3a7a71). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('an escort who calls herself independent', () => {
  it.each([
    'Mira, independent escort in the city centre, incall and outcall, kisses',
    'Agency of independent call girls, book a sexy escort tonight',
  ])('trust language: %s', (text) => {
    expect(cats(scan(text))).toContain('trust-language');
  });

  it('a directory field "Type: Independent Escort" is none', () => {
    expect(cats(scan('Type: Independent Escort Age: 31 Incall & Outcall'))).toEqual([]);
  });

  it('an independent massage therapist is none', () => {
    expect(cats(scan('Independent massage therapist, deep tissue and sports massage'))).toEqual([]);
  });
});

describe('an agency that recruits women for tours', () => {
  it('a pay split in an escort ad is recruitment', () => {
    const r = scan('Escort work in Vienna. Split 50/50, incall 1h 250. Kisses, GFE');
    expect(cats(r)).toContain('recruitment');
    expect(r.level).not.toBe('low');
  });

  it('a minimum tour is movement', () => {
    expect(cats(scan('Escort incall, GFE, kisses. Min tour: 10 days'))).toContain('movement');
  });

  it('a salon chair split in a job ad is none', () => {
    expect(cats(scan('Hair salon hiring stylists, commission split 50/50, full time'))).toEqual([]);
  });
});

describe('one woman, not a menu of women', () => {
  it('"Filipina from the Philippines, Asian" is no third party', () => {
    const r = scan(
      'Escort incall. Sweet Filipina lady with a warm smile and long dark hair, kisses and GFE. Born in the Philippines, I love travel and good wine. Petite Asian beauty, text me',
    );
    expect(cats(r)).toEqual(['ethnicity']);
  });

  it('three nationalities apart still are a menu', () => {
    const r = scan(
      'Escort agency incall. Anna is a Russian blonde, kisses. Maria is a Brazilian brunette, GFE. Yuki is a Japanese girl, sexy.',
    );
    expect(cats(r)).toContain('third-party');
  });
});

describe('massage traditions are no nationality', () => {
  it.each([
    'Day spa: a blend of Asian traditions and European therapies, facials and scrubs',
    'Massage menu: Nuru massage, traditional Japanese body-to-body massage with gel',
  ])('no ethnicity: %s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it('a Japanese masseuse still counts', () => {
    expect(cats(scan('Massage parlor, sexy Japanese girl, body rub'))).toContain('ethnicity');
  });
});

describe('client age and language', () => {
  it('"Gent over 30" is a client age rule', () => {
    expect(cats(scan('Escort incall, kisses, GFE. Gent over 30 only'))).toContain('restricted');
  });

  it('"men over 30 years" is no rule', () => {
    expect(cats(scan('Escort incall, kisses, GFE. I have pleased men over 30 years'))).toEqual([]);
  });

  it('a marriage site whose members speak only Russian restricts no one', () => {
    const r = scan('Dating site: single women looking for a husband; many speak only Russian.');
    expect(cats(r)).not.toContain('restricted');
  });

  it('an escort who speaks no English still is restricted', () => {
    expect(cats(scan('Escort incall, kisses, speak only Russian, text me'))).toContain(
      'restricted',
    );
  });

  it('"BB service" is risky', () => {
    expect(cats(scan('Escort incall, Asian queen, BB service available'))).toContain(
      'risky-services',
    );
  });
});
