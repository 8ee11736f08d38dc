/**
 * Build-time typography for the widget's cards: numbers, percentages and short names never
 * break across lines ("22 33 11 / 60", "15 / %"). Uses U+00A0 (no-break space), which needs no
 * markup, so it survives the sanitizer, inline-styled snippets and plain-text copies alike.
 * Terms and titles the cards set in italics (`<em>`, a source without a link) are quoted
 * instead: an italic face is one more synchronous font look-up on the first card's paint
 * (`npm run trace:widget`), and quotes read the same in every copy of the card.
 */
import type { Card, CardLang } from '../cards/types';

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

/** Each language's quotation marks (as CSS `quotes: auto` would draw them). */
const QUOTES: Record<CardLang, [string, string]> = { nb: ['«', '»'], en: ['“', '”'] };

/** `<em>term</em>` (text only inside) → the term in quotation marks, without the element. */
export function quoteTerms(html: string, lang: CardLang): string {
  const [open, close] = QUOTES[lang];
  return html.replace(/<em>([^<]*)<\/em>/g, `${open}$1${close}`);
}

export function keepCardTogether(card: Card): Card {
  const [open, close] = QUOTES[card.lang];
  return {
    ...card,
    title: keepTogether(card.title),
    summary: keepTogether(card.summary),
    bodyHtml: quoteTerms(keepTogetherHtml(card.bodyHtml), card.lang),
    actionsHtml: quoteTerms(keepTogetherHtml(card.actionsHtml), card.lang),
    sources: card.sources.map((s) => ({
      ...s,
      // A title without a link: quoted (`<cite>` is upright in the widget and the snippets).
      name: s.url ? keepTogether(s.name) : `${open}${keepTogether(s.name)}${close}`,
      publisher: keepName(s.publisher),
    })),
  };
}
