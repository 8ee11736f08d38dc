/** Information-card data shapes (content lives beside this file, in nb and en). */

export const CARD_IDS = [
  'who-is-behind',
  'recruitment-and-control',
  'massage-salons',
  'sex-purchase-law',
  'forced-labour',
  'minors',
  'what-indicators-mean',
  'get-help',
] as const;
export type CardId = (typeof CARD_IDS)[number];

export const CARD_LANGS = ['nb', 'en'] as const;
export type CardLang = (typeof CARD_LANGS)[number];

export interface CardSource {
  name: string;
  publisher: string;
  url?: string;
}

export interface Card {
  id: string;
  lang: CardLang;
  title: string;
  summary: string;
  /** Trusted HTML compiled at build time from the markdown subset; still sanitized at render. */
  bodyHtml: string;
  /** "What you can do", HTML as above. */
  actionsHtml: string;
  sources: CardSource[];
}
