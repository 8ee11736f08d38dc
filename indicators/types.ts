/** Shared engine types. Category ids, levels and contexts are fixed by DESIGN.md. */

export const CATEGORIES = [
  'third-party',
  'youth',
  'ethnicity',
  'massage-sex',
  'movement',
  'risky-services',
  'restricted',
  'labour',
  'recruitment',
  'trust-language',
  'shared-contact',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

export const CONTEXTS = ['escort', 'massage', 'job', 'dating', 'other'] as const;
export type AdContext = (typeof CONTEXTS)[number];

/** Lexicon languages; `nn` is folded into `nb`. */
export const LANGS = ['nb', 'en', 'sv', 'da'] as const;
export type Lang = (typeof LANGS)[number];

/** One matched cue. `start`/`end` are UTF-16 offsets into the ad's original `text`. */
export interface Finding {
  category: Category;
  /** The lexicon pattern (or custom term) that matched, in its canonical spelling. */
  term: string;
  /** The original characters that matched: `text.slice(start, end)`. */
  match: string;
  start: number;
  end: number;
  weight: number;
}

export interface Contact {
  type: 'phone' | 'email';
  /** Normalised: E.164 for phones, lower-case for e-mail. */
  value: string;
  start: number;
  end: number;
}

export interface AdInput {
  id?: string;
  text: string;
  title?: string;
  url?: string;
  lang?: string;
}

export interface ScanResult {
  context: AdContext;
  level: Level;
  score: number;
  indicators: Finding[];
  contacts: Contact[];
}

/** A user's own term: a literal word or phrase, never a regular expression. */
export interface CustomTerm {
  term: string;
  category: Category;
  weight: number;
}
