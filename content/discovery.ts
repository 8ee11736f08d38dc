/**
 * Where the ads are, now and as the page changes. The MutationObserver callback only queues
 * (added nodes, changed targets); `resolve` turns the queue into ad targets later, in a slice.
 */
import { GENERIC_ONLY, pickingAdapter, type SiteAdapter } from './adapters';
import { isBadgeHost } from './badge-host';
import { detailAdapter, detectListings } from './detect';
import { detectingPage, mainAd } from './detail';
import { matchesSteps } from './dom';
import { findAds, findingAds, type AdTarget } from './find-ads';
import { finish, step, type Job } from './schedule';

/** No ad inside an ad: of nested detected ads only the outer one stays. */
export function outermostAds(ads: AdTarget[]): AdTarget[] {
  if (ads.length < 2) return ads;
  const els = new Set(ads.map((t) => t.el));
  return ads.filter((t) => {
    for (let p = t.el.parentElement; p; p = p.parentElement) if (els.has(p)) return false;
    return true;
  });
}

/** Containment checks between two pauses. */
const CHECKS_PER_STEP = 5000;

export class Discovery {
  private adapters: SiteAdapter[] = [];
  private generic = false;
  /** A detail page's one ad (generic detection only). */
  private main: AdTarget | null = null;
  /** The search of a fresh page, under way across slices. */
  private job: Job<AdTarget[]> | null = null;
  private readonly nodes: Element[] = [];
  private readonly changed = new Set<Node>();

  constructor(
    private readonly doc: Document,
    private readonly host: string,
  ) {}

  /** Every ad of the page, searched in steps until `end`: null while the search goes on. */
  discoverUntil(end: number): AdTarget[] | null {
    this.job ??= this.discovering();
    const r = step(this.job, end);
    if (!r.done) return null;
    this.job = null;
    return r.value;
  }

  /** Every ad of the page, in one go. */
  discover(): AdTarget[] {
    this.job = null;
    return finish(this.discovering());
  }

  /** The page changed its layout (single-page navigation): a search under way starts over. */
  restart(): void {
    this.job = null;
  }

  /**
   * Step one, the costly one: the site's adapter, else detected listings, else the page as one
   * ad. Step two: every ad the adapters find. Both pause between steps of a few milliseconds.
   */
  private *discovering(): Job<AdTarget[]> {
    const site = GENERIC_ONLY ? null : yield* pickingAdapter(this.doc, this.host);
    let main: AdTarget | null = null;
    let adapters = site ? [site] : [];
    if (!site) {
      const page = yield* detectingPage(this.doc);
      main = page.main;
      adapters = main || page.lists.length > 0 ? page.lists : [detailAdapter(this.doc)];
    }
    this.generic = site === null;
    this.main = main;
    this.adapters = adapters;
    if (main) return [main];
    let found: AdTarget[] = [];
    for (const a of adapters) found = found.concat(yield* findingAds(this.doc, a));
    return this.generic && (yield* this.nested(found)) ? outermostAds(found) : found;
  }

  /**
   * An ad may lie in another. An element's subtree is one stretch of document order: with one
   * selector (the ads in document order) an ad holds another only if it holds the next one.
   * Several selectors: one query for an ad inside an ad. Both cost no more than finding them.
   */
  private *nested(found: AdTarget[]): Job<boolean> {
    const lists = this.adapters.filter((a) => !a.page);
    if (lists.length !== this.adapters.length || lists.some((a) => a.shadow)) return true;
    if (lists.length === 1) {
      for (let i = 1; i < found.length; i++) {
        if (found[i - 1]!.el.contains(found[i]!.el)) return true;
        if (i % CHECKS_PER_STEP === 0) yield;
      }
      return false;
    }
    const any = `:is(${lists.map((a) => a.ad).join(', ')})`;
    try {
      return yield* matchesSteps(this.doc.documentElement, `${any} ${any}`);
    } catch {
      return true;
    }
  }

  /** The detail page's ad, found again if the page replaced it. */
  private mainAd(): AdTarget[] {
    if (!this.main?.el.isConnected) this.main = mainAd(this.doc) ?? this.main;
    return this.main ? [this.main] : [];
  }

  /** The observer's callback: queue only, no DOM reads. Our own badge hosts are ignored. */
  queue(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type !== 'childList') {
        if (!isBadgeHost(r.target)) this.changed.add(r.target);
        continue;
      }
      let ours = true;
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && !isBadgeHost(n)) {
          this.nodes.push(n as Element);
          ours = false;
        } else if (n.nodeType === 3) ours = false;
      }
      for (const n of r.removedNodes) if (!isBadgeHost(n)) ours = false;
      if (!ours) this.changed.add(r.target);
    }
  }

  get pending(): number {
    return this.nodes.length + this.changed.size;
  }

  clear(): void {
    this.nodes.length = 0;
    this.changed.clear();
  }

  /**
   * New ads among the queued nodes (until `end`), plus known ads (`known`: scanned, or read
   * and waiting for the engine) that hold a changed node and need a re-check of their text.
   */
  resolve(end: number, known: (el: Element) => AdTarget | undefined): AdTarget[] {
    const out: AdTarget[] = [];
    // A detail page is one ad: re-find it once per batch, not once per added node.
    if (this.nodes.length > 0) {
      if (this.main) out.push(...this.mainAd());
      for (const a of this.adapters) if (a.page) out.push(...findAds(this.doc, a));
    }
    const lists = this.adapters.filter((a) => !a.page);
    while (this.nodes.length > 0 && performance.now() < end) {
      const node = this.nodes.shift()!;
      if (!node.isConnected) continue;
      const found = lists.flatMap((a) => findAds(node, a));
      out.push(...found);
      if (found.length === 0 && this.generic && !this.main && node.childElementCount >= 4) {
        for (const a of detectListings(node)) {
          if (this.adapters.some((x) => x.ad === a.ad)) continue;
          this.adapters.push(a);
          out.push(...findAds(this.doc, a));
        }
      }
      if (found.length === 0) this.changed.add(node);
    }
    for (const n of this.changed) {
      for (let p: Node | null = n; p; p = p.parentNode) {
        const t = known(p as Element);
        if (t) {
          out.push(t);
          break;
        }
      }
    }
    this.changed.clear();
    return out;
  }
}
