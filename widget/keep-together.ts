/**
 * Build-time typography for the widget's cards: numbers, percentages and short names never
 * break across lines ("22 33 11 / 60", "15 / %"). Uses U+00A0 (no-break space), which needs no
 * markup, so it survives the sanitizer, inline-styled snippets and plain-text copies alike.
 */
import type { Card } from '../cards/types';

const NBSP = '\u00a0';

/** Spaces inside digit groups (phone numbers), before % and ‰, and after § and "nr.". */
export function keepTogether(text: string): string {
  return text
    .replace(/(\d) (?=\d)/g, `$1${NBSP}`)
    .replace(/(\d) (?=[%‰])/g, `$1${NBSP}`)
    .replace(/(§|\bnr\.|\bno\.) (?=\d)/gi, `$1${NBSP}`);
}

/** A publisher or source name this short reads as one name and stays on one line. */
const SHORT_NAME = 32;

const keepName = (name: string) =>
  name.length <= SHORT_NAME ? name.replace(/ /g, NBSP) : keepTogether(name);

/** Only text between tags changes, never a tag or an attribute (href="tel:22 33 …"). */
function keepTogetherHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${keepTogether(text)}<`);
}

export function keepCardTogether(card: Card): Card {
  return {
    ...card,
    title: keepTogether(card.title),
    summary: keepTogether(card.summary),
    bodyHtml: keepTogetherHtml(card.bodyHtml),
    actionsHtml: keepTogetherHtml(card.actionsHtml),
    sources: card.sources.map((s) => ({
      ...s,
      name: keepTogether(s.name),
      publisher: keepName(s.publisher),
    })),
  };
}
