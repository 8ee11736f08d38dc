/** What every embed renders: a built-in card, a partner's card, or the cards for an ad text. */
import { getCard } from '../cards/index';
import { CARD_IDS, type CardLang } from '../cards/types';
import { InfoCard } from '../components/InfoCard';
import { FILE_LANGS, toCardLang } from './lang';
import { Fail } from './Fail';
import { ForTextCards, PartnerCard } from './AsyncCards';

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

/** The partner's mistake in the props, as [code, console line], or null. */
function mistake(p: LyktCardProps, lang: CardLang | null): [string, string] | null {
  const explicit = p.lang?.trim();
  if (explicit && !lang)
    return ['lang', `Lykt: lang="${explicit}" is not a card language; use nb or en.`];
  if (lang && !FILE_LANGS.includes(lang))
    return ['lang', `Lykt: no ${lang} cards in this file; load lykt-widget.js.`];
  const h = p.headingLevel;
  if (h !== undefined && h !== '' && ![2, 3, 4].includes(Number(h)))
    return ['heading-level', `Lykt: heading-level="${h}" must be 2, 3 or 4.`];
  if (p.theme && !THEMES.includes(p.theme))
    return ['theme', `Lykt: theme="${p.theme}" must be light, dark or auto.`];
  if (p.partnerCard !== undefined || p.forText !== undefined) return null;
  if (!p.card || !getCard(p.card, lang!))
    return ['card', `Lykt: no card "${p.card ?? ''}"; ids: ${CARD_IDS}.`];
  return null;
}

export function LyktCard(props: LyktCardProps) {
  const explicit = props.lang?.trim();
  const lang = explicit ? toCardLang(explicit) : props.hostLang;
  const wrong = mistake(props, lang);
  if (wrong || !lang) return <Fail code={wrong?.[0] ?? 'lang'} text={wrong?.[1] ?? ''} />;
  const h = props.headingLevel ? (Number(props.headingLevel) as 2 | 3 | 4) : 2;
  return (
    <div class="lykt-widget" lang={lang}>
      {props.partnerCard !== undefined ? (
        <PartnerCard input={props.partnerCard} lang={lang} headingLevel={h} />
      ) : props.forText !== undefined ? (
        <ForTextCards text={props.forText} lang={lang} headingLevel={h} />
      ) : (
        <InfoCard card={getCard(props.card!, lang)!} headingLevel={h} />
      )}
    </div>
  );
}
