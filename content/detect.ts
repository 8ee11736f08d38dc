/**
 * Generic ad detector for sites without an adapter. A listing is a run of repeated sibling
 * elements (same tag and class) that each hold a link, a title and some text of their own; the
 * best such run becomes an adapter-like object, so new ads (infinite scroll) match by selector.
 * Page chrome and link boxes are left out (not-ads.ts); detail pages are told apart in detail.ts.
 */
import type { SiteAdapter } from './adapters';
import { queryAllSteps } from './dom';
import { inChrome, linkBox } from './not-ads';
import { finish, type Job } from './schedule';
import { textLength } from './text';

const MIN_ITEMS = 4;
const MIN_TEXT = 12;
const SAMPLE = 16;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'select']);
// Filter panels repeat too, but ads carry no form fields.
const FORM =
  'fieldset, select, textarea, input[type="checkbox"], input[type="radio"], input[type="text"]';
const TITLE = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
interface Group {
  selector: string;
  items: Element[];
  score: number;
  /** Estimated text length of all items. */
  text: number;
}

const adLike = new WeakMap<Element, boolean>();

/**
 * An item is ad-like: it has a link with a title, and text beyond that title. A record that is
 * itself a link (a bare `<a>` card) has its longest part as title; a link with nothing but its
 * title (menus, related searches, "Cleaning jobs in Oslo") is no ad.
 */
export function looksLikeAd(el: Element): boolean {
  if (el.querySelector(FORM) || inChrome(el)) return false;
  const self = el.matches('a[href]');
  const links = self ? [el] : [...el.querySelectorAll('a[href]')].slice(0, 6);
  if (links.length === 0) return false;
  const heading = el.querySelector(TITLE);
  const parts = self ? [...el.children] : links;
  const titleLen = heading ? textLength(heading) : Math.max(0, ...parts.map((p) => textLength(p)));
  const total = textLength(el);
  if (titleLen < 3 || total < MIN_TEXT || linkBox(el, total)) return false;
  return heading !== null || total > titleLen + 3;
}

function cachedLooksLikeAd(el: Element): boolean {
  let v = adLike.get(el);
  if (v === undefined) adLike.set(el, (v = looksLikeAd(el)));
  return v;
}

/**
 * The ad-like items of a run. A long run is judged on an even sample first (a listing of
 * 1,000 ads costs 16 checks, not 1,000). A run needs 60% ad-like items to count, so a sample
 * under half ends it (a hostile page's thousands of filler rows cost 16 checks too); only a
 * mixed sample leads to checking every item.
 */
function adLikeItems(run: Element[]): Element[] {
  if (run.length <= SAMPLE) return run.filter(cachedLooksLikeAd);
  const step = run.length / SAMPLE;
  let hits = 0;
  for (let i = 0; i < SAMPLE; i++) if (cachedLooksLikeAd(run[Math.floor(i * step)]!)) hits++;
  if (hits === SAMPLE) return run;
  return hits < SAMPLE / 2 ? [] : run.filter(cachedLooksLikeAd);
}

const CLASS = /^[a-zA-Z_-][\w-]*$/;
const keyCache = new Map<string, string[]>();

/** Run keys of an element: tag.class for each plain class, else the tag (cached per class list). */
function keysOf(el: Element): string[] {
  const tag = el.localName;
  const cls = el.getAttribute('class') ?? '';
  const id = `${tag} ${cls}`;
  let keys = keyCache.get(id);
  if (!keys) {
    keys = cls
      .split(/\s+/)
      .filter((c) => CLASS.test(c))
      .map((c) => `${tag}.${c}`);
    if (keys.length === 0) keys = [tag];
    if (keyCache.size < 5000) keyCache.set(id, keys);
  }
  return keys;
}

/** `:nth-child(MIN_ITEMS)` for one element, from its previous siblings, not all of them. */
function isFourth(el: Element): boolean {
  let p: Element | null = el;
  for (let i = 1; i < MIN_ITEMS && p; i++) p = p.previousElementSibling;
  return p !== null && p.previousElementSibling === null;
}

/**
 * Elements under `root` (itself included) with at least MIN_ITEMS element children. Native
 * selector matching, far cheaper than visiting every element from script: the parents of
 * every MIN_ITEMS-th child (cheaper than `:has(> :nth-child(4))`), in that child's order.
 */
function* parentsOf(root: Element): Job<Element[]> {
  const out = root.childElementCount >= MIN_ITEMS ? [root] : [];
  for (const child of yield* queryAllSteps(root, `:nth-child(${MIN_ITEMS})`, isFourth)) {
    const parent = child.parentElement;
    if (parent && parent !== root) out.push(parent);
  }
  return out;
}

