import { describe, expect, it } from 'vitest';
import {
  allCards,
  CARD_IDS,
  CARD_LANGS,
  CATEGORY_CARDS,
  cardsForCategories,
  categoryInfo,
  getCard,
} from '../../cards/index';
import { ALLOWED_TAGS } from '../../cards/compile';
import { CATEGORIES } from '../../indicators/types';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('card content', () => {
  it.each(CARD_LANGS)('has every card in %s, complete and sourced', (lang) => {
    expect(allCards(lang).map((c) => c.id)).toEqual([...CARD_IDS]);
    for (const id of CARD_IDS) {
      const card = getCard(id, lang)!;
      expect(card.lang).toBe(lang);
      expect(card.title.length).toBeGreaterThan(3);
      expect(card.summary.length).toBeGreaterThan(20);
      expect(card.bodyHtml).toMatch(/^<p>/);
      expect(card.actionsHtml).toContain('<li>');
      expect(card.sources.length).toBeGreaterThan(0);
      for (const s of card.sources) if (s.url) expect(s.url).toMatch(/^https:\/\//);
      for (const [, tag] of `${card.bodyHtml}${card.actionsHtml}`.matchAll(/<\/?([a-z0-9]+)/g)) {
        expect(ALLOWED_TAGS).toContain(tag);
      }
    }
  });

  it('returns undefined for an unknown card', () => {
    expect(getCard('no-such-card', 'en')).toBeUndefined();
  });

  it.each(CARD_LANGS)('keeps the help facts exact in %s', (lang) => {
    const help = text(getCard('get-help', lang)!.bodyHtml);
    expect(help).toContain('22 33 11 60');
    expect(help).toContain('112');
    expect(help).toContain('rosa-help.no');
    expect(help).toMatch(/Tips politiet.*Menneskehandel/);
    const salons = text(getCard('massage-salons', lang)!.bodyHtml);
    expect(salons).toMatch(/60 .*50 .*15 /);
    expect(text(getCard('sex-purchase-law', lang)!.bodyHtml)).toContain('2009');
  });
});

describe('category map', () => {
  it('maps every indicator category to at least one known card', () => {
    expect(Object.keys(CATEGORY_CARDS).sort()).toEqual([...CATEGORIES].sort());
    for (const category of CATEGORIES) {
      expect(CATEGORY_CARDS[category].length).toBeGreaterThan(0);
      for (const id of CATEGORY_CARDS[category]) expect(CARD_IDS).toContain(id);
    }
  });

  it('orders cards by category, without duplicates, ending with the general cards', () => {
    expect(cardsForCategories(['youth', 'third-party', 'movement'])).toEqual([
      'minors',
      'who-is-behind',
      'recruitment-and-control',
      'what-indicators-mean',
      'get-help',
    ]);
    expect(cardsForCategories([])).toEqual(['what-indicators-mean', 'get-help']);
    expect(cardsForCategories(['trust-language'])).toEqual(['what-indicators-mean', 'get-help']);
  });

  it.each(CARD_LANGS)('explains every category in %s as plain text', (lang) => {
    const labels = new Set<string>();
    for (const category of CATEGORIES) {
      const info = categoryInfo(category, lang);
      for (const value of [info.label, info.why, info.limits]) {
        expect(value.trim().length).toBeGreaterThan(2);
        expect(value).not.toMatch(/[<>]/);
      }
      labels.add(info.label);
    }
    expect(labels.size).toBe(CATEGORIES.length);
  });
});
