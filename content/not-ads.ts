/**
 * What repeats like a listing but holds no ads: page chrome (menus, footers, filter panels,
 * pagers), whether tagged as such or only named so, and boxes of links (related searches).
 */
import { textLength } from './text';

const CHROME = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';
// Page chrome named by class or id (many sites use no <nav> or <footer>): a name's first or
// last word, so "navds-link" or "menuitem" do not count, nor state names ("cl-hide-filters").
const CHROME_WORD =
  '(nav|navbar|navigation|menu|submenu|footer|breadcrumbs?|pagination|pager|sidebar|filters?|facets?|toolbar|megamenu|sitemap)';
const CHROME_NAME = new RegExp(`^${CHROME_WORD}([_-]|$)|[_-]${CHROME_WORD}$`, 'i');
const STATE = /^(is|has|hide|show|no|with)[_-]/i;
/** A box of this many different links that is mostly link text is a link list, not an ad. */
const LINK_BOX = 4;
const LINK_BOX_DENSITY = 0.6;

function chromeNamed(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/);
  return names.some((n) => n !== '' && !STATE.test(n) && CHROME_NAME.test(n));
}

/** In page chrome: a <nav>/<footer>…, or up to three levels under a container named like one. */
export function inChrome(el: Element): boolean {
  if (el.closest(CHROME)) return true;
  let a: Element | null = el;
  for (let i = 0; a && i < 4 && !/^(body|main)$/.test(a.localName); a = a.parentElement, i++) {
    if (chromeNamed(a)) return true;
  }
  return false;
}

/** Related searches, tag clouds, sitemaps: several different links and little else. */
export function linkBox(el: Element, total: number): boolean {
  const links = el.querySelectorAll('a[href]');
  if (links.length < LINK_BOX) return false;
  const hrefs = new Set<string>();
  let text = 0;
  for (const a of links) {
    hrefs.add(a.getAttribute('href')!);
    text += textLength(a);
  }
  return hrefs.size >= LINK_BOX && text > total * LINK_BOX_DENSITY;
}
