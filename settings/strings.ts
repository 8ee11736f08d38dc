/** Strings for settings, the options page and the popup (nb and en). */
import { makeT, type Dict } from './i18n';
export type { UiLang } from './i18n';

const dict = {
  termEmpty: { nb: 'Skriv inn et ord eller en frase.', en: 'Enter a word or phrase.' },
  termTooLong: {
    nb: 'For langt: høyst {max} tegn.',
    en: 'Too long: at most {max} characters.',
  },
  termOddChars: {
    nb: 'Inneholder usynlige tegn eller kontrolltegn.',
    en: 'Contains invisible or control characters.',
  },
  termNoLetters: {
    nb: 'Må inneholde minst én bokstav, ett tall eller en emoji.',
    en: 'Must contain at least one letter, digit or emoji.',
  },
  termBadCategory: { nb: 'Velg en kategori.', en: 'Choose a category.' },
  termBadWeight: { nb: 'Vekten må være 1, 2 eller 3.', en: 'The weight must be 1, 2 or 3.' },
  termDuplicate: { nb: 'Dette ordet finnes allerede.', en: 'This term is already there.' },
  termTooMany: { nb: 'Høyst {max} egne ord.', en: 'At most {max} custom terms.' },
  settingsReset: {
    nb: 'Innstillingene var skadet og er satt tilbake til standard ({fields}).',
    en: 'Your settings were damaged and have been reset to defaults ({fields}).',
  },
  settingsUnreadable: {
    nb: 'Innstillingene kunne ikke leses og er satt tilbake til standard.',
    en: 'Your settings could not be read and have been reset to defaults.',
  },
  settingsSaveFailed: {
    nb: 'Kunne ikke lagre innstillingene: {reason}',
    en: 'Could not save settings: {reason}',
  },
} satisfies Dict;

export type SettingsStringKey = keyof typeof dict;
export const t = makeT(dict);
