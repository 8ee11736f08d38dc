/**
 * Lykt's badge layer (issue 19.14): one element at the end of `<body>` that holds the badges,
 * each placed by coordinates beside its ad's title link. A box inserted inside an ad makes the
 * page lay out its whole list again (a Chromium trace on the 10,000-ad demo grid: 805 dirty
 * objects, a full 190–275 ms layout, however few badges); the same boxes in this layer cost a
 * layout of the layer alone (7–10 ms). CSS anchor positioning would follow the page by itself,
 * but giving an element an `anchor-name` (or an implicit popover anchor) relayouts its list
 * too, so the layer reads the links' places and writes them, in batches:
 *
 *   commit ──► read the new badges' link rects ──► write left/top/height ──► insert in ad order
 *   window resize, <body> resized (the page reflowed) ──► the same for every badge, in slices
 *
 * An ad inside a scroll container, a fixed or sticky box, or a positive z-index gets its badge
 * inline, as before (the layer cannot follow those). Keyboard and screen-reader order: the
 * title's parent owns the badge (`aria-owns`), and Tab goes link → badge → on (badge-tab.ts).
 */
import { important } from './badge-css';
import { markBadgeHost, setBadgePlace } from './badge-host';
import { postSlice } from './schedule';

/**
 * The layer: absolutely placed at the top of the page, no height, its own layout. Its badges sit
 * in buckets of BUCKET, each a containing block with size and layout containment: the layout
 * after a commit lays out the buckets it touched, not every badge on the page (a trace with one
 * bucket: 80–115 ms of layout and 120 ms of pre-paint per commit once 2,000 badges were in).
 */
const LAYER_STYLE = important([
  'all: initial',
  'display: block',
  'position: absolute',
  'top: 0',
  'left: 0',
  'width: 100%',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  // No clip here: Chromium then fails to hit-test the badge's popover (top layer) inside it.
  'overflow: visible',
  'z-index: 1',
  'pointer-events: none',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
]);

const BUCKET_STYLE = important([
  'all: initial',
  'display: block',
  'position: relative',
  'width: 100%',
  'height: 0',
  'contain: size layout style',
  'pointer-events: none',
]);
const BUCKET = 50;

/** A layer host's own style: absolute, one line, centred on its link's line. */
export const LAYER_HOST_STYLE = important([
  'all: initial',
  'display: flex',
  'align-items: center',
  'position: absolute',
  'width: max-content',
  'margin: 0',
  'padding: 0',
  'pointer-events: auto',
  'visibility: visible',
  'opacity: 1',
]);

const GAP = 6;
/** Time per slice of a full re-placement. */
const SLICE_MS = 8;

/** The last line of a link's text: the badge sits after it, as an inline badge would. */
function lastLine(doc: Document, link: Element, range: Range): DOMRect | null {
  const walk = doc.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walk.nextNode(); n; n = walk.nextNode())
    if ((n as Text).data.trim()) last = n as Text;
  if (last) range.selectNodeContents(last);
  else range.selectNode(link);
  const rects = range.getClientRects();
  for (let i = rects.length - 1; i >= 0; i--) {
    const r = rects[i]!;
    if (r.width > 0 || r.height > 0) return r;
  }
  return null;
}

let uid = 0;

export interface LayerReader {
  base: DOMRect;
  range: Range;
}

/** A host to add, its ad, the link it sits beside and that link's last line (null: hidden). */
export interface LayerPlace {
  host: HTMLElement;
  ad: Element;
  at: Element;
  r: DOMRect | null;
}

/**
 * A host's place beside its link's last line `r`, against the layer's box `base`; a link with
 * no box (hidden by the page) hides its badge.
 */
function placeOf(base: DOMRect, r: DOMRect | null): [string, string][] {
  if (!r) return [['display', 'none']];
  return [
    ['display', 'flex'],
    ['left', `${Math.round(r.right - base.left + GAP)}px`],
    ['top', `${Math.round(r.top - base.top)}px`],
    ['height', `${Math.round(r.height)}px`],
  ];
}

