/**
 * Imports Lykt's lazy files (engine, sanitizer) from the folder this script was loaded from.
 * `document.currentScript` is only set while a classic script first runs, so read it now;
 * an ES module knows its own URL.
 */
const here: string =
  (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url || document.baseURI;

const loaded = new Map<string, Promise<unknown>>();

/** The URL of a file that sits next to the widget script. */
export function siblingUrl(file: string): string {
  return new URL(file, here).href;
}

/** Imports a sibling ES module once; a failed load may be retried later. */
export function loadSibling<T>(file: string): Promise<T> {
  let p = loaded.get(file) as Promise<T> | undefined;
  if (!p) {
    p = import(/* @vite-ignore */ siblingUrl(file)) as Promise<T>;
    loaded.set(file, p);
    p.catch(() => loaded.delete(file));
  }
  return p;
}
