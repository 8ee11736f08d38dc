import type { Settings } from './types';

/** What a fresh install uses, and what any broken stored field falls back to. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  langs: ['nb', 'en'],
  badgeLevel: 'medium',
  disabledCategories: [],
  neverRunOn: [],
  pausedSites: [],
  customTerms: [],
  highlights: true,
  uiLang: 'auto',
}) as Settings;
