/**
 * Where the ads are, now and as the page changes. The MutationObserver callback only queues
 * (added nodes, changed targets); `resolve` turns the queue into ad targets later, in a slice.
 */
import { GENERIC_ONLY, pickAdapter, type SiteAdapter } from './adapters';
import { isBadgeHost } from './badge-host';
import { detailAdapter, detectListings } from './detect';
import { detectPage, mainAd } from './detail';
import { findAds, type AdTarget } from './find-ads';

/** No ad inside an ad: of nested detected ads only the outer one stays. */
export function outermostAds(ads: AdTarget[]): AdTarget[] {
  if (ads.length < 2) return ads;
  const els = new Set(ads.map((t) => t.el));
  return ads.filter((t) => {
    for (let p = t.el.parentElement; p; p = p.parentElement) if (els.has(p)) return false;
    return true;
  });
}

export class Discovery {
  private adapters: SiteAdapter[] = [];
  private generic = false;
  /** A detail page's one ad (generic detection only). */
  private main: AdTarget | null = null;
  /** Adapters chosen for the next `discover` (a large page chooses in one slice, finds in the next). */
  chosen = false;
  private readonly nodes: Element[] = [];
  private readonly changed = new Set<Node>();

  constructor(
    private readonly doc: Document,
    private readonly host: string,
  ) {}

  /** Step one, the costly one: the site's adapter, else detected listings, else the page as one ad. */
  choose(): void {
    const site = GENERIC_ONLY ? null : pickAdapter(this.doc, this.host);
    this.generic = site === null;
    this.main = null;
    if (site) this.adapters = [site];
    else {
      const page = detectPage(this.doc);
      this.main = page.main;
      this.adapters = page.main || page.lists.length > 0 ? page.lists : [detailAdapter(this.doc)];
    }
    this.chosen = true;
  }

  /** Step two (choosing first unless a slice already did): every ad the adapters find. */
  discover(): AdTarget[] {
    if (!this.chosen) this.choose();
    this.chosen = false;
    if (this.main) return [this.main];
    const found = this.adapters.flatMap((a) => findAds(this.doc, a));
    return this.generic && this.nested() ? outermostAds(found) : found;
  }

  /**
   * An ad may lie in another: one native query tells, where walking up from each of 1,000 ads
   * costs milliseconds. Every generic listing ad matches its selector; a page ad is alone.
   */
  private nested(): boolean {
    const lists = this.adapters.filter((a) => !a.page);
    if (lists.length !== this.adapters.length || lists.some((a) => a.shadow)) return true;
    const any = `:is(${lists.map((a) => a.ad).join(', ')})`;
    try {
      return this.doc.querySelector(`${any} ${any}`) !== null;
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
