import type { Card, CardLang } from '../cards/types';
import { CardSections, type CardHtmlProps, type SubHeading } from '../components/CardSections';
import { cardFragment } from './card-html';

export type CardListProps = {
  cards: Card[];
  lang: CardLang;
  /** The sections' heading tag: one level below the page's heading before the badge. */
  sub?: SubHeading;
};

function Html({ html, class: className }: CardHtmlProps) {
  return (
    <div
      class={className}
      ref={(el) => el?.replaceChildren(cardFragment(html, el.ownerDocument))}
    />
  );
}

const httpsOnly = (url: string) => /^https:/.test(url);

/**
 * The popover's cards as disclosures, closed: each shows its title and one line, and opens on
 * demand (triage reads the words first). Native keyboard and screen-reader
 * support, no script. The sections are components/CardSections, as in InfoCard, but with the
 * content script's allowlist renderer instead of DOMPurify (content/card-html.ts says why).
 */
export function CardList({ cards, lang, sub = 'h4' }: CardListProps) {
  return (
    <div class="lykt-cards" lang={lang}>
      {cards.map((card) => (
        <details key={card.id} class="lykt-card" lang={card.lang}>
          <summary>
            <span class="lykt-card-title">{card.title}</span>
            <span class="lykt-card-line">{card.summary}</span>
          </summary>
          <CardSections card={card} Html={Html} Sub={sub} linkable={httpsOnly} />
        </details>
      ))}
    </div>
  );
}
