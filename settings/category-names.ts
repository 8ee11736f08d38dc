/** Display names of the categories: the cards' own labels (one wording everywhere), capitalised. */
import { categoryInfo } from '../cards/index';
import type { Category } from '../indicators/types';
import type { UiLang } from './i18n';

export function categoryName(c: Category, lang: UiLang): string {
  const label = categoryInfo(c, lang).label;
  return label.charAt(0).toLocaleUpperCase(lang) + label.slice(1);
}
