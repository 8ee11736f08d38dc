// @vitest-environment node
// Trust language in the spellings of real ads (issue 12, trust11): "my photos are recent",
// "what you see is exactly what you get", and the Scandinavian forms of
// "the pictures are mine / new / real". Written fresh in the style of real ads. Trust language is
// weak: alone it never makes an ad medium, and honest businesses' wording stays out.
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

const trust = (text: string) =>
  scan(text)
    .indicators.filter((f) => f.category === 'trust-language')
    .map((f) => f.match.toLowerCase());

describe('English: photos that are recent, exactly what you get', () => {
  it.each([
    'Hi gentlemen, Nadia here, 26, incall in Midtown. All my photos are recent, call me.',
    'Sweet blonde escort, outcall only. My photos are recent, taken last week. Text first please',
    'Friendly escort, incall. What you see is exactly what you get, no rushing',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('trust-language');
    expect(flagged(r)).toBe(false);
  });
});

describe('Norwegian, Swedish, Danish: the pictures are mine / new / real', () => {
  it.each([
    [
      'Escort i Oslo sentrum, incall. Bildene er nye og det er meg på bildene, ring meg',
      'meg på bilde',
    ],
    [
      'Sexy jente, escort, outcall til hotell. Alle bilder er ekte, uredigerte bilder',
      'bilder er ekte',
    ],
    [
      'Eskort i Göteborg, incall. Bilderna är nya och det är jag på bilderna. Ring!',
      'bilderna är nya',
    ],
    ['Escort i Malmö, outcall. Oredigerade bilder, det du ser är det du får', 'oredigerade bilder'],
    [
      'Escort i København, incall. Billederne er ægte og det er mig på billederne',
      'billederne er ægte',
    ],
    ['Escortpige i Aarhus, outcall. Uredigerede billeder, ring', 'uredigerede billeder'],
  ])('%s', (text, word) => {
    const r = scan(text);
    expect(trust(text)).toContain(word);
    expect(flagged(r)).toBe(false);
  });
});

describe('honest look-alikes stay out or stay low', () => {
  it('a clinic that promises fixed prices and no surprises reads no trust language', () => {
    // Scandinavian "no surprises" is price wording in honest businesses, so it is not a cue.
    expect(
      trust('Massasjeterapeut i Bergen. Faste priser, ingen overraskelser. Bestill time på nett'),
    ).toEqual([]);
  });
  it('a car ad whose photos are recent reads no trust language (cue is gated to sex contexts)', () => {
    expect(
      trust('Volvo V70 2015, 120 000 km, photos are recent, service book, ring etter kl 16'),
    ).toEqual([]);
  });
  it('an honest massage ad with the new wording and nothing else stays below medium', () => {
    const r = scan(
      'Klassisk massasje og idrettsmassasje. Det du ser er det du får, bildene er av meg. Timebestilling på nett',
    );
    expect(flagged(r)).toBe(false);
  });
});
