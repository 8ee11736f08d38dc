/** An embed's attributes checked once, for both renderers (card-html.ts and LyktCard.tsx). */
import { getCard } from './card-store';
import { CARD_IDS, type CardLang } from '../cards/types';
import { FILE_LANGS, toCardLang } from './lang';

export type LyktCardProps = {
  /** A built-in card id, e.g. "who-is-behind". */
  card?: string;
  /** A partner's own card as JSON (title, summary, html, sources); its HTML is sanitized. */
  partnerCard?: unknown;
  /** Ad text: show the cards its indicators call for. */
  forText?: string;
  /** "nb" or "en"; if absent, the page language around the embed (`hostLang`). */
  lang?: string;
  headingLevel?: 2 | 3 | 4 | string;
  /** `theme` / `data-theme` as written on the element (CSS applies it; checked here). */
  theme?: string;
  /** The page language around the embed (mount passes it). */
  hostLang: CardLang;
};

const THEMES = ['light', 'dark', 'auto'];

/** The card language: `lang` if given (null if it names no card language), else the page's. */
/*! lykt:eager */
export function langOf(p: LyktCardProps): CardLang | null {
  const explicit = p.lang?.trim();
  return explicit ? toCardLang(explicit) : p.hostLang;
}

export const headingOf = (p: LyktCardProps) =>
  p.headingLevel ? (Number(p.headingLevel) as 2 | 3 | 4) : 2;

/** The partner's mistake in the props, as [code, console line], or null. */
/*! lykt:eager */
export function mistake(p: LyktCardProps, lang: CardLang | null): [string, string] | null {
  const explicit = p.lang?.trim();
  if (explicit && !lang)
    return ['lang', `Lykt: lang="${explicit}" is not a card language; use nb or en.`];
  if (!lang) return ['lang', ''];
  if (!FILE_LANGS.includes(lang))
    return ['lang', `Lykt: no ${lang} cards in this file; load lykt-widget.js.`];
  const h = p.headingLevel;
  if (h !== undefined && h !== '' && ![2, 3, 4].includes(Number(h)))
    return ['heading-level', `Lykt: heading-level="${h}" must be 2, 3 or 4.`];
  if (p.theme && !THEMES.includes(p.theme))
    return ['theme', `Lykt: theme="${p.theme}" must be light, dark or auto.`];
  if (p.partnerCard !== undefined || p.forText !== undefined) return null;
  if (!p.card || !getCard(p.card, lang))
    return ['card', `Lykt: no card "${p.card ?? ''}"; ids: ${CARD_IDS}.`];
  return null;
}
