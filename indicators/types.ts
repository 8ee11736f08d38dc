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
  /** What this cue adds to the score: `base`, half of it for a further cue of a category already
   * present, 0 for a repeated term. */
  weight: number;
  /** The cue's own (lexicon) weight, so a result can be weighed again from its plain data
   * (shared contacts). Always set by the engine; absent in log entries saved before it was. */
  base?: number;
}

export interface Contact {
  type: 'phone' | 'email';
  /** Normalised: E.164 for phones, lower-case for e-mail. */
  value: string;
  /** The original characters: `text.slice(start, end)`. Always set by the engine. */
  match?: string;
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
  /** Set when the ad was longer than SCAN_LIMIT: only its first SCAN_LIMIT characters were read. */
  truncated?: true;
}

/** A user's own term: a literal word or phrase, never a regular expression. */
export interface CustomTerm {
  term: string;
  category: Category;
  weight: number;
}
