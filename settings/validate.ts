/**
 * Validation of stored settings and of the user's own terms. Hand-written (no schema library in
 * the tree): two small shapes, and each check must produce a reason a person can read in nb/en.
 */
import { CATEGORIES, LANGS, LEVELS, type Category, type CustomTerm } from '../indicators/types';
import type { Settings } from './types';
import { DEFAULT_SETTINGS } from './defaults';
import { t, type UiLang } from './strings';
import { termKey } from './term-key';

export { termKey };

export const MAX_TERM_LENGTH = 60;
export const MAX_CUSTOM_TERMS = 200;
export const MAX_SITES = 500;
export const TERM_WEIGHTS = [1, 2, 3] as const;
/** `shared-contact` is computed across ads, never from words. */
export const TERM_CATEGORIES = CATEGORIES.filter((c) => c !== 'shared-contact');

// Control, zero-width and bidi-override characters: invisible in the options list, so refused.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ODD_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
const HOST =
  /^(?=.{1,253}$)(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Host name typed by a user ("https://www.Finn.no/x" → "www.finn.no"), or null if not one. */
export function normaliseHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  }
  s = s
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  return HOST.test(s) ? s : null;
}

/** Returns the reason a term cannot be added (in `lang`), or null when it is fine. */
export function validateCustomTerm(
  term: { term: unknown; category: unknown; weight: unknown },
  existing: readonly CustomTerm[],
  lang: UiLang,
): string | null {
  if (typeof term.term !== 'string' || term.term.trim() === '') return t('termEmpty', lang);
  const text = term.term.trim();
  if ([...text].length > MAX_TERM_LENGTH) return t('termTooLong', lang, { max: MAX_TERM_LENGTH });
  if (ODD_CHARS.test(text)) return t('termOddChars', lang);
  if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text)) return t('termNoLetters', lang);
  if (!(TERM_CATEGORIES as readonly string[]).includes(term.category as string))
    return t('termBadCategory', lang);
  if (!TERM_WEIGHTS.includes(term.weight as 1)) return t('termBadWeight', lang);
  const key = termKey(text);
  if (existing.some((e) => termKey(e.term) === key)) return t('termDuplicate', lang);
  if (existing.length >= MAX_CUSTOM_TERMS) return t('termTooMany', lang, { max: MAX_CUSTOM_TERMS });
  return null;
}

function strings(v: unknown, ok: (s: string) => boolean, max: number): string[] | null {
  if (!Array.isArray(v) || v.length > max) return null;
  return v.every((s) => typeof s === 'string' && ok(s)) ? [...new Set(v as string[])] : null;
}

function terms(v: unknown): CustomTerm[] | null {
  if (!Array.isArray(v)) return null;
  const out: CustomTerm[] = [];
  for (const item of v) {
    if (!isObj(item)) return null;
    const candidate = { term: item.term, category: item.category, weight: item.weight };
    if (validateCustomTerm(candidate, out, 'en') !== null) return null;
    out.push({
      term: (item.term as string).trim(),
      category: item.category as Category,
      weight: item.weight as number,
    });
  }
  return out;
}

export interface SettingsCheck {
  settings: Settings;
  /** Fields that were missing or broken and were reset to their default. */
  reset: (keyof Settings)[];
}

/** Keeps every valid field, resets the broken ones to defaults and names them. Never throws. */
export function validateSettings(value: unknown): SettingsCheck {
  const d = DEFAULT_SETTINGS;
  if (!isObj(value))
    return { settings: structuredClone(d), reset: Object.keys(d) as (keyof Settings)[] };
  const reset: (keyof Settings)[] = [];
  const pick = <K extends keyof Settings>(k: K, got: Settings[K] | null): Settings[K] => {
    if (got !== null) return got;
    reset.push(k);
    return structuredClone(d[k]);
  };
  const v = value;
  const langs = strings(v.langs, (s) => (LANGS as readonly string[]).includes(s), LANGS.length);
  const settings: Settings = {
    langs: pick('langs', langs && langs.length > 0 ? (langs as Settings['langs']) : null),
    badgeLevel: pick(
      'badgeLevel',
      LEVELS.includes(v.badgeLevel as 'low') && v.badgeLevel !== 'none'
        ? (v.badgeLevel as Settings['badgeLevel'])
        : null,
    ),
    disabledCategories: pick(
      'disabledCategories',
      strings(
        v.disabledCategories,
        (s) => (CATEGORIES as readonly string[]).includes(s),
        CATEGORIES.length,
      ) as Category[] | null,
    ),
    neverRunOn: pick(
      'neverRunOn',
      strings(v.neverRunOn, (s) => normaliseHost(s) === s, MAX_SITES),
    ),
    pausedSites: pick(
      'pausedSites',
      strings(v.pausedSites, (s) => normaliseHost(s) === s, MAX_SITES),
    ),
    customTerms: pick('customTerms', terms(v.customTerms)),
    highlights: pick('highlights', typeof v.highlights === 'boolean' ? v.highlights : null),
    uiLang: pick(
      'uiLang',
      v.uiLang === 'nb' || v.uiLang === 'en' || v.uiLang === 'auto' ? v.uiLang : null,
    ),
  };
  return { settings, reset };
}
