/** The one global a partner page gets: `window.Lykt`. */
import { CARD_IDS } from '../cards/types';
import { cardsFor } from './cards-for';
import { FILE_LANGS } from './lang';
import { mount, unmount } from './mount';

export const LYKT_API = Object.freeze({
  version: '0.1.0',
  cardIds: CARD_IDS,
  /** The card languages this file holds. */
  langs: FILE_LANGS,
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
