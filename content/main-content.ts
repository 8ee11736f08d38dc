/**
 * The main text of a detail page, after Mozilla Readability's content scoring (grabArticle):
 * each paragraph scores 1 + its commas + a point per 100 characters (at most 3), given in full
 * to its parent, half to its grandparent and a sixth to the great-grandparent; a container's
 * tag and class/id names move it up or down; link-heavy containers (menus, related-ad lists)
 * are scaled down by their link density. The best container is the ad body.
 * Readability itself (about 13 KB gz) clones and rewrites the page; this only reads it.
 */
import { boundedText, rawLength } from './text';

const PARAGRAPH = 'p, pre, td, blockquote, div, section, article, dd';
// Children that make a <div> a container rather than a paragraph (Readability's DIV_TO_P_ELEMS).
const BLOCK = new Set(
  'div p section article table ul ol dl pre blockquote form header footer nav aside h1 h2 h3 h4 h5 h6'.split(
    ' ',
  ),
);
const SKIP =
  'nav, footer, aside, form, [role="navigation"], [role="contentinfo"], [role="complementary"], [role="listbox"], [role="menu"], [role="dialog"], [role="search"], [aria-hidden="true"], script, style, noscript, template';
const CONTROL = 'input, select, textarea, button';
const POSITIVE =
  /(^|[-_ ])(article|body|content|description|desc|detail|details|entry|main|post|posting|text|story|beskrivelse|annonse)s?([-_ ]|$)/i;
const NEGATIVE =
  /(^|[-_ ])(comments?|footer|foot|nav|navbar|menu|sidebar|related|share|social|sponsor|promo|banner|breadcrumbs?|pagination|pager|cookie|modal|popup|widget|similar|recommend|recommended|masthead|header|tags?|meta)([-_ ]|$)/i;
const TAG_SCORE: Record<string, number> = {
  div: 5,
  article: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  dd: -3,
};
const MIN_PARAGRAPH = 25;
/**
 * A huge page (100,000 nodes of filler) must not hold a slice: scoring stops after this many
 * candidates (a detail page has a few hundred, a real listing up to 1,600). No clock: a 15 ms
 * budget once cut a real listing's scoring short on a loaded machine, and it read as one ad.
 */
const MAX_CANDIDATES = 4000;
/** Link density (a walk of each subtree) only for the best few by raw score. */
const FINALISTS = 8;

const clean = (el: Element) => boundedText(el);

function classWeight(el: Element): number {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  let w = 0;
  if (NEGATIVE.test(names)) w -= 25;
  if (POSITIVE.test(names)) w += 25;
  return w;
}

/** Share of an element's text that sits in links (raw lengths: whitespace counts both sides). */
export function linkDensity(el: Element): number {
  const length = rawLength(el);
  if (length === 0) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a[href]')) links += rawLength(a);
  return Math.min(1, links / length);
}

function isParagraph(el: Element): boolean {
  if (el.localName !== 'div' && el.localName !== 'section' && el.localName !== 'article')
    return true;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (BLOCK.has(c.localName)) return false;
  return true;
}

/** The page's main content element, or null when no paragraph has text enough. */
export function mainContent(root: Element): Element | null {
  const scores = new Map<Element, number>();
  const base = (el: Element) => (TAG_SCORE[el.localName] ?? 0) + classWeight(el);
  const top = root.ownerDocument.documentElement;
  let n = 0;
  for (const p of root.querySelectorAll(PARAGRAPH)) {
    if (++n > MAX_CANDIDATES) break;
    if (!isParagraph(p) || rawLength(p, MIN_PARAGRAPH) < MIN_PARAGRAPH) continue;
    // Filter panels (labels beside checkboxes) are not prose.
    if (p.closest(SKIP) || p.querySelector(CONTROL)) continue;
    const text = clean(p);
    if (text.length < MIN_PARAGRAPH) continue;
    const score = text.split(/[,，、]/).length + Math.min(Math.floor(text.length / 100), 3);
    let level = 0;
    for (let a = p.parentElement; a && a !== top && level < 3; a = a.parentElement, level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(a, (scores.get(a) ?? base(a)) + score / divider);
    }
  }
  const finalists = [...scores].sort((a, b) => b[1] - a[1]).slice(0, FINALISTS);
  let best: Element | null = null;
  let most = 0;
  for (const [el, s] of finalists) {
    // Link density only lowers a score, and the finalists come best first: none left can win.
    if (s <= most) break;
    if (el.querySelectorAll(CONTROL).length > 3) continue;
    const final = s * (1 - linkDensity(el));
    if (final > most) [best, most] = [el, final];
  }
  return best;
}
