import { useId } from 'preact/hooks';
import type { Card } from '../cards/types';
import { t } from './i18n';
import { SafeHtml } from './SafeHtml';

export type InfoCardProps = {
  card: Card;
  /** Level of the card title; sections use the next level. */
  headingLevel?: 2 | 3 | 4;
};

/** One information card: title, summary, body, what you can do, sources. */
export function InfoCard({ card, headingLevel = 2 }: InfoCardProps) {
  const H = `h${headingLevel}` as 'h2';
  const Sub = `h${headingLevel + 1}` as 'h3';
  // Unique even when the same card shows twice in one document.
  const titleId = `lykt-${card.id}-${useId()}`;
  return (
    <article class="lykt-card" lang={card.lang} aria-labelledby={titleId}>
      <H id={titleId} class="lykt-card-title">
        {card.title}
      </H>
      <p class="lykt-card-summary">{card.summary}</p>
      <SafeHtml class="lykt-card-body" html={card.bodyHtml} />
      <section class="lykt-card-actions">
        <Sub>{t(card.lang, 'whatYouCanDo')}</Sub>
        <SafeHtml html={card.actionsHtml} />
      </section>
      <section class="lykt-card-sources">
        <Sub>{t(card.lang, 'sources')}</Sub>
        <ul>
          {card.sources.map((s) => (
            <li key={s.name + s.publisher}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.name}
                  <span class="lykt-sr"> {t(card.lang, 'opensNewTab')}</span>
                </a>
              ) : (
                <cite>{s.name}</cite>
              )}
              {` (${s.publisher})`}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
