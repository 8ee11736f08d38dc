import type { ComponentType } from 'preact';
import type { Card } from '../cards/types';
import { t } from './i18n';

export type CardHtmlProps = { html: string; class?: string };

export type SubHeading = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export type CardSectionsProps = {
  card: Card;
  /**
   * Renders card HTML. Passed in so this file imports no sanitizer: `SafeHtml` (DOMPurify) in
   * InfoCard, an allowlist in the content script, whose size budget has no room for DOMPurify.
   */
  Html: ComponentType<CardHtmlProps>;
  /** Heading tag of the sections. */
  Sub: SubHeading;
  /** Which source URLs render as links; the others are cited as text. */
  linkable?: (url: string) => boolean;
};

/** A card's summary, body, "what you can do" and sources: shared by InfoCard and CardList. */
export function CardSections({ card, Html, Sub, linkable = () => true }: CardSectionsProps) {
  return (
    <>
      <p class="lykt-card-summary">{card.summary}</p>
      <Html class="lykt-card-body" html={card.bodyHtml} />
      <section class="lykt-card-actions">
        <Sub>{t(card.lang, 'whatYouCanDo')}</Sub>
        <Html html={card.actionsHtml} />
      </section>
      <section class="lykt-card-sources">
        <Sub>{t(card.lang, 'sources')}</Sub>
        <ul>
          {card.sources.map((s) => (
            <li key={s.name + s.publisher}>
              {s.url && linkable(s.url) ? (
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
    </>
  );
}
