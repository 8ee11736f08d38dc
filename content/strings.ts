/** The content script's own UI words (the shared components carry theirs in components/i18n). */
import type { CardLang } from '../cards/types';
import { SCAN_LIMIT } from '../indicators/core';
import { LIMITS } from '../log/limits';

const EN = {
  save: 'Save to log',
  saving: 'Saving…',
  saved: 'Saved to the research log.',
  savedCut: `Saved to the research log, shortened: the ad was longer than the log keeps (${LIMITS.text.toLocaleString('en')} characters, ${LIMITS.findings} indicators).`,
  saveFailed: 'Could not save',
  saveLimited: 'Too many saves in a short time. Try again in {s} s.',
  dialog: 'Lykt: why this ad was marked',
  loading: 'Loading cards…',
  cardsFailed: 'The cards could not be loaded.',
  reminder: 'An indicator is a reason to look closer, never a verdict.',
  truncated: `This ad is very long: only its first ${SCAN_LIMIT.toLocaleString('en')} characters were scanned.`,
  untitled: 'Ad without a title',
  found: 'Words found',
  notConcern: 'Not a concern here',
  notConcernDone: 'Hidden on this site. Undo in Lykt’s options.',
  fineHere: '“{w}” is fine on this site',
  fineDone: '“{w}” is no longer marked on this site.',
  openLog: 'Open the log',
  actions: 'Actions',
  cards: 'Information cards',
  investigate: 'Add to investigation',
  investName: 'Investigation name',
  investAdd: 'Add',
  investAdded: 'Added to {n}.',
  investAlready: 'Already in {n}.',
  investFull: 'Already in 20 investigations.',
} as const;

export type ContentKey = keyof typeof EN;

const NB: Record<ContentKey, string> = {
  save: 'Lagre i logg',
  saving: 'Lagrer …',
  saved: 'Lagret i forskningsloggen.',
  savedCut: `Lagret i forskningsloggen, forkortet: annonsen var lengre enn loggen tar vare på (${LIMITS.text.toLocaleString('nb')} tegn, ${LIMITS.findings} indikatorer).`,
  saveFailed: 'Kunne ikke lagre',
  saveLimited: 'For mange lagringer på kort tid. Prøv igjen om {s} s.',
  dialog: 'Lykt: hvorfor annonsen er merket',
  loading: 'Henter kort …',
  cardsFailed: 'Kortene kunne ikke hentes.',
  reminder: 'En indikator er en grunn til å se nærmere, aldri en dom.',
  truncated: `Annonsen er svært lang: bare de første ${SCAN_LIMIT.toLocaleString('nb')} tegnene ble skannet.`,
  untitled: 'Annonse uten tittel',
  found: 'Ord som ble funnet',
  notConcern: 'Ikke et problem her',
  notConcernDone: 'Skjult på dette nettstedet. Angre i Lykts innstillinger.',
  fineHere: '«{w}» er greit på dette nettstedet',
  fineDone: '«{w}» merkes ikke lenger på dette nettstedet.',
  openLog: 'Åpne loggen',
  actions: 'Handlinger',
  cards: 'Informasjonskort',
  investigate: 'Legg til i undersøkelse',
  investName: 'Navn på undersøkelsen',
  investAdd: 'Legg til',
  investAdded: 'Lagt til i {n}.',
  investAlready: 'Allerede i {n}.',
  investFull: 'Allerede i 20 undersøkelser.',
};

const STRINGS: Record<CardLang, Record<ContentKey, string>> = { en: EN, nb: NB };

export function ct(lang: CardLang, key: ContentKey): string {
  return STRINGS[lang][key];
}