export class BadgeLayer {
  private layer: HTMLElement | null = null;
  /** Layer hosts in ad order, with their ads and places. */
  private readonly items: {
    host: HTMLElement;
    ad: Element;
    at: Element;
    owner: Element;
  }[] = [];
  private readonly byHost = new Map<HTMLElement, (typeof this.items)[number]>();
  private readonly byPlace = new WeakMap<Element, HTMLElement>();
  /** Containers (and ads) checked once: can the layer follow what is inside? */
  private readonly follows = new WeakMap<Element, boolean>();
  private readonly prefix = `lykt-${Math.random().toString(36).slice(2, 8)}-`;
  private observer: ResizeObserver | null = null;
  private cancel: (() => void) | null = null;
  private readonly win: Window | null;

  constructor(private readonly doc: Document) {
    this.win = doc.defaultView;
    this.win?.addEventListener('resize', this.again);
  }

  /** The link a layer badge for this ad sits beside, or null: the badge goes inline. */
  placeFor(ad: Element, title: Element | null): Element | null {
    // The title's link: the title itself, around it, or in it (a heading holding its link).
    const link = title?.closest('a[href]') ?? title?.querySelector('a[href]');
    if (!link || !ad.contains(link) || !link.parentElement) return null;
    if (!this.win || typeof this.win.getComputedStyle !== 'function') return null;
    for (let n: Element | null = link; n && n !== this.doc.body; n = n.parentElement) {
      const known = this.follows.get(n);
      if (known !== undefined) return known ? link : null;
      const s = this.win.getComputedStyle(n);
      const ok =
        s.position !== 'fixed' &&
        s.position !== 'sticky' &&
        !/auto|scroll/.test(s.overflowX + s.overflowY) &&
        !(s.position !== 'static' && Number(s.zIndex) > 0);
      // Only the answers above the ad are shared with other ads.
      if (!ad.contains(n) || !ok) this.follows.set(n, ok);
      if (!ok) return null;
    }
    return link;
  }

  /** The badge host beside a link (Tab order), and a host's place. */
  hostAt(el: Element): HTMLElement | undefined {
    return this.byPlace.get(el);
  }

  placeOf(host: HTMLElement): Element | undefined {
    return this.byHost.get(host)?.at;
  }

  has(host: HTMLElement): boolean {
    return this.byHost.has(host);
  }

  /**
   * A commit's read phase starts here (the layer's own place: the first read, which lays out
   * what is dirty); `measure` reads each link. No write may come between them.
   */
  reader(): LayerReader {
    const layer = this.ensure();
    return { base: layer.getBoundingClientRect(), range: this.doc.createRange() };
  }

  measure(reader: LayerReader, at: Element): DOMRect | null {
    return at.isConnected ? lastLine(this.doc, at, reader.range) : null;
  }

  /**
   * The write phase: hosts measured with `reader` go into the layer beside their links (one
   * style write, one insert and one `aria-owns` write each).
   */
  add(reader: LayerReader, batch: LayerPlace[]): void {
    if (batch.length === 0) return;
    const layer = this.ensure();
    // A batch goes after the badges already in, in its links' reading order (ads are scanned
    // in page order, so the layer follows it; a badge already in never moves).
    batch.sort(
      (p, q) =>
        (p.r ? p.r.top : Infinity) - (q.r ? q.r.top : Infinity) ||
        (p.r ? p.r.left : 0) - (q.r ? q.r.left : 0),
    );
    for (const b of batch) {
      const place = placeOf(reader.base, b.r).map(([k, v]) => `${k}: ${v}`);
      b.host.setAttribute('style', `${LAYER_HOST_STYLE}; ${important(place)}`);
      const item = { host: b.host, ad: b.ad, at: b.at, owner: b.at.parentElement! };
      this.insert(layer, b.host);
      this.items.push(item);
      this.byHost.set(b.host, item);
      this.byPlace.set(b.at, b.host);
      setBadgePlace(b.host, b.at);
      b.host.id ||= this.prefix + ++uid;
      const owns = item.owner.getAttribute('aria-owns');
      item.owner.setAttribute('aria-owns', owns ? `${owns} ${b.host.id}` : b.host.id);
    }
    this.watch();
  }

