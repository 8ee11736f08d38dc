/**
 * Imports Lykt's lazy files (engine, sanitizer) from the folder this script was loaded from.
 * `document.currentScript` is only set while a classic script first runs (and never in a shadow
 * root), so read it now; the ES module sets its own URL (module.ts). An inline copy has no
 * folder: built-in cards still work, the lazy files say why they cannot load.
 */
const FILE = /\/lykt-widget(?:\.(?:nb|en))?\.m?js(?:[?#]|$)/;

let base: string | null = (document.currentScript as HTMLScriptElement | null)?.src || null;

/** The ES module's `import.meta.url` (the IIFE has none worth trusting: see module.ts). */
export function setBase(url: string): void {
  base = url;
}

/** Where the widget came from: its script tag, else the resource timing entry of its file. */
function widgetUrl(): string | null {
  if (base) return base;
  const entry = performance
    .getEntriesByType('resource')
    .find((e) => FILE.test(e.name) && /^https?:/.test(e.name));
  return entry?.name ?? null;
}

/** The URL of a file that sits next to the widget script, or null if that place is unknown. */
export function siblingUrl(file: string): string | null {
  const from = widgetUrl();
  if (!from || !/^https?:/.test(from)) return null;
  return new URL(file, from).href;
}

const loaded = new Map<string, Promise<unknown>>();

/** Imports a sibling ES module once; a failed load may be retried later. */
export function loadSibling<T>(file: string): Promise<T> {
  let p = loaded.get(file) as Promise<T> | undefined;
  if (!p) {
    const url = siblingUrl(file);
    if (!url) {
      const why = `cannot load ${file}: the widget was not loaded by an http(s) <script src>, so its folder is unknown`;
      return Promise.reject(new Error(why));
    }
    p = import(/* @vite-ignore */ url) as Promise<T>;
    loaded.set(file, p);
    p.catch(() => loaded.delete(file));
  }
  return p;
}
