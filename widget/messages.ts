/** The widget's own texts (the cards' texts live in cards/). */
import type { CardLang } from '../cards/types';

export const MESSAGES = {
  nb: {
    unknownCard: (id: string) => `Lykt: fant ikke kortet «${id}».`,
    checking: 'Lykt ser etter tegn i annonseteksten …',
    noCards: 'Lykt fant ingen tegn i denne annonseteksten som et kort forklarer.',
    scanFailed: 'Lykt kunne ikke sjekke annonseteksten.',
    badPartnerCard: (why: string) => `Lykt: kortet kan ikke vises (${why}).`,
    unsupported: 'Lykt kan ikke vises her.',
  },
  en: {
    unknownCard: (id: string) => `Lykt: no card called “${id}”.`,
    checking: 'Lykt is checking the ad text for signs …',
    noCards: 'Lykt found no signs in this ad text that a card explains.',
    scanFailed: 'Lykt could not check the ad text.',
    badPartnerCard: (why: string) => `Lykt: this card cannot be shown (${why}).`,
    unsupported: 'Lykt cannot be shown here.',
  },
} satisfies Record<CardLang, Record<string, unknown>>;

/** Shown in both languages, because the language itself is what is wrong. */
export const unknownLangText = (lang: string) =>
  `Lykt: språket «${lang}» finnes ikke, bruk nb eller en. / The language “${lang}” is not available; use nb or en.`;

const warned = new Set<string>();

/** One console warning per distinct problem, so a page with many embeds is not flooded. */
export function warnOnce(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}
