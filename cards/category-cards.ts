import type { Category } from '../indicators/types';
import type { CardId } from './types';

/** Which cards explain each category, most relevant first. */
export const CATEGORY_CARDS: Record<Category, CardId[]> = {
  'third-party': ['who-is-behind', 'recruitment-and-control'],
  youth: ['minors'],
  ethnicity: ['who-is-behind', 'massage-salons'],
  'massage-sex': ['massage-salons', 'sex-purchase-law'],
  movement: ['recruitment-and-control', 'who-is-behind'],
  'risky-services': ['recruitment-and-control', 'sex-purchase-law'],
  restricted: ['recruitment-and-control', 'forced-labour'],
  labour: ['forced-labour'],
  recruitment: ['recruitment-and-control', 'forced-labour'],
  'trust-language': ['what-indicators-mean'],
  'shared-contact': ['who-is-behind'],
};

const CLOSING: CardId[] = ['what-indicators-mean', 'get-help'];

/**
 * Cards for a set of categories: each category's cards in the order given (the first
 * category is taken as the most relevant), de-duplicated, always ending with the two
 * general cards.
 */
export function cardsForCategories(categories: readonly Category[]): CardId[] {
  const out: CardId[] = [];
  for (const category of categories) {
    for (const id of CATEGORY_CARDS[category] ?? []) {
      if (!out.includes(id) && !CLOSING.includes(id)) out.push(id);
    }
  }
  return [...out, ...CLOSING];
}
