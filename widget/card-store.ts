/**
 * The widget's built-in cards, looked up by id. Here (Node, unit tests) it is cards/index.ts;
 * in the built files build.ts replaces this module with each card's JSON text, parsed on first
 * use: the first paint parses only the card it shows, and the both-language file does not parse
 * the other language's cards (`npm run trace:widget`).
 */
import { allCards, getCard } from '../cards/index';
import { CARD_LANGS } from '../cards/types';

export { allCards, getCard };

/** The languages whose cards this file holds (lykt-widget.nb.js: only nb). */
export const STORED_LANGS = CARD_LANGS.filter((l) => allCards(l).length > 0);
