/** Popup strings, nb and en. */
import { makeT, type Dict } from '../../settings/i18n';

const dict = {
  tagline: {
    nb: 'Et tegn er en grunn til å se nærmere, aldri en dom.',
    en: 'An indicator is a reason to look closer, never a verdict.',
  },
  thisPage: { nb: 'Denne siden', en: 'This page' },
  nothing: {
    nb: 'Ingen annonser skannet på denne siden ennå.',
    en: 'No ads scanned on this page yet.',
  },
  scanned: { nb: 'Annonser skannet', en: 'Ads scanned' },
  flagged: { nb: 'Markert (middels eller høy)', en: 'Flagged (medium or high)' },
  byLevel: { nb: 'Etter nivå', en: 'By level' },
  level_high: { nb: 'Høy', en: 'High' },
  level_medium: { nb: 'Middels', en: 'Medium' },
  level_low: { nb: 'Lav', en: 'Low' },
  topCategories: { nb: 'Vanligste kategorier', en: 'Top categories' },
  pause: { nb: 'Sett på pause på {host}', en: 'Pause on {host}' },
  resume: { nb: 'Start igjen på {host}', en: 'Resume on {host}' },
  pausedNote: {
    nb: 'Lykt er satt på pause på denne siden. Last inn siden på nytt etter endring.',
    en: 'Lykt is paused on this site. Reload the page after a change.',
  },
  neverRuns: {
    nb: 'Lykt kjører aldri på {host} (se innstillinger).',
    en: 'Lykt never runs on {host} (see options).',
  },
  openLog: { nb: 'Åpne forskningsloggen', en: 'Open the research log' },
  options: { nb: 'Innstillinger', en: 'Options' },
  cards: { nb: 'Les mer', en: 'Read more' },
  saveFlagged: {
    nb: 'Lagre alle {n} markerte annonser på siden',
    en: 'Save all {n} flagged ads on this page',
  },
  saveFlagged1: {
    nb: 'Lagre den markerte annonsen på siden',
    en: 'Save the flagged ad on this page',
  },
  bulkSaved: { nb: 'Lagret {n} nye i loggen.', en: 'Saved {n} new to the log.' },
  bulkAlready: { nb: '{n} var der fra før.', en: '{n} were already there.' },
  bulkDismissed: {
    nb: '{n} merket «ikke et problem her» ble ikke lagret.',
    en: '{n} marked “not a concern here” were left out.',
  },
  bulkUndone: { nb: 'Fjernet {n} fra loggen igjen.', en: 'Removed {n} from the log again.' },
  bulkFailed: { nb: 'Kunne ikke lagre: {reason}', en: 'Could not save: {reason}' },
  undo: { nb: 'Angre', en: 'Undo' },
} satisfies Dict;

export const t = makeT(dict);
