/** `Lykt.cardsFor(text, {lang})`: the cards an ad text's indicators call for. The text stays in the page. */
import { cardsForCategories } from '../cards/category-cards';
import { getCard } from './card-store';
import type { Card } from '../cards/types';
import { FILE_LANGS, toCardLang } from './lang';
import { loadSibling } from './loader';
import { warnOnce } from './messages';
import type { categoriesOf } from './scan';

export interface CardsForOptions {
  lang?: string;
}

/** Resolves to the matching cards (possibly none); imports the engine on first use. */
export async function cardsFor(text: string, options: CardsForOptions = {}): Promise<Card[]> {
  const lang = toCardLang(options.lang ?? 'nb');
  if (!lang || !FILE_LANGS.includes(lang)) {
    warnOnce(
      `Lykt.cardsFor: no "${options.lang}" cards in this file; use nb or en (lykt-widget.js).`,
    );
    return [];
  }
  const scan = await loadSibling<{ categoriesOf: typeof categoriesOf }>('lykt-widget-scan.js');
  const categories = scan.categoriesOf(String(text ?? ''));
  // No indicator, no card: the general cards are not pushed onto an ordinary ad.
  if (categories.length === 0) return [];
  const ids = cardsForCategories(categories);
  return ids.map((id) => getCard(id, lang)).filter((c): c is Card => c !== undefined);
}
