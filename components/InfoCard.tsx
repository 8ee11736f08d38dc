import { useId } from 'preact/hooks';
import type { Card } from '../cards/types';
import { CardSections } from './CardSections';
import { SafeHtml } from './SafeHtml';

export type InfoCardProps = {
  card: Card;
  /** Level of the card title; sections use the next level. */
  headingLevel?: 2 | 3 | 4;
};

/** One information card: title, summary, body, what you can do, sources. */
export function InfoCard({ card, headingLevel = 2 }: InfoCardProps) {
  const H = `h${headingLevel}` as 'h2';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  // Unique even when the same card shows twice in one document.
  const titleId = `lykt-${card.id}-${useId()}`;
  return (
    <article class="lykt-card" lang={card.lang} aria-labelledby={titleId}>
      <H id={titleId} class="lykt-card-title">
        {card.title}
      </H>
      <CardSections card={card} Html={SafeHtml} Sub={Sub} />
    </article>
  );
}
