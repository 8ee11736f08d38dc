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
  investName: { nb: 'Undersøkelse', en: 'Investigation' },
  investAll: {
    nb: 'Legg alle {n} annonser på siden til undersøkelsen',
    en: 'Add all {n} ads on this page to the investigation',
  },
  investAll1: {
    nb: 'Legg annonsen på siden til undersøkelsen',
    en: 'Add the ad on this page to the investigation',
  },
  investRepeated: {
    nb: '{n} sto to ganger på siden og ble tatt med én gang.',
    en: '{n} shown twice on the page were taken once.',
  },
  investAdded: { nb: 'La {n} nye til i {name}.', en: 'Added {n} new to {name}.' },
  investMerged: {
    nb: '{n} lagret fra før fikk navnet (notater beholdt).',
    en: '{n} already saved got the name (notes kept).',
  },
  investAlready: { nb: '{n} var der fra før.', en: '{n} were already in it.' },
  investFull: {
    nb: '{n} er allerede i 20 undersøkelser.',
    en: '{n} are already in 20 investigations.',
  },
  investRefused: { nb: '{n} kunne ikke tas med.', en: '{n} could not be taken.' },
  investUndone: { nb: 'Angret: {name} er som før.', en: 'Undone: {name} is as it was.' },
  investNoName: { nb: 'Gi undersøkelsen et navn.', en: 'Give the investigation a name.' },
  investFailed: { nb: 'Kunne ikke legge til: {reason}', en: 'Could not add: {reason}' },
} satisfies Dict;

export const t = makeT(dict);
