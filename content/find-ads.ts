/** Turns an adapter (a site's or the detector's) into the ad elements of a page or subtree. */
import type { SiteAdapter } from './adapters';
import { commonAncestor, queryAll, queryAllSteps, queryFirst } from './dom';
import type { Job } from './schedule';

export interface AdTarget {
  /** The element that gets `data-lykt-level`. */
  el: Element;
  /** Where the badge goes (after it), when the ad has a title. */
  title: Element | null;
  /** Elements whose text makes up the ad, title first. */
  roots: Element[];
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** First heading, else the link with the most text (image links come first on many sites). */
export function guessTitle(el: Element): Element | null {
  const heading = el.querySelector(HEADING);
  if (heading) return heading;
  let best: Element | null = null;
  let bestLen = 0;
  for (const a of el.matches('a[href]') ? [el] : el.querySelectorAll('a[href]')) {
    const len = (a.textContent ?? '').trim().length;
    if (len > bestLen) [best, bestLen] = [a, len];
  }
  return best;
}

/** Text parts and contact details both feed the engine (contacts link ads across the page). */
function partsSelector(a: SiteAdapter): string | null {
  return [a.text, a.contact].filter(Boolean).join(', ') || null;
}

function pageAd(doc: ParentNode, a: SiteAdapter): AdTarget[] {
  const deep = a.shadow === true;
  const title = a.title ? queryFirst(doc, a.title, deep) : null;
  const parts = partsSelector(a) ? queryAll(doc, partsSelector(a)!, deep) : [];
  const found = title ? [title, ...parts] : parts;
  const el = (found.length > 0 ? commonAncestor(found) : null) ?? queryFirst(doc, a.ad, deep);
  if (!el) return [];
  return [{ el, title, roots: parts.length > 0 ? found : [el] }];
}

function listingParts(el: Element, a: SiteAdapter): Omit<AdTarget, 'el'> {
  const title = a.title ? (el.matches(a.title) ? el : el.querySelector(a.title)) : guessTitle(el);
  const sel = partsSelector(a);
  const parts = sel ? [...el.querySelectorAll(sel)] : [];
  const roots = parts.length > 0 ? (title ? [title, ...parts] : parts) : [el];
  return { title, roots };
}

/** Title and parts are looked up on first use, in a slice: finding 10,000 ads stays cheap. */
class ListingAd implements AdTarget {
  private parts: Omit<AdTarget, 'el'> | null = null;
  constructor(
    readonly el: Element,
    private readonly adapter: SiteAdapter,
  ) {}
  get title(): Element | null {
    return this.resolve().title;
  }
  get roots(): Element[] {
    return this.resolve().roots;
  }
  private resolve(): Omit<AdTarget, 'el'> {
    return (this.parts ??= listingParts(this.el, this.adapter));
  }
}

/** The ads the adapter finds under `root` (a document, or a subtree added later). */
export function findAds(root: Document | Element, a: SiteAdapter): AdTarget[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  if (a.page) return pageAd(doc, a);
  const els = queryAll(root, a.ad, a.shadow === true);
  if (root.nodeType === 1 && (root as Element).matches(a.ad)) els.unshift(root as Element);
  return els.map((el) => new ListingAd(el, a));
}

/** Ad objects made between two pauses. */
const ADS_PER_STEP = 2000;

/** `findAds` over a whole document in steps: a listing of 50,000 ads spans slices. */
export function* findingAds(doc: Document, a: SiteAdapter): Job<AdTarget[]> {
  if (a.page || a.shadow === true) return findAds(doc, a);
  const html = doc.documentElement;
  const els = yield* queryAllSteps(html, a.ad);
  if (html.matches(a.ad)) els.unshift(html);
  const out: AdTarget[] = [];
  for (let i = 0; i < els.length; i++) {
    out.push(new ListingAd(els[i]!, a));
    if (i % ADS_PER_STEP === ADS_PER_STEP - 1) yield;
  }
  return out;
}
