/** Options page strings, nb and en. */
import { makeT, type Dict } from '../../settings/i18n';

const dict = {
  title: { nb: 'Lykt – innstillinger', en: 'Lykt – options' },
  saved: { nb: 'Lagret.', en: 'Saved.' },
  uiLang: { nb: 'Språk i Lykt', en: 'Lykt’s language' },
  uiLang_auto: { nb: 'Som nettleseren: {lang}', en: 'Same as the browser: {lang}' },
  uiLang_nb: { nb: 'Norsk (bokmål)', en: 'Norwegian (bokmål)' },
  uiLang_en: { nb: 'Engelsk', en: 'English' },
  lexicon: { nb: 'Språk i ordlistene', en: 'Lexicon languages' },
  lexiconHelp: {
    nb: 'Hvilke språk annonsene leses på. Minst ett.',
    en: 'Which languages ads are read in. At least one.',
  },
  lang_nb: { nb: 'Norsk', en: 'Norwegian' },
  lang_en: { nb: 'Engelsk', en: 'English' },
  lang_sv: { nb: 'Svensk', en: 'Swedish' },
  lang_da: { nb: 'Dansk', en: 'Danish' },
  sensitivity: { nb: 'Følsomhet', en: 'Sensitivity' },
  sensitivityHelp: {
    nb: 'Laveste nivå som får et merke på annonsen. Lavere gir flere merker og flere feil.',
    en: 'The lowest level that puts a badge on an ad. Lower shows more badges, and more mistakes.',
  },
  level_low: { nb: 'Lav og oppover', en: 'Low and above' },
  level_medium: { nb: 'Middels og oppover (anbefalt)', en: 'Medium and above (recommended)' },
  level_high: { nb: 'Bare høy', en: 'High only' },
  highlights: { nb: 'Uthev ordene som ga treff', en: 'Highlight the words that matched' },
  categories: { nb: 'Kategorier', en: 'Categories' },
  categoriesHelp: {
    nb: 'Slå av kategorier du ikke vil se.',
    en: 'Turn off categories you do not want to see.',
  },
  neverRun: { nb: 'Nettsteder der Lykt aldri kjører', en: 'Sites where Lykt never runs' },
  paused: { nb: 'Nettsteder satt på pause', en: 'Paused sites' },
  pausedHelp: {
    nb: 'Satt på pause fra Lykt-knappen i verktøylinjen.',
    en: 'Paused from the Lykt toolbar button.',
  },
  site: { nb: 'Nettsted (f.eks. finn.no)', en: 'Site (e.g. finn.no)' },
  add: { nb: 'Legg til', en: 'Add' },
  remove: { nb: 'Fjern {what}', en: 'Remove {what}' },
  none: { nb: 'Ingen.', en: 'None.' },
  badHost: { nb: 'Ikke et gyldig nettstednavn.', en: 'Not a valid site name.' },
  dupHost: { nb: 'Nettstedet er allerede på listen.', en: 'That site is already on the list.' },
  terms: { nb: 'Egne ord', en: 'Your own terms' },
  termsHelp: {
    nb: 'Ord eller fraser som skal gi treff, nøyaktig slik de står (ikke regulære uttrykk).',
    en: 'Words or phrases to match, literally as written (not regular expressions).',
  },
  term: { nb: 'Ord eller frase', en: 'Word or phrase' },
  category: { nb: 'Kategori', en: 'Category' },
  weight: { nb: 'Vekt', en: 'Weight' },
  weight_1: { nb: '1 – svak', en: '1 – weak' },
  weight_2: { nb: '2 – middels', en: '2 – medium' },
  weight_3: { nb: '3 – sterk', en: '3 – strong' },
  notAConcern: { nb: 'Merket «ikke et problem her»', en: 'Marked “not a concern here”' },
  notAConcernHelp: {
    nb: 'Annonser og ord du har merket på en side. Lykt viser dem ikke lenger på det nettstedet.',
    en: 'Ads and words you marked on a page. Lykt no longer flags them on that site.',
  },
  dismissedAd: { nb: 'Annonse: {title}', en: 'Ad: {title}' },
  untitledAd: { nb: 'uten tittel', en: 'untitled' },
  dismissedTerm: { nb: 'Ordet «{term}»', en: 'The word “{term}”' },
  takeBack: { nb: 'Vis igjen', en: 'Flag again' },
  takeBackLabel: { nb: 'Vis igjen: {what} på {site}', en: 'Flag again: {what} on {site}' },
  takenBack: {
    nb: '{what} vises igjen på {site}.',
    en: '{what} is flagged again on {site}.',
  },
  undo: { nb: 'Angre', en: 'Undo' },
  saveFailed: { nb: 'Kunne ikke lagre: {reason}', en: 'Could not save: {reason}' },
} satisfies Dict;

export type OptionsStringKey = keyof typeof dict;
export const t = makeT(dict);
