/** Maps page and attribute language tags to a card language. */
import { CARD_LANGS, type CardLang } from '../cards/types';
import { STORED_LANGS } from './card-store';

const NORWEGIAN = new Set(['nb', 'no', 'nn']);

/** The languages whose cards this file holds (lykt-widget.nb.js: only nb). */
export const FILE_LANGS: readonly CardLang[] = STORED_LANGS;

/** `nb-NO`, `no`, `nn` → nb; `en-GB` → en; anything else → null. */
/*! lykt:eager */
export function toCardLang(tag: string | null | undefined): CardLang | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (NORWEGIAN.has(base)) return 'nb';
  return (CARD_LANGS as readonly string[]).includes(base) ? (base as CardLang) : null;
}

/**
 * The nearest `lang` above an embed (or on it), mapped to a card language; English if none
 * fits. A one-language file always answers its own language: the partner chose it.
 */
/*! lykt:eager */
export function inheritedLang(el: Element | null): CardLang {
  const tag = el?.closest('[lang]')?.getAttribute('lang');
  const lang = toCardLang(tag) ?? (tag ? 'en' : 'nb');
  return FILE_LANGS.includes(lang) ? lang : FILE_LANGS[0]!;
}
