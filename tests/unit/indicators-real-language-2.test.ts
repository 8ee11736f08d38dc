// @vitest-environment node
// Classes of failure on real escort, massage and agency ads (issue 12, detect9), written fresh for
// this test: escort service menus that list massage, agency wording with adjectives between,
// letters masked by "?", phone numbers glued to a word, and honest look-alikes that stay low.
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

const words = (text: string) => scan(text).indicators.map((f) => f.match);

describe('an escort service menu that lists massage is an escort ad', () => {
  const menu =
    'Mila, 24, London. Services: GFE, DFK, OWO, COB, party girl, roleplay, striptease, ' +
    'body to body massage, erotic massage. Extras: A-level, CIF. ' +
    'Outcall to your hotel, overnight on request.';
  it('reads the menu words, not the massage words', () => {
    expect(scan(menu).context).toBe('escort');
  });
  it('keeps the risky service and reads no massage-salon cue into the menu', () => {
    const r = scan(menu);
    expect(cats(r)).toContain('risky-services');
    expect(cats(r)).not.toContain('massage-sex');
    expect(flagged(r)).toBe(true);
  });
  it('still reads a salon that offers body to body as massage-sex', () => {
    const r = scan('Thai massage spa, body to body and table shower, open late, walk-ins welcome');
    expect(r.context).toBe('massage');
    expect(cats(r)).toContain('massage-sex');
  });
});

describe('agency wording', () => {
  it.each([
    'Lena is one of our brunette city escorts, elegant and discreet. Incall and outcall.',
    'Meet Sasha, our top model at the agency. Outcall only, call to book.',
    'Book an evening with one of our VIP ladies, outcall to any hotel, discreet escort service.',
  ])('"our … escorts / model / ladies" with adjectives between is third party: %s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });
  it('reads "professional girls" as several women sold by one ad', () => {
    expect(
      words('Hot new entry! Professional girls downtown, full service, call me now'),
    ).toContain('Professional girls');
  });
  it('reads "she is available" (with any apostrophe) as a third-person profile', () => {
    for (const t of ["She's available for incall, escort", 'She’s available tonight, escort'])
      expect(cats(scan(t)), t).toEqual(['third-party']);
  });
  it('leaves a salon that speaks of its therapists alone', () => {
    const r = scan('Relax with our experienced lady therapists: deep tissue and Swedish massage.');
    expect(r.indicators).toEqual([]);
  });
});

describe('letters masked by "?"', () => {
  it('fills the one lexicon word that fits and highlights the masked text', () => {
    const r = scan('Sexy Latina b?ck in town, incall only');
    const f = r.indicators.find((x) => x.category === 'movement')!;
    expect(f.match).toBe('b?ck in town');
    expect(r.context).toBe('escort');
  });
  it('reads an escort title spelt with "?" as an escort ad', () => {
    expect(scan('VIP F?Ma?? ?sc??ts S??vic? call now').context).toBe('escort');
  });
  it('leaves question marks alone', () => {
    expect(words('Want a girl? Call me?')).toEqual([]);
    expect(scan('Are you tired?Try our deep tissue massage').context).toBe('massage');
  });
});

describe('a phone number glued to the next word', () => {
  it('still reads the word after the digits', () => {
    const r = scan('private san francisco escorts 415 555 0110blondes brunettes');
    expect(cats(r)).toEqual(['third-party']);
    expect(r.indicators[0]!.match).toBe('blondes brunettes');
  });
  it('keeps a duo offer ("2girls") arguable, not third party', () => {
    expect(cats(scan('whats your fantasy 2girls plenty of fun incall outcall'))).toEqual([]);
  });
});

describe('style words are no cue', () => {
  it.each([
    ['the raw power of a true performer, escort', 'risky-services'],
    ['admired for her warmth and genuine personality, escort', 'trust-language'],
    ['free actual parking lot, massage spa', 'trust-language'],
  ])('%s', (text, category) => {
    expect(cats(scan(text))).not.toContain(category);
  });
  it('still reads genuine pictures as trust language', () => {
    expect(cats(scan('Genuine pics, incall escort'))).toEqual(['trust-language']);
  });
});

describe('honest look-alikes stay below medium', () => {
  it.each([
    'I am a licensed massage therapist. I travel and can come to you any day, Monday to Saturday.',
    'Licensed massage therapist, trained in Hong Kong and Bangkok. Deep tissue, Swedish, hot stones.',
    'Independent companion, outcall only, dinner dates and travel. Screening required, discreet.',
  ])('%s', (text) => {
    expect(flagged(scan(text))).toBe(false);
  });
});

describe('bare "in town"', () => {
  it('is a stay after a name or a word for her', () => {
    for (const t of [
      'sexy young special exotic uri in town - 22',
      'New mixed beauty in town, incall',
    ])
      expect(cats(scan(t)), t).toContain('movement');
  });
  it('is praise after a superlative', () => {
    for (const t of [
      'Best full body massage in town, asian spa',
      'I am the best option in town, escort incall',
    ])
      expect(cats(scan(t)), t).not.toContain('movement');
  });
});

describe('real spellings', () => {
  it.each([
    ["escort incall, it's really me", 'trust-language'],
    ['escort incall, photos are genuine', 'trust-language'],
    ['escort incall, 💯 real', 'trust-language'],
    ['escort incall, available 24x7', 'restricted'],
  ])('%s', (text, category) => {
    expect(cats(scan(text))).toEqual([category]);
  });
});
