/** Short, lower-case labels of the categories (lists, the badge's accessible name). Kept apart
 * from the longer notes so the content script carries only these; the notes come with the cards. */
import type { Category } from '../indicators/types';
import type { CardLang } from './types';

export const CATEGORY_LABELS: Record<CardLang, Record<Category, string>> = {
  nb: {
    'third-party': 'tredjepart',
    youth: 'ung alder',
    ethnicity: 'etnisitet',
    'massage-sex': 'sex i massasjeannonse',
    movement: 'på flyttefot',
    'risky-services': 'risikable tjenester',
    restricted: 'begrenset frihet',
    labour: 'arbeidsvilkår',
    recruitment: 'rekruttering',
    'trust-language': 'påstår å være ekte',
    'shared-contact': 'delt kontakt',
  },
  en: {
    'third-party': 'third party',
    youth: 'youth',
    ethnicity: 'ethnicity',
    'massage-sex': 'sex in a massage ad',
    movement: 'moving around',
    'risky-services': 'risky services',
    restricted: 'restricted freedom',
    labour: 'working conditions',
    recruitment: 'recruitment',
    'trust-language': 'insists on being real',
    'shared-contact': 'shared contact',
  },
};

export const categoryLabel = (category: Category, lang: CardLang): string =>
  CATEGORY_LABELS[lang][category];
