import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_TERM_LENGTH,
  normaliseHost,
  validateCustomTerm,
  validateSettings,
} from '../../settings/validate';
import { DEFAULT_SETTINGS } from '../../settings/defaults';
import type { CustomTerm } from '../../indicators/types';

const existing: CustomTerm[] = [{ term: 'Ny i byen', category: 'movement', weight: 1 }];
const ok = { category: 'youth', weight: 2 };

describe('validateCustomTerm', () => {
  it('accepts a plain phrase', () => {
    expect(validateCustomTerm({ term: 'fersk jente', ...ok }, existing, 'en')).toBeNull();
  });

  it.each([
    ['', 'Enter a word or phrase.', 'Skriv inn et ord eller en frase.'],
    ['   ', 'Enter a word or phrase.', 'Skriv inn et ord eller en frase.'],
    [
      'x'.repeat(MAX_TERM_LENGTH + 1),
      'Too long: at most 60 characters.',
      'For langt: høyst 60 tegn.',
    ],
    ['NY  I  BYEN', 'This term is already there.', 'Dette ordet finnes allerede.'],
    ['ｎｙ ｉ ｂｙｅｎ', 'This term is already there.', 'Dette ordet finnes allerede.'],
    [
      'abc\u202edef',
      'Contains invisible or control characters.',
      'Inneholder usynlige tegn eller kontrolltegn.',
    ],
    [
      'zero\u200bwidth',
      'Contains invisible or control characters.',
      'Inneholder usynlige tegn eller kontrolltegn.',
    ],
    [
      '!!!',
      'Must contain at least one letter, digit or emoji.',
      'Må inneholde minst én bokstav, ett tall eller en emoji.',
    ],
  ])('refuses %j with a clear reason in en and nb', (term, en, nb) => {
    expect(validateCustomTerm({ term, ...ok }, existing, 'en')).toBe(en);
    expect(validateCustomTerm({ term, ...ok }, existing, 'nb')).toBe(nb);
  });

  it('counts emoji as one character each, not two', () => {
    const term = '🍒'.repeat(MAX_TERM_LENGTH);
    expect(validateCustomTerm({ term, ...ok }, [], 'en')).toBeNull();
  });

  it('refuses unknown categories, shared-contact and odd weights', () => {
    expect(validateCustomTerm({ term: 'a', category: 'nope', weight: 1 }, [], 'en')).toBe(
      'Choose a category.',
    );
    expect(validateCustomTerm({ term: 'a', category: 'shared-contact', weight: 1 }, [], 'en')).toBe(
      'Choose a category.',
    );
    for (const weight of [0, 4, 1.5, '2', NaN]) {
      expect(validateCustomTerm({ term: 'a', category: 'youth', weight }, [], 'en')).toMatch(
        /weight/,
      );
    }
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (term, category, weight) => {
        const r = validateCustomTerm({ term, category, weight }, existing, 'nb');
        return r === null || typeof r === 'string';
      }),
      { numRuns: 2000 },
    );
  });
});

describe('validateSettings', () => {
  it('resets duplicate custom terms found in storage', () => {
    const twice = [
      { term: 'a', category: 'youth', weight: 1 },
      { term: 'A', category: 'youth', weight: 1 },
    ];
    const r = validateSettings({ ...DEFAULT_SETTINGS, customTerms: twice });
    expect(r.reset).toEqual(['customTerms']);
    expect(r.settings.customTerms).toEqual([]);
  });

  it('never throws and always returns valid settings', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const { settings } = validateSettings(v);
        return validateSettings(settings).reset.length === 0;
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps prototype keys from leaking into settings', () => {
    const v = JSON.parse('{"__proto__": {"highlights": false}, "uiLang": "en"}');
    const { settings } = validateSettings(v);
    expect(settings.highlights).toBe(true);
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});

describe('normaliseHost', () => {
  it.each([
    ['https://www.Finn.no/bap/123?x=1', 'www.finn.no'],
    ['finn.no', 'finn.no'],
    ['localhost:8080', 'localhost'],
    ['not a host', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('%j → %j', (input, out) => expect(normaliseHost(input)).toBe(out));
});
