/** Maps page and attribute language tags to a card language. */
import { CARD_LANGS, type CardLang } from '../cards/types';

const NORWEGIAN = new Set(['nb', 'no', 'nn']);

/** `nb-NO`, `no`, `nn` → nb; `en-GB` → en; anything else → null. */
export function toCardLang(tag: string | null | undefined): CardLang | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (NORWEGIAN.has(base)) return 'nb';
  return (CARD_LANGS as readonly string[]).includes(base) ? (base as CardLang) : null;
}

/** The nearest `lang` above an embed (or on it), mapped to a card language; English if none fits. */
export function inheritedLang(el: Element | null): CardLang {
  const tag = el?.closest('[lang]')?.getAttribute('lang');
  return toCardLang(tag) ?? (tag ? 'en' : 'nb');
}
