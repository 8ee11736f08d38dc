/**
 * The widget's own texts for readers (the cards' texts live in cards/): only these short states.
 * A one-language file keeps only its language's (build.ts).
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
