import type { Category } from '../indicators/types';
import { CATEGORY_TEXT_EN } from './categories-en';
import { CATEGORY_TEXT_NB } from './categories-nb';
import type { CardLang } from './types';

export interface CategoryInfo {
  /** Short, lower-case label used in lists and the badge's accessible name. */
  label: string;
  /** Why the cue matters (plain text). */
  why: string;
  /** What the cue cannot tell (plain text). */
  limits: string;
}

export type CategoryText = Record<Category, CategoryInfo>;

const TEXT: Record<CardLang, CategoryText> = { nb: CATEGORY_TEXT_NB, en: CATEGORY_TEXT_EN };

export function categoryInfo(category: Category, lang: CardLang): CategoryInfo {
  return TEXT[lang][category];
}
