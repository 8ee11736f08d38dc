import type { CardLang } from '../cards/types';

/** UI strings of the shared components. Both languages must have the same keys (unit-tested). */
const EN = {
  whatYouCanDo: 'What you can do',
  sources: 'Sources',
  opensNewTab: '(opens in a new tab)',
  close: 'Close',
  wordOne: 'word',
  wordMany: 'words',
  signOne: 'sign',
  signMany: 'signs',
  'levelCap.none': 'None',
  'levelCap.low': 'Low',
  'levelCap.medium': 'Medium',
  'levelCap.high': 'High',
  level: 'Level',
  'level.none': 'none',
  'level.low': 'low',
  'level.medium': 'medium',
  'level.high': 'high',
  matched: 'Words in the ad',
  why: 'Why it matters',
  limits: 'What it cannot tell',
  noFindings: 'No indicators found.',
  cardsLabel: 'Information cards',
} as const;

export type UiKey = keyof typeof EN;

const NB: Record<UiKey, string> = {
  whatYouCanDo: 'Hva du kan gjøre',
  sources: 'Kilder',
  opensNewTab: '(åpnes i ny fane)',
  close: 'Lukk',
  wordOne: 'ord',
  wordMany: 'ord',
  signOne: 'tegn',
  signMany: 'tegn',
  'levelCap.none': 'Ingen',
  'levelCap.low': 'Lavt',
  'levelCap.medium': 'Middels',
  'levelCap.high': 'Høyt',
  level: 'Nivå',
  'level.none': 'ingen',
  'level.low': 'lavt',
  'level.medium': 'middels',
  'level.high': 'høyt',
  matched: 'Ord i annonsen',
  why: 'Hvorfor det betyr noe',
  limits: 'Hva det ikke kan si',
  noFindings: 'Ingen indikatorer funnet.',
  cardsLabel: 'Informasjonskort',
};

export const UI_STRINGS: Record<CardLang, Record<UiKey, string>> = { en: EN, nb: NB };

export function t(lang: CardLang, key: UiKey): string {
  return UI_STRINGS[lang][key];
}
