/**
 * "Not a concern here": the user's false-positive marks, per site. An ad is kept by a hash of
 * its text (never the text itself), a word by its lexicon term. Pure functions only, so the
 * content script can use them without the storage library (its size budget); the storage API
 * for extension pages is `settings/dismissed-store.ts`. Stored under `local:dismissed`.
 */
import { termKey } from './validate';

export type DismissedEntry =
  | { kind: 'ad'; site: string; hash: string; title: string; at: number }
  | { kind: 'term'; site: string; term: string; at: number };

/** The storage key (`browser.storage.local`), shared by the content script and the store. */
export const DISMISSED_KEY = 'dismissed';
/** Oldest entries go first past this many: the list stays small for every page load. */
export const MAX_DISMISSED = 2000;
const MAX_TITLE = 120;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;

/** One entry per key: the same ad (or term) on the same site is one mark. */
export function dismissedKey(e: DismissedEntry): string {
  return e.kind === 'ad' ? `ad|${e.site}|${e.hash}` : `term|${e.site}|${termKey(e.term)}`;
}

/** Keeps the well-formed entries of a stored value (anything else is dropped, never thrown). */
export function validateDismissed(raw: unknown): DismissedEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: DismissedEntry[] = [];
  const seen = new Set<string>();
  for (const x of raw) {
    if (!isObj(x) || !str(x.site, 253) || typeof x.at !== 'number') continue;
    let e: DismissedEntry;
    if (x.kind === 'ad' && str(x.hash, 64) && typeof x.title === 'string')
      e = { kind: 'ad', site: x.site, hash: x.hash, title: x.title.slice(0, MAX_TITLE), at: x.at };
    else if (x.kind === 'term' && str(x.term, 200))
      e = { kind: 'term', site: x.site, term: x.term, at: x.at };
    else continue;
    const k = dismissedKey(e);
    if (!seen.has(k)) out.push(e);
    seen.add(k);
  }
  return out;
}

/** The list with `e` added (replacing the same key), newest last, capped. */
export function withDismissed(
  list: readonly DismissedEntry[],
  e: DismissedEntry,
): DismissedEntry[] {
  const k = dismissedKey(e);
  const next = list.filter((x) => dismissedKey(x) !== k);
  next.push(e.kind === 'ad' ? { ...e, title: e.title.slice(0, MAX_TITLE) } : e);
  return next.slice(-MAX_DISMISSED);
}

/** The list without the entry of `e`'s key. */
export function withoutDismissed(
  list: readonly DismissedEntry[],
  e: DismissedEntry,
): DismissedEntry[] {
  const k = dismissedKey(e);
  return list.filter((x) => dismissedKey(x) !== k);
}

export interface SiteDismissed {
  ads: Set<string>;
  /** termKey()s of the words turned off on this site. */
  terms: Set<string>;
}

export function forSite(list: readonly DismissedEntry[], site: string): SiteDismissed {
  const out: SiteDismissed = { ads: new Set(), terms: new Set() };
  for (const e of list) {
    if (e.site !== site) continue;
    if (e.kind === 'ad') out.ads.add(e.hash);
    else out.terms.add(termKey(e.term));
  }
  return out;
}

/**
 * A hash of an ad's text with its spacing folded: two 53-bit FNV-style lanes (cyrb53), hex.
 * Not a cryptographic hash: `crypto.subtle` is missing on http:// pages, and a page that could
 * forge a collision controls its own ads anyway. It only spares storing the ad's text.
 */
export function adTextHash(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${hex(h2)}${hex(h1)}${s.length.toString(16)}`;
}
