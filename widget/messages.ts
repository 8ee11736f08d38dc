/**
 * The widget's own texts (the cards' texts live in cards/). Readers only ever see the short
 * states below; a partner's mistake renders nothing and goes to the console (in English, once).
 */
import type { CardLang } from '../cards/types';

export const MESSAGES = {
  nb: {
    checking: 'Lykt ser etter tegn i annonseteksten …',
    noCards: 'Lykt fant ingen tegn i denne annonseteksten som et kort forklarer.',
  },
  en: {
    checking: 'Lykt is checking the ad text for signs …',
    noCards: 'Lykt found no signs in this ad text that a card explains.',
  },
} satisfies Record<CardLang, Record<string, string>>;

const warned = new Set<string>();

/** One console warning per distinct problem, so a page with many embeds is not flooded. */
export function warnOnce(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}
