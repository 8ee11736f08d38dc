/** Tiny nb/en string lookup: every user-facing text exists in both (DESIGN.md). */
export type UiLang = 'nb' | 'en';
export type Dict = Record<string, { nb: string; en: string }>;

/** Builds a lookup over one dictionary; `{name}` placeholders are filled from `vars`. */
export function makeT<D extends Dict>(dict: D) {
  return (key: keyof D, lang: UiLang, vars: Record<string, string | number> = {}): string =>
    dict[key]![lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
