/**
 * Site adapters: where the ads are on layouts we know. Each is plain data, so adding a site is
 * adding an object (see the README). `page: true` means the page is one ad (a detail page).
 */
import { matchesSteps, queryFirst } from './dom';
import { finish, type Job } from './schedule';
export interface SiteAdapter {
  id: string;
  /** Host names it is made for. */
  hosts: RegExp;
  /** A selector only this layout has; lets the adapter also work on saved copies of the site. */
  signature: string;
  /** The ad element(s); with `page`, the title's and text's nearest common ancestor is used. */
  ad: string;
  page?: boolean;
  /** Title inside the ad (listing) or on the page (detail); none = first heading or longest link. */
  title?: string;
  /** Parts that make up the ad's text besides the title; none = the whole ad element. */
  text?: string;
  /** Where contact details sit, when the site shows them apart from the text. */
  contact?: string;
  /** The ad sits in open shadow roots: look inside them too. */
  shadow?: boolean;
  /** Language of the ads, a hint for the engine. */
  lang?: string;
}

const FINN = /(^|\.)finn\.no$/;
const NAV = /(^|\.)arbeidsplassen\.nav\.no$/;
const CRAIGSLIST = /(^|\.)craigslist\.org$/;
const BACKPAGE = /(^|\.)backpage\.com$/;

// Detail adapters come first: a detail page may also hold a short list of related ads.
export const ADAPTERS: readonly SiteAdapter[] = [
  {
    id: 'finn-jobdetail',
    hosts: FINN,
    signature: 'h1.t3',
    ad: 'body',
    page: true,
    title: 'h1.t3, h2.t2',
    text: 'div.import-decoration',
    lang: 'nb',
  },
  {
    id: 'finn-detail',
    hosts: FINN,
    signature: '[data-testid="object-title"]',
    // Torget renders its ad inside declarative shadow roots (2026).
    shadow: true,
    ad: 'body',
    page: true,
    title: '[data-testid="object-title"]',
    text: '[data-testid="description"], [data-testid="object-address"], [data-testid="pricing-details"]',
    lang: 'nb',
  },
  {
    id: 'finn-joblist',
    hosts: FINN,
    signature: 'article.sf-search-ad',
    ad: 'article.sf-search-ad',
    title: 'a.sf-search-ad-link',
    lang: 'nb',
  },
  {
    id: 'nav-jobdetail',
    hosts: NAV,
    signature: 'div.arb-rich-text',
    ad: 'body',
    page: true,
    title: 'h1.navds-heading--xlarge',
    text: 'div.arb-rich-text',
    lang: 'nb',
  },
  {
    id: 'nav-joblist',
    hosts: NAV,
    signature: 'article[aria-label] h2 a.navds-link',
    ad: 'article[aria-label]',
    title: 'h2 a.navds-link',
    lang: 'nb',
  },
  {
    id: 'craigslist-detail',
    hosts: CRAIGSLIST,
    signature: 'section#postingbody',
    ad: 'body',
    page: true,
    title: '#titletextonly',
    text: 'section#postingbody',
    lang: 'en',
  },
  {
    id: 'craigslist-listing',
    hosts: CRAIGSLIST,
    signature: 'li.cl-search-result',
    ad: 'li.cl-search-result',
    title: 'a.posting-title span.label',
    text: 'span.priceinfo, div.meta',
    lang: 'en',
  },
  {
    id: 'backpage-detail',
    hosts: BACKPAGE,
    signature: '#postingTitle',
    ad: 'body',
    page: true,
    title: '#postingTitle h1',
    text: 'div.postingBody, p.metaInfoDisplay',
    contact: 'div.postingBody',
    lang: 'en',
  },
  {
    id: 'backpage-listing',
    hosts: BACKPAGE,
    signature: 'div.cat > a',
    ad: 'div.cat',
    title: 'div.cat > a',
    lang: 'en',
  },
];

/** Build flag for measuring the generic detector alone: `VITE_LYKT_GENERIC_ONLY=1 wxt build`. */
export const GENERIC_ONLY = import.meta.env.VITE_LYKT_GENERIC_ONLY === '1';

/** The adapter for this page: by host name first, then by layout signature (saved copies). */
export function pickAdapter(
  doc: Document,
  host: string,
  adapters: readonly SiteAdapter[] = ADAPTERS,
): SiteAdapter | null {
  return finish(pickingAdapter(doc, host, adapters));
}

/** `pickAdapter` in steps: on a huge page that fits no adapter the search spans slices. */
export function* pickingAdapter(
  doc: Document,
  host: string,
  adapters: readonly SiteAdapter[] = ADAPTERS,
): Job<SiteAdapter | null> {
  const byHost = adapters.filter((a) => a.hosts.test(host));
  const pool = byHost.length > 0 ? byHost : adapters;
  // Searching shadow roots walks every element: only on the adapter's own site, so a huge
  // unknown page does not pay for it in one slice (SECURITY.md, hostile pages).
  const deep = (a: SiteAdapter) => a.shadow === true && byHost.includes(a);
  // One walk for all signatures first: a page that fits none pays once, not once per adapter.
  const all = pool.map((a) => a.signature).join(', ');
  if (!pool.some(deep) && !(yield* matchesSteps(doc.documentElement, all))) return null;
  for (const a of pool) {
    if (
      deep(a)
        ? queryFirst(doc, a.signature, true)
        : yield* matchesSteps(doc.documentElement, a.signature)
    )
      return a;
  }
  return null;
}
