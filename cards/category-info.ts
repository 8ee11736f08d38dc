import type { Category } from '../indicators/types';
import { CATEGORY_TEXT_EN } from './categories-en';
import { CATEGORY_TEXT_NB } from './categories-nb';
import { CATEGORY_LABELS } from './category-labels';
import type { CardLang } from './types';

/** Why a cue matters and what it cannot tell (plain text). */
export interface CategoryNote {
  /** Why the cue matters (plain text). */
  why: string;
  /** What the cue cannot tell (plain text). */
  limits: string;
}

export interface CategoryInfo extends CategoryNote {
  /** Short, lower-case label used in lists and the badge's accessible name. */
  label: string;
}

export type CategoryNotes = Record<Category, CategoryNote>;

const TEXT: Record<CardLang, CategoryNotes> = { nb: CATEGORY_TEXT_NB, en: CATEGORY_TEXT_EN };

/** Every category's notes in one language (the content script gets them from the background). */
export const categoryNotes = (lang: CardLang): CategoryNotes => TEXT[lang];

export function categoryInfo(category: Category, lang: CardLang): CategoryInfo {
  return { label: CATEGORY_LABELS[lang][category], ...TEXT[lang][category] };
}
