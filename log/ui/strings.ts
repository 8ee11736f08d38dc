/** Strings for the research log (side panel and log.html), nb and en. */
import { makeT, type Dict } from '../../settings/i18n';

const dict = {
  title: { nb: 'Forskningslogg', en: 'Research log' },
  intro: {
    nb: 'Annonser du har lagret. Alt ligger bare i denne nettleseren.',
    en: 'Ads you have saved. Everything stays in this browser.',
  },
  loading: { nb: 'Laster …', en: 'Loading …' },
  empty: {
    nb: 'Loggen er tom. Bruk «Lagre i logg» på en markert annonse, eller importer en fil.',
    en: 'The log is empty. Use “Save to log” on a flagged ad, or import a file.',
  },
  count: { nb: '{shown} av {total} annonser', en: '{shown} of {total} ads' },
  filters: { nb: 'Filtrer', en: 'Filter' },
  search: { nb: 'Søk', en: 'Search' },
  category: { nb: 'Kategori', en: 'Category' },
  minLevel: { nb: 'Minst nivå', en: 'At least level' },
  site: { nb: 'Nettsted', en: 'Site' },
  from: { nb: 'Fra dato', en: 'From date' },
  to: { nb: 'Til dato', en: 'To date' },
  sort: { nb: 'Sorter', en: 'Sort' },
  all: { nb: 'Alle', en: 'All' },
  sort_newest: { nb: 'Nyeste først', en: 'Newest first' },
  sort_oldest: { nb: 'Eldste først', en: 'Oldest first' },
  sort_level: { nb: 'Høyeste nivå', en: 'Highest level' },
  sort_site: { nb: 'Nettsted', en: 'Site' },
  level_none: { nb: 'ingen', en: 'none' },
  level_low: { nb: 'lav', en: 'low' },
  level_medium: { nb: 'middels', en: 'medium' },
  level_high: { nb: 'høy', en: 'high' },
  note: { nb: 'Notat', en: 'Note' },
  saveNote: { nb: 'Lagre notat', en: 'Save note' },
  noteSaved: { nb: 'Notatet er lagret.', en: 'Note saved.' },
  delete: { nb: 'Slett', en: 'Delete' },
  confirmDelete: { nb: 'Ja, slett fra loggen', en: 'Yes, delete from the log' },
  cancel: { nb: 'Avbryt', en: 'Cancel' },
  open: { nb: 'Åpne annonsen', en: 'Open the ad' },
  saved: { nb: 'Lagret {date}', en: 'Saved {date}' },
  contacts: { nb: 'Kontakter', en: 'Contacts' },
  links: { nb: 'Koblinger mellom annonser', en: 'Links between ads' },
  linksIntro: {
    nb: 'Annonser med samme telefonnummer eller e-post. En felles kontakt er en grunn til å se nærmere, ikke et bevis.',
    en: 'Ads that share a phone number or e-mail. A shared contact is a reason to look closer, not proof.',
  },
  noLinks: {
    nb: 'Ingen kontakter går igjen i flere annonser.',
    en: 'No contact appears in more than one ad.',
  },
  contact: { nb: 'Kontakt', en: 'Contact' },
  ads: { nb: 'Annonser', en: 'Ads' },
  sites: { nb: 'Nettsteder', en: 'Sites' },
  dates: { nb: 'Datoer', en: 'Dates' },
  drawing: {
    nb: 'Tegning: {groups} grupper av annonser som deler kontakt',
    en: 'Drawing: {groups} groups of ads sharing a contact',
  },
  exportJson: { nb: 'Eksporter JSON', en: 'Export JSON' },
  exportCsv: { nb: 'Eksporter CSV', en: 'Export CSV' },
  importJson: { nb: 'Importer JSON', en: 'Import JSON' },
  imported: {
    nb: 'Importert: {added} nye, {duplicates} fantes fra før, {refused} avvist.',
    en: 'Imported: {added} new, {duplicates} already there, {refused} refused.',
  },
  refusedItem: { nb: 'Post {record}: {reason}', en: 'Record {record}: {reason}' },
  importFailed: {
    nb: 'Filen ble ikke importert: {reason}',
    en: 'The file was not imported: {reason}',
  },
  errQuota: {
    nb: 'Lagringsplassen er full. Ingenting nytt ble lagret, og lagrede annonser er uendret. Frigjør diskplass eller slett gamle oppføringer, og prøv igjen.',
    en: 'Storage is full. Nothing new was saved, and saved ads are unchanged. Free disk space or delete old entries, then try again.',
  },
  errOther: {
    nb: 'Lagringsfeil: {reason}. Lagrede annonser er uendret.',
    en: 'Storage error: {reason}. Saved ads are unchanged.',
  },
  deleteAll: { nb: 'Slett alt', en: 'Delete everything' },
  deleteAllAsk: {
    nb: 'Slette hele loggen fra denne nettleseren? Dette kan ikke angres.',
    en: 'Delete the whole log from this browser? This cannot be undone.',
  },
  deleteAllYes: { nb: 'Ja, slett alt', en: 'Yes, delete everything' },
  deletedAll: {
    nb: 'Loggen er slettet, med databasen den lå i.',
    en: 'The log is deleted, with the database it was kept in.',
  },
  errFull: {
    nb: 'Loggen er full (100 000 annonser). Eksporter den og slett gamle oppføringer, og prøv igjen. Lagrede annonser er uendret.',
    en: 'The log is full (100,000 ads). Export it and delete old entries, then try again. Saved entries are unchanged.',
  },
  openFull: { nb: 'Åpne i full side', en: 'Open as full page' },
} satisfies Dict;

export type LogStringKey = keyof typeof dict;
export const t = makeT(dict);
