/**
 * A card as HTML strings: the same markup as components/InfoCard.tsx (unit-tested node for
 * node against it, with the real DOMPurify), so the first card needs no virtual DOM, no hooks
 * and no sanitizer pass. Only HTML that is already safe comes here: Lykt's build-time card
 * HTML, or a partner card's HTML after DOMPurify (partner-card.ts).
 */
import type { Card } from '../cards/types';
import { t } from '../components/i18n';

/** Text for an element or a quoted attribute. */
/*! lykt:eager */
export function escapeText(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What components/sanitize.ts's DOMPurify hook does to a link: a new tab, no `window.opener`. */
/*! lykt:eager */
export function newTab(html: string): string {
  return html.replace(/<a (href="[^"]*")>/g, '<a $1 target="_blank" rel="noopener noreferrer">');
}

/** The inside of InfoCard's `<article>`: title (with `id`), summary, body, actions, sources. */
/*! lykt:eager */
export function articleHtml(card: Card, headingLevel: 2 | 3 | 4, id: string): string {
  const h = `h${headingLevel}`;
  const sub = `h${headingLevel + 1}`;
  const ui = (key: 'whatYouCanDo' | 'sources' | 'opensNewTab') => escapeText(t(card.lang, key));
  const sources = card.sources
    .map(
      (s) =>
        `<li>${
          s.url
            ? `<a href="${escapeText(s.url)}" target="_blank" rel="noopener noreferrer">${escapeText(s.name)}<span class="lykt-sr"> ${ui('opensNewTab')}</span></a>`
            : `<cite>${escapeText(s.name)}</cite>`
        }${escapeText(` (${s.publisher})`)}</li>`,
    )
    .join('');
  return (
    `<${h} id="${id}" class="lykt-card-title">${escapeText(card.title)}</${h}>` +
    `<p class="lykt-card-summary">${escapeText(card.summary)}</p>` +
    `<div class="lykt-card-body">${newTab(card.bodyHtml)}</div>` +
    `<section class="lykt-card-actions"><${sub}>${ui('whatYouCanDo')}</${sub}><div>${newTab(card.actionsHtml)}</div></section>` +
    `<section class="lykt-card-sources"><${sub}>${ui('sources')}</${sub}><ul>${sources}</ul></section>`
  );
}

/** A whole embed: `<div class="lykt-widget">` around the card, titled by `id` (no quote in it). */
/*! lykt:eager */
export function cardHtml(card: Card, headingLevel: 2 | 3 | 4, id: string): string {
  return (
    `<div class="lykt-widget" lang="${card.lang}"><article class="lykt-card" lang="${card.lang}" aria-labelledby="${id}">` +
    `${articleHtml(card, headingLevel, id)}</article></div>`
  );
}
