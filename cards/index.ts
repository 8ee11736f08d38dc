/** Public API of the card content. Pure data and lookups: runs in Node, the extension and the widget. */
import { CARDS as CARDS_EN } from './generated/en';
import { CARDS as CARDS_NB } from './generated/nb';
import type { Card, CardLang } from './types';

export { CATEGORY_CARDS, cardsForCategories } from './category-cards';
export { categoryInfo, type CategoryInfo } from './category-info';
export * from './types';

const BY_LANG: Record<CardLang, readonly Card[]> = { nb: CARDS_NB, en: CARDS_EN };

export function allCards(lang: CardLang): Card[] {
  return [...BY_LANG[lang]];
}

export function getCard(id: string, lang: CardLang): Card | undefined {
  return BY_LANG[lang].find((card) => card.id === id);
}
