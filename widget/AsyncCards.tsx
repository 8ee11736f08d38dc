/** Embeds that wait for a lazy file: the engine (for-text) or DOMPurify (partner cards). */
import { useEffect, useState } from 'preact/hooks';
import type { Card, CardLang } from '../cards/types';
import { CardTabs } from '../components/CardTabs';
import { InfoCard } from './InfoCardHtml';
import { cardsFor } from './cards-for';
import { Fail } from './Fail';
import { MESSAGES } from './notices';
import shim, { loadPartner } from './purify-shim';
import type { Config, DOMPurify } from 'dompurify';

type State = { cards: Card[] } | { error: string } | null;

/** Runs `load` whenever its inputs change; a stale answer never overwrites a newer one. */
function useLoaded(load: () => Promise<Card[]>, deps: unknown[]): State {
  const [state, setState] = useState<State>(null);
  useEffect(() => {
    let current = true;
    setState(null);
    load().then(
      (cards) => current && setState({ cards }),
      (e: unknown) => current && setState({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, deps);
  return state;
}

/** A reader-facing state line (checking, nothing found): never a developer message. */
const Note = ({ text }: { text: string }) => (
  <p class="lykt-notice" role="note">
    {text}
  </p>
);

export type ForTextCardsProps = { text: string; lang: CardLang; headingLevel: 2 | 3 | 4 };

export function ForTextCards({ text, lang, headingLevel }: ForTextCardsProps) {
  const state = useLoaded(() => cardsFor(text, { lang }), [text, lang]);
  const m = MESSAGES[lang];
  if (state === null) return <Note text={m.checking} />;
  if ('error' in state)
    return <Fail code="scan" text={`Lykt: could not check the ad text (${state.error}).`} />;
  if (state.cards.length === 0) return <Note text={m.noCards} />;
  return <CardTabs cards={state.cards} lang={lang} headingLevel={headingLevel} />;
}

export type PartnerCardProps = { input: unknown; lang: CardLang; headingLevel: 2 | 3 | 4 };

export function PartnerCard({ input, lang, headingLevel }: PartnerCardProps) {
  const state = useLoaded(async () => {
    const partner = await loadPartner();
    // Through the stand-in, which hands DOMPurify Lykt's Trusted Types policy.
    const purify = { sanitize: (html: string, cfg: Config) => String(shim.sanitize(html, cfg)) };
    return [partner.toPartnerCard(input, lang, purify as unknown as DOMPurify)];
  }, [input, lang]);
  if (state === null) return null;
  if ('error' in state)
    return <Fail code="partner-card" text={`Lykt: partner card not shown (${state.error}).`} />;
  return <InfoCard card={state.cards[0]!} headingLevel={headingLevel} />;
}
