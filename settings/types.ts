import type { Category, CustomTerm, Lang, Level } from '../indicators/types';
import type { UiLangPref } from './i18n';

/** User settings, stored through a WXT storage item with a schema version and migrations. */
export interface Settings {
  /** Lexicon languages to match. */
  langs: Lang[];
  /** The lowest level that shows a badge on an ad. */
  badgeLevel: Exclude<Level, 'none'>;
  disabledCategories: Category[];
  /** Host names where Lykt never runs (options page). */
  neverRunOn: string[];
  /** Host names paused from the popup ("pause on this site"). */
  pausedSites: string[];
  customTerms: CustomTerm[];
  /** Highlights of matched words on/off (keyboard shortcut toggles it). */
  highlights: boolean;
  /** UI language of cards and labels; `auto` follows the browser (resolveUiLang in i18n.ts). */
  uiLang: UiLangPref;
}