function parentSelector(el: Element): string {
  if (el.id && /^[a-zA-Z][\w-]*$/.test(el.id)) return `#${el.id}`;
  const cls = [...el.classList].find((c) => /^[a-zA-Z_-][\w-]*$/.test(c));
  return cls ? `${el.localName}.${cls}` : el.localName;
}

/** Children read between two pauses (a listing of 50,000 ads is one parent). */
const CHILDREN_PER_STEP = 1000;

/** Best repeated-sibling run under each parent; one group per resulting selector. */
function* collectGroups(root: Element): Job<Group[]> {
  const bySelector = new Map<string, Group>();
  for (const parent of yield* parentsOf(root)) {
    yield;
    if (SKIP.has(parent.localName)) continue;
    const runs = new Map<string, Element[]>();
    let prev: Element | null = null;
    let keys: string[] = [];
    let n = 0;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (++n % CHILDREN_PER_STEP === 0) yield;
      // Siblings in a listing mostly repeat tag and class: reuse the previous one's keys.
      const same = prev?.localName === child.localName && prev.className === child.className;
      if (!same) keys = keysOf(child);
      prev = child;
      for (const key of keys) {
        const run = runs.get(key);
        if (run) run.push(child);
        else runs.set(key, [child]);
      }
    }
    let best: { key: string; items: Element[] } | null = null;
    for (const [key, run] of runs) {
      if (run.length < MIN_ITEMS || (best && run.length < best.items.length)) continue;
      const ads = adLikeItems(run);
      if (ads.length < MIN_ITEMS || ads.length < run.length * 0.6) continue;
      // Among equal runs the longest class name is usually the meaningful one (not "relative").
      if (
        !best ||
        ads.length > best.items.length ||
        (ads.length === best.items.length && key.length > best.key.length)
      ) {
        best = { key, items: ads };
      }
    }
    if (!best) continue;
    const selector = best.key.includes('.') ? best.key : `${parentSelector(parent)} > ${best.key}`;
    const group = bySelector.get(selector) ?? { selector, items: [], score: 0, text: 0 };
    group.items.push(...best.items);
    bySelector.set(selector, group);
  }
  for (const g of bySelector.values()) {
    yield;
    const sample = g.items.slice(0, 20);
    const avg = sample.reduce((n, el) => n + textLength(el), 0) / sample.length;
    g.text = g.items.length * avg;
    g.score = g.items.length * Math.min(avg, 400);
  }
  return [...bySelector.values()];
}

function within(items: Element[], set: Set<Element>): boolean {
  return items.slice(0, 3).some((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
    return false;
  });
}

/** Drops groups nested in (or wrapped around) a better group's items, e.g. tags inside ads. */
function* outermost(groups: Group[]): Job<Group[]> {
  const kept: { g: Group; items: Set<Element> }[] = [];
  for (const g of [...groups].sort((a, b) => b.score - a.score)) {
    yield;
    const mine = new Set(g.items);
    const clash = kept.some((k) => within(g.items, k.items) || within(k.g.items, mine));
    if (!clash) kept.push({ g, items: mine });
  }
  return kept.map((k) => k.g);
}

/**
 * Detects ad listings under `root`; returns adapter-like objects, the strongest first. Groups
 * scoring under a fifth of the best are left out (menus, tag clouds, pagers).
 */
export function detectListings(root: Element): SiteAdapter[] {
  return finish(detectingListings(root));
}

/** `detectListings` in steps of a few milliseconds (a page of 50,000 ads spans slices). */
export function* detectingListings(root: Element): Job<SiteAdapter[]> {
  const groups = yield* outermost(yield* collectGroups(root));
  const top = groups[0]?.score ?? 0;
  return groups
    .filter((g) => g.score >= top / 5)
    .map((g) => {
      const a = { id: `generic:${g.selector}`, hosts: /.^/, signature: g.selector, ad: g.selector };
      textOfGroup.set(a, g.text);
      return a;
    });
}

const textOfGroup = new WeakMap<SiteAdapter, number>();

/** Estimated text length of a detected listing's records (0 for other adapters). */
export function groupText(a: SiteAdapter): number {
  return textOfGroup.get(a) ?? 0;
}

/** The adapter for a page with neither a listing nor main text: the main area is one ad. */
export function detailAdapter(doc: Document): SiteAdapter {
  const main = doc.querySelector('main, [role="main"]');
  const articles = doc.querySelectorAll('article');
  const ad = main ? 'main, [role="main"]' : articles.length === 1 ? 'article' : 'body';
  // The text is the whole area (a title alone would make the heading the ad).
  return { id: 'generic:page', hosts: /.^/, signature: ad, ad, page: true, title: 'h1', text: ad };
}
