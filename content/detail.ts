/**
 * Detail page or listing? A page without a site adapter is a listing when its repeated ad
 * records hold its main text; otherwise its main content (Readability-style scoring) and its
 * title make one ad, and the related-ad lists, menus and footers around it are left alone.
 */
import type { SiteAdapter } from './adapters';
import { detectingListings, groupText } from './detect';
import type { AdTarget } from './find-ads';
import { commonAncestor } from './dom';
import { linkDensity, mainContent } from './main-content';
import { finish, type Job } from './schedule';
import { textLength } from './text';

/** A listing whose records hold this share of the page's text needs no main-content search. */
const LISTING_SHARE = 0.35;
/** On a page this large a found listing is trusted without weighing the page's text. */
const HUGE = 30_000;
/** A detail body has at least this much text (an ad's description, not a caption). */
const MIN_BODY = 80;

export interface PageLayout {
  lists: SiteAdapter[];
  /** The detail page's one ad, when the page is a detail page. */
  main: AdTarget | null;
}

/** Far above any detail page's body: longer text counts as this much. */
const CAP = 200_000;

/** Bounded, so a 10 MB ad costs little (textContent would copy all of it, each time). */
const textOf = (el: Element) => textLength(el, CAP);

/**
 * The records hold LISTING_SHARE of the page's text. No page's text counts as more than CAP, so
 * a long listing needs no read: the walk over every text node costs 15-27 ms on a 1,000-ad page.
 */
function holdsPage(root: Element, records: number): boolean {
  return records >= LISTING_SHARE * CAP || records >= LISTING_SHARE * textOf(root);
}

/** The page's ad title: its first <h1> outside the body, else the body's own first heading. */
function titleFor(doc: Document, body: Element): Element | null {
  const h1 = doc.querySelector('h1');
  if (h1 && !h1.closest('nav, footer, [role="navigation"]')) return h1;
  return body.querySelector('h1, h2, h3');
}

/** The detail page's ad body (main content with text enough), or null. */
export function mainBody(doc: Document): Element | null {
  const body = doc.body ? mainContent(doc.body) : null;
  return body && textOf(body) >= MIN_BODY ? body : null;
}

/** The one ad around a body: with its title and what lies between them (intro, facts). */
export function adAround(doc: Document, body: Element): AdTarget {
  const title = titleFor(doc, body);
  if (!title || body.contains(title)) return { el: body, title, roots: [body] };
  // One block from title to body, unless it is mostly something else (a page-wide wrapper
  // with menus and related ads).
  const both = commonAncestor([title, body]);
  if (
    both &&
    both !== doc.body &&
    textOf(both) <= 2 * textOf(body) + 1000 &&
    linkDensity(both) < 0.25
  )
    return { el: both, title, roots: [both] };
  return { el: body, title, roots: [title, body] };
}

/** The one ad of a detail page: the main content with its title (null if there is none). */
export function mainAd(doc: Document): AdTarget | null {
  const body = mainBody(doc);
  return body ? adAround(doc, body) : null;
}

/** Listings, or the detail page's main ad (then no listing: related ads are not the ad). */
export function detectPage(doc: Document): PageLayout {
  return finish(detectingPage(doc));
}

/** `detectPage` in steps: the listing search on a huge page spans slices. */
export function* detectingPage(doc: Document): Job<PageLayout> {
  const root = doc.body;
  if (!root) return { lists: [], main: null };
  const found = yield* detectingListings(root);
  yield;
  const best = found[0];
  // More than HUGE elements: the collection stops counting there instead of walking them all.
  if (best && doc.getElementsByTagName('*')[HUGE] !== undefined)
    return { lists: found, main: null };
  if (best && holdsPage(root, groupText(best))) return { lists: found, main: null };
  const body = mainBody(doc);
  if (!body) return { lists: found, main: null };
  // Main content shorter than half the records' text, holding records, or lying in one: a listing.
  if (best && textOf(body) * 2 < groupText(best)) return { lists: found, main: null };
  for (const a of found)
    if (body.closest(a.ad) || body.querySelector(a.ad)) return { lists: found, main: null };
  return { lists: [], main: adAround(doc, body) };
}
