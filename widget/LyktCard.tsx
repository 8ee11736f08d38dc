/** What every embed renders: a built-in card, a partner's card, or the cards for an ad text. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { getCard } from '../cards/index';
import type { CardLang } from '../cards/types';
import { InfoCard } from '../components/InfoCard';
import { inheritedLang, toCardLang } from './lang';
import { MESSAGES, unknownLangText } from './messages';
import { Notice } from './Notice';
import { ForTextCards, PartnerCard } from './AsyncCards';

export type LyktCardProps = {
  /** A built-in card id, e.g. "who-is-behind". */
  card?: string;
  /** A partner's own card as JSON (title, summary, html, sources); its HTML is sanitized. */
  partnerCard?: unknown;
  /** Ad text: show the cards its indicators call for. */
  forText?: string;
  /** "nb" or "en"; if absent, the nearest `lang` on the page. */
  lang?: string;
  headingLevel?: 2 | 3 | 4 | string;
  /** The page language around the embed, when the caller knows it (mount does). */
  hostLang?: CardLang;
};

function level(v: LyktCardProps['headingLevel']): 2 | 3 | 4 {
  const n = Number(v);
  return n === 3 || n === 4 ? n : 2;
}

function Content(props: LyktCardProps & { lang: CardLang }) {
  const { lang } = props;
  const h = level(props.headingLevel);
  if (props.partnerCard !== undefined)
    return <PartnerCard input={props.partnerCard} lang={lang} headingLevel={h} />;
  if (props.forText !== undefined)
    return <ForTextCards text={props.forText} lang={lang} headingLevel={h} />;
  const card = props.card ? getCard(props.card, lang) : undefined;
  if (!card) return <Notice text={MESSAGES[lang].unknownCard(props.card ?? '')} warn />;
  return <InfoCard card={card} headingLevel={h} />;
}

export function LyktCard(props: LyktCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const explicit = props.lang?.trim() || null;
  // A custom element learns the page language only once its root is in the DOM.
  const [found, setFound] = useState<CardLang | null>(null);
  useLayoutEffect(() => {
    if (explicit || props.hostLang) return;
    const root = ref.current?.getRootNode();
    setFound(inheritedLang(root instanceof ShadowRoot ? root.host : null));
  }, [explicit, props.hostLang]);
  const lang = explicit ? toCardLang(explicit) : (props.hostLang ?? found);
  return (
    <div class="lykt-widget" ref={ref} lang={lang ?? undefined}>
      {explicit && !lang ? (
        <Notice text={unknownLangText(explicit)} warn />
      ) : lang ? (
        <Content {...props} lang={lang} />
      ) : null}
    </div>
  );
}
