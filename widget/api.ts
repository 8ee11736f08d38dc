/** The one global a partner page gets: `window.Lykt`. */
import { CARD_IDS, CARD_LANGS } from '../cards/types';
import { cardsFor } from './cards-for';
import { mount, unmount } from './mount';

export const LYKT_API = Object.freeze({
  version: '0.1.0',
  cardIds: CARD_IDS,
  langs: CARD_LANGS,
  mount,
  unmount,
  cardsFor,
});

export type LyktApi = typeof LYKT_API;

declare global {
  interface Window {
    Lykt?: LyktApi;
  }
}
