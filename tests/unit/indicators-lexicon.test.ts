// @vitest-environment node
// Lints the lexicon like Dark Reader lints its lists: valid, no duplicates, round-trip, sorted.
import { describe, expect, it } from 'vitest';
import { parsePattern } from '../../indicators/compile';
import { LEXICONS } from '../../indicators/lexicon';
import { GATES } from '../../indicators/lexicon/types';
import { buildMatcher, createHits } from '../../indicators/matcher';
import { normalize } from '../../indicators/normalize';
import { CATEGORIES, CONTEXTS, LANGS } from '../../indicators/types';

const sorted = (xs: readonly string[]) =>
  xs.every((x, i) => i === 0 || xs[i - 1]!.localeCompare(x, 'en') <= 0); // the locale of cli/sort-lexicon.ts

describe.each(LANGS)('lexicon %s', (lang) => {
  const lex = LEXICONS[lang];
  const all = [...lex.indicators, ...lex.contexts, ...lex.negations];

  it('has valid ids, categories, contexts and weights', () => {
    for (const e of all) expect(e.id.startsWith(`${lang}.`), e.id).toBe(true);
    for (const e of lex.indicators) {
      expect(CATEGORIES, e.id).toContain(e.category);
      expect(e.category).not.toBe('shared-contact');
      expect(e.id.startsWith(`${lang}.${e.category}.`), e.id).toBe(true);
      // Weight 0 only for a word reported in a weak category that adds no point (POLICY.md).
      if (e.weight === 0) expect(e.category, e.id).toBe('trust-language');
      else expect(e.weight).toBeGreaterThan(0);
      expect(e.contexts.length).toBeGreaterThan(0);
      for (const c of e.contexts) expect(GATES).toContain(c);
      expect(e.why).toMatch(/^[a-z-]+$/);
    }
    for (const e of lex.contexts) expect(CONTEXTS).toContain(e.context);
    for (const e of lex.negations)
      if (e.categories !== 'all') for (const c of e.categories) expect(CATEGORIES).toContain(c);
  });

  it('covers every word category', () => {
    const cats = new Set(lex.indicators.map((e) => e.category));
    for (const c of CATEGORIES.filter((c) => c !== 'shared-contact')) expect(cats, c).toContain(c);
  });

  it('has unique ids and no pattern twice in one category after normalisation', () => {
    const ids = all.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Map<string, string>();
    for (const e of all) {
      const group =
        'category' in e ? e.category : 'context' in e ? `ctx:${e.context}` : `neg:${e.scope}`;
      for (const p of e.patterns) {
        const spec = parsePattern(p);
        const key = `${group}|${spec.text}|${spec.left}|${spec.right}`;
        expect(seen.get(key), `${p} (${e.id}) duplicates ${seen.get(key)}`).toBeUndefined();
        seen.set(key, `${p} (${e.id})`);
      }
    }
  });

  it('has every pattern match its own text after normalisation', () => {
    for (const e of all)
      for (const p of e.patterns) {
        const spec = parsePattern(p);
        expect(spec.text, p).not.toBe('');
        const m = buildMatcher([spec]);
        const raw = p.replace(/^\*|\*$/g, '');
        const n = normalize(raw);
        const hits = createHits();
        m.run(n.buf, n.n, hits);
        expect(hits.n, `${p} (${e.id})`).toBeGreaterThan(0);
      }
  });

  it('is sorted: entries by id, patterns alphabetically', () => {
    for (const list of [lex.indicators, lex.contexts, lex.negations]) {
      expect(sorted(list.map((e) => e.id)), `${lang} ids`).toBe(true);
      for (const e of list) expect(sorted(e.patterns), e.id).toBe(true);
    }
  });
});
