import type { Card, CardLang } from '../cards/types';
import { t } from '../components/i18n';
import { cardFragment } from './card-html';

export type CardListProps = {
  cards: Card[];
  lang: CardLang;
};

function Html({ html, class: className }: { html: string; class?: string }) {
  return (
    <div
      class={className}
      ref={(el) => el?.replaceChildren(cardFragment(html, el.ownerDocument))}
    />
  );
}

/**
 * The popover's cards as disclosures (first one open): native keyboard and screen-reader
 * support, no script. Same markup classes as components/InfoCard, so the same styles apply;
 * InfoCard itself is not used here because it pulls DOMPurify into the content script.
 */
export function CardList({ cards, lang }: CardListProps) {
  return (
    <div class="lykt-cards" lang={lang}>
      {cards.map((card, i) => (
        <details key={card.id} class="lykt-card" lang={card.lang} open={i === 0}>
          <summary class="lykt-card-title">{card.title}</summary>
          <p class="lykt-card-summary">{card.summary}</p>
          <Html class="lykt-card-body" html={card.bodyHtml} />
          <section class="lykt-card-actions">
            <h4>{t(card.lang, 'whatYouCanDo')}</h4>
            <Html html={card.actionsHtml} />
          </section>
          <section class="lykt-card-sources">
            <h4>{t(card.lang, 'sources')}</h4>
            <ul>
              {card.sources.map((s) => (
                <li key={s.name + s.publisher}>
                  {s.url && /^https:/.test(s.url) ? (
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
        </details>
      ))}
    </div>
  );
}