  remove(host: HTMLElement): void {
    const item = this.byHost.get(host);
    if (!item) return;
    this.byHost.delete(host);
    this.byPlace.delete(item.at);
    setBadgePlace(host, null);
    this.items.splice(this.items.indexOf(item), 1);
    const owns = (item.owner.getAttribute('aria-owns') ?? '')
      .split(/\s+/)
      .filter((id) => id && id !== host.id);
    if (owns.length) item.owner.setAttribute('aria-owns', owns.join(' '));
    else item.owner.removeAttribute('aria-owns');
    const bucket = host.parentElement;
    host.remove();
    if (bucket && bucket.parentElement === this.layer && !bucket.firstChild) bucket.remove();
  }

  destroy(): void {
    for (const { host } of [...this.items]) this.remove(host);
    this.cancel?.();
    this.observer?.disconnect();
    this.win?.removeEventListener('resize', this.again);
    this.layer?.remove();
    this.layer = null;
  }

  /** Into the last bucket with room (a new bucket when it is full). */
  private insert(layer: HTMLElement, host: HTMLElement): void {
    let bucket = layer.lastElementChild;
    if (!bucket || bucket.childElementCount >= BUCKET) {
      bucket = this.doc.createElement('div');
      bucket.setAttribute('style', BUCKET_STYLE);
      // Lykt's own node: the page watcher passes it by (content/discovery.ts).
      markBadgeHost(bucket);
      layer.append(bucket);
    }
    bucket.append(host);
  }

  private ensure(): HTMLElement {
    if (!this.layer) {
      this.layer = this.doc.createElement('div');
      this.layer.setAttribute('style', LAYER_STYLE);
      markBadgeHost(this.layer);
    }
    // A page that rebuilt its body took the layer with it: it goes back, with its badges.
    if (!this.layer.isConnected) this.doc.body.append(this.layer);
    return this.layer;
  }

  private write(host: HTMLElement, base: DOMRect, r: DOMRect | null): void {
    for (const [k, v] of placeOf(base, r))
      if (host.style.getPropertyValue(k) !== v) host.style.setProperty(k, v, 'important');
  }

  /** The page reflowed (its body changed size) or the window did: every badge is placed again. */
  private watch(): void {
    if (this.observer || typeof ResizeObserver !== 'function') return;
    let first = true;
    this.observer = new ResizeObserver(() => {
      // The first call only reports the size the body had when watched.
      if (!first) this.again();
      first = false;
    });
    this.observer.observe(this.doc.body);
  }

  /** The page changed (nodes added or removed): every badge is placed again, in slices. */
  reflow(): void {
    this.again();
  }

  private readonly again = (): void => {
    if (this.cancel || this.items.length === 0) return;
    let i = 0;
    const step = () => {
      this.cancel = null;
      if (!this.layer) return;
      this.ensure();
      const end = performance.now() + SLICE_MS;
      const range = this.doc.createRange();
      const base = this.layer.getBoundingClientRect();
      const rects: [HTMLElement, DOMRect | null][] = [];
      for (; i < this.items.length && performance.now() < end; i++) {
        const { host, at } = this.items[i]!;
        rects.push([host, at.isConnected ? lastLine(this.doc, at, range) : null]);
      }
      for (const [host, r] of rects) this.write(host, base, r);
      if (i < this.items.length) this.cancel = postSlice(step, 'user-visible');
    };
    this.cancel = postSlice(step, 'user-visible');
  };
}
