/**
 * Schema history of the `local:settings` item. v1 was the pre-release draft shape
 * ({ lang, minLevel, blockedSites, terms: [{ term, category }] }); v2 is `Settings`.
 * A migration never throws: whatever it cannot map is left for validateSettings to reset.
 */
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function migrateV1toV2(old: unknown): unknown {
  if (!isObj(old) || 'badgeLevel' in old) return old; // not v1 (or already v2): leave it
  const terms = Array.isArray(old.terms) ? old.terms : [];
  return {
    langs: typeof old.lang === 'string' ? [old.lang] : undefined,
    badgeLevel: old.minLevel,
    disabledCategories: [],
    neverRunOn: old.blockedSites,
    pausedSites: [],
    customTerms: terms.map((x: unknown) =>
      isObj(x) ? { term: x.term, category: x.category, weight: 1 } : x,
    ),
    highlights: old.highlights ?? true,
    uiLang: old.lang === 'en' ? 'en' : 'nb',
  };
}

export const SETTINGS_VERSION = 2;
export const SETTINGS_MIGRATIONS = { 2: migrateV1toV2 };
