// @vitest-environment jsdom
// The reference render goes through the real DOMPurify, which needs a real DOM: jsdom here.
import DOMPurify from 'dompurify';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { allCards } from '../../cards';
import type { Card } from '../../cards/types';
import { InfoCard } from '../../components/InfoCard';
import { sanitizeCardHtml } from '../../components/sanitize';
import { cardHtml, newTab } from '../../widget/card-html';
import { keepCardTogether } from '../../widget/keep-together';

/** Preact's InfoCard (real DOMPurify) in the widget's wrapper, ids made comparable. */
function preactCard(card: Card, h: 2 | 3 | 4): string {
  const root = document.createElement('div');
  render(
    <div class="lykt-widget" lang={card.lang}>
      <InfoCard card={card} headingLevel={h} />
    </div>,
    root,
  );
  return root.innerHTML.replace(/lykt-[a-z-]+-P[0-9-]+/g, 'ID');
}

function stringCard(card: Card, h: 2 | 3 | 4): string {
  const root = document.createElement('div');
  root.innerHTML = cardHtml(card, h, `lykt-${card.id}-0`);
  return root.innerHTML.replace(new RegExp(`lykt-${card.id}-0`, 'g'), 'ID');
}

/** Everything the string renderer must get right: links, a cited source, markup characters. */
const EDGE: Card = {
  id: 'edge-case',
  lang: 'en',
  title: 'Tom & Jerry <b>not bold</b> "quoted"',
  summary: 'Fish > chips & 22\u00a033',
  bodyHtml: '<p>See <a href="https://politiet.no/">politiet.no</a> &amp; <em>more</em></p>',
  actionsHtml: '<ul><li><a href="tel:112">112</a></li></ul>',
  sources: [
    { name: 'A "linked" <source>', publisher: 'Pub & Co', url: 'https://example.org/?a=1&b="2"' },
    { name: 'Print only', publisher: 'Press' },
  ],
};

describe('the widget’s string renderer (first paint without Preact)', () => {
  it('makes the same DOM as Preact’s InfoCard for every card, language and heading level', () => {
    const cards = [...allCards('nb'), ...allCards('en')].map(keepCardTogether);
    expect(cards.length).toBe(16);
    for (const card of [...cards, EDGE]) {
      for (const h of [2, 3, 4] as const) {
        expect(stringCard(card, h), `${card.id} ${card.lang} h${h}`).toBe(preactCard(card, h));
      }
    }
  });

  it('opens links in a new tab exactly as the components’ DOMPurify hook does', () => {
    const html = EDGE.bodyHtml + EDGE.actionsHtml;
    expect(newTab(html)).toBe(sanitizeCardHtml(html));
    expect(DOMPurify.isSupported).toBe(true);
  });

  it('ties the title to the card by id', () => {
    const root = document.createElement('div');
    root.innerHTML = cardHtml(EDGE, 3, 'lykt-edge-case-0');
    const title = root.querySelector('h3.lykt-card-title')!;
    expect(root.querySelector('article')!.getAttribute('aria-labelledby')).toBe(title.id);
    expect(title.textContent).toBe(EDGE.title);
    expect(root.querySelectorAll('h4').length).toBe(2);
  });
});
