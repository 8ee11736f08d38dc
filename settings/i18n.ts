/** Tiny nb/en string lookup: every user-facing text exists in both (DESIGN.md). */
export type UiLang = 'nb' | 'en';
/** The stored choice: `auto` follows the browser until the user picks a language. */
export type UiLangPref = UiLang | 'auto';
export type Dict = Record<string, { nb: string; en: string }>;

/** Builds a lookup over one dictionary; `{name}` placeholders are filled from `vars`. */
export function makeT<D extends Dict>(dict: D) {
  return (key: keyof D, lang: UiLang, vars: Record<string, string | number> = {}): string =>
    dict[key]![lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Bokmål for a Norwegian browser (nb, nn, no and their regions), English for any other. */
export function browserUiLang(languages: readonly string[]): UiLang {
  const first = languages.find((l) => typeof l === 'string' && l.trim() !== '');
  return first && /^(nb|nn|no)(-|_|$)/i.test(first.trim()) ? 'nb' : 'en';
}

function navigatorLanguages(): readonly string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } })
    .navigator;
  if (nav?.languages && nav.languages.length > 0) return nav.languages;
  return nav?.language ? [nav.language] : [];
}

/** The language the UI shows: the user's pick, else the browser's (popup, options, log, page). */
export function resolveUiLang(
  pref: UiLangPref,
  languages: readonly string[] = navigatorLanguages(),
): UiLang {
  return pref === 'auto' ? browserUiLang(languages) : pref;
}
