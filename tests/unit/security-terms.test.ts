// @vitest-environment node
/**
 * Options' custom terms, oversized or odd (issue 9): the validator refuses them with a reason,
 * and the engine, even when handed such terms directly, never throws and treats every term as
 * literal text (no regular expression is built from user input).
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../indicators';
import type { CustomTerm } from '../../indicators/types';
import { validateCustomTerm } from '../../settings/validate';

const term = (t: string): CustomTerm => ({ term: t, category: 'youth', weight: 3 });
const hits = (terms: CustomTerm[], text: string) =>
  createEngine({ langs: ['en'], customTerms: terms })
    .scan({ text })
    .indicators.filter((f) => terms.some((t) => t.term === f.term))
    .map((f) => text.slice(f.start, f.end));

describe('odd custom terms', () => {
  it.each([
    ['a 10 KB term', 'x'.repeat(10 * 1024), /Too long/],
    ['only zero-width characters', '\u200b\u200c\u200d\ufeff', /invisible|control/],
    ['a right-to-left override', 'ung\u202ejente', /invisible|control/],
    ['only regex metacharacters', '.*(', /letter, digit or emoji/],
  ])('the validator refuses %s with a reason', (_name, t, reason) => {
    expect(validateCustomTerm(term(t), [], 'en')).toMatch(reason);
  });

  it('accepts emoji and regex metacharacters inside a real term', () => {
    expect(validateCustomTerm(term('🍒🍒'), [], 'en')).toBeNull();
    expect(validateCustomTerm(term('a.c'), [], 'en')).toBeNull();
    expect(validateCustomTerm(term('sugar+(baby)*'), [], 'en')).toBeNull();
  });

  it('matches metacharacters literally: "a.c" does not match "abc"', () => {
    expect(hits([term('a.c')], 'abc abbc aXc')).toEqual([]);
    expect(hits([term('sugar+(baby)*')], 'sugarrr baby sugarbaby')).toEqual([]);
    // Found as literal text (punctuation at a term's edge is not part of the match).
    expect(hits([term('sugar+(baby)*')], 'find sugar+(baby)* here')).toEqual(['sugar+(baby']);
    expect(hits([term('ab.cd')], 'x ab.cd y')).toEqual(['ab.cd']);
    expect(hits([term('ab.cd')], 'abxcd')).toEqual([]);
    expect(hits([term('[a-z]+')], 'hello')).toEqual([]);
    expect(hits([term('^$|\\')], 'x ^$|\\ y').length).toBeLessThanOrEqual(1);
  });

  it('finds an emoji term', () => {
    expect(hits([term('🍒🍒')], 'hei 🍒🍒 du')).toEqual(['🍒🍒']);
  });

  // Defence in depth: settings are validated before they reach the engine (terms ≤ 60
  // characters), but the engine should not depend on that to stay up.
  it('never throws when handed the terms the validator refuses', () => {
    const odd = [
      'x'.repeat(10 * 1024),
      '\u200b\u200c\u200d',
      'ung\u202ejente',
      '.*(',
      '',
      '   ',
      '\ud800',
      '(?<=a)b',
    ].map(term);
    const engine = createEngine({ langs: ['en', 'nb'], customTerms: odd });
    const text = `young ${'x'.repeat(10 * 1024)} ung\u202ejente .*( \ud800`;
    const r = engine.scan({ text });
    for (const f of r.indicators) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });
});
