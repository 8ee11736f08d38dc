import { useId, useRef, useState } from 'preact/hooks';
import type { Card, CardLang } from '../cards/types';
import { t } from './i18n';
import { InfoCard } from './InfoCard';

export type CardTabsProps = {
  cards: Card[];
  lang: CardLang;
  /** Heading level of each card's title. */
  headingLevel?: 2 | 3 | 4;
};

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** WAI-ARIA tabs (automatic activation, arrow keys, Home/End) when several cards apply. */
export function CardTabs({ cards, lang, headingLevel = 3 }: CardTabsProps) {
  const [active, setActive] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const base = useId();
  const only = cards[0];
  if (!only) return null;
  if (cards.length === 1) return <InfoCard card={only} headingLevel={headingLevel} />;
  const current = Math.min(active, cards.length - 1);
  const shown = cards[current]!;

  const onKeyDown = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const next = move(current, cards.length);
    setActive(next);
    tabs.current[next]?.focus();
  };

  return (
    <div class="lykt-tabs" lang={lang}>
      <div
        role="tablist"
        aria-label={t(lang, 'cardsLabel')}
        class="lykt-tablist"
        onKeyDown={onKeyDown}
      >
        {cards.map((card, i) => (
          <button
            key={card.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${i}`}
            aria-selected={i === current}
            aria-controls={`${base}-panel`}
            tabIndex={i === current ? 0 : -1}
            lang={card.lang}
            class="lykt-tab"
            onClick={() => setActive(i)}
          >
            {card.title}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-tab-${current}`}
        tabIndex={0}
        class="lykt-tabpanel"
      >
        <InfoCard card={shown} headingLevel={headingLevel} />
      </div>
    </div>
  );
}
