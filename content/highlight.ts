/**
 * Marks matched words with the CSS Custom Highlight API: the page's DOM is untouched, one
 * Highlight per level. Without the API (older browsers) the ad itself gets an outline by level.
 *
 * Only the ads near the viewport have their ranges in the registry (an IntersectionObserver
 * adds and takes them out): Chromium rebuilds the markers of every registered range in every
 * frame after any DOM or style change, the page's own included (issue 19.14: ≈ 1 s per frame
 * with 30,000 ranges on a 10,000-ad page; a few hundred cost nothing).
 *
 * With any range registered, a frame after a DOM change (an attribute write included) or a
 * registry change repaints the page's whole root layer (a probe without Lykt, 50,000 ads, one
 * range: 80–380 ms of Paint per frame; none: no paint). So with `onDirty` set, registry changes
 * wait for `apply()`, which the controller calls from the same task as its other writes: the
 * frames Lykt makes the page repaint are its write frames only.
 */
import type { Level } from '../indicators/types';
import type { RangeInit } from './text';

type Shown = Exclude<Level, 'none'>;
type Marks = { level: Shown; ranges: AbstractRange[] };
/** How far beyond the viewport highlights are kept ready: about two screens each way. */
const NEAR = '200% 0px';
const SHOWN: Shown[] = ['low', 'medium', 'high'];

// Text colour is set too, so contrast holds whatever the page's colours (WCAG AA on all three).
// No text-decoration or text-shadow: Chromium counts those as visual overflow, and then every
// frame after any DOM change recomputes the ink overflow of each highlighted text's ancestors
// (issue 19.14: pre-paint 40–110 ms a frame on a 10,000-ad grid with 40 ranges, 2 ms without).
// The level is in the badge's text, so the colours need not carry it alone.
export const HIGHLIGHT_CSS = `
::highlight(lykt-low) { background-color: #fff1a8; color: #1a1a1a; }
::highlight(lykt-medium) { background-color: #ffd08a; color: #1a1a1a; }
::highlight(lykt-high) { background-color: #ffb4b4; color: #1a1a1a; }`;
const FALLBACK_CSS = `
[data-lykt-level="medium"] { outline: 2px dashed #8a4b00 !important; outline-offset: 2px; }
[data-lykt-level="high"] { outline: 3px solid #9b0000 !important; outline-offset: 2px; }`;

export function highlightSupported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

function makeSheet(css: string): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}

/** Adds a constructed sheet to a document or shadow root (no element in the page). */
function adopt(root: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

export class Highlighter {
  private readonly native = highlightSupported();
  private readonly sheet: CSSStyleSheet | null;
  private readonly sets = new Map<Shown, Highlight>();
  /** What each ad should show, and what the registry holds for it now. */
  private readonly byAd = new Map<Element, Marks>();
  private readonly shown = new Map<Element, Marks>();
  /** Ads whose registry entries are out of date (see `apply`). */
  private readonly dirty = new Set<Element>();
  /** Ads within NEAR of the viewport (all of them without IntersectionObserver). */
  private readonly near = new Set<Element>();
  private readonly io: IntersectionObserver | null = null;
  private enabled = true;
  /**
   * Set: registry changes wait for `apply()` and this is called when one waits. Unset: they
   * go in at once.
   */
  onDirty: (() => void) | null = null;

  constructor(private readonly doc: Document) {
    this.sheet = makeSheet(this.native ? HIGHLIGHT_CSS : FALLBACK_CSS);
    if (this.sheet) adopt(doc, this.sheet);
    if (this.native) for (const level of SHOWN) this.sets.set(level, new Highlight());
    if (this.native && typeof IntersectionObserver === 'function')
      this.io = new IntersectionObserver(this.onIntersect, { rootMargin: NEAR });
    this.setEnabled(true);
  }

  /** Replaces the ad's highlights with `ranges` at `level` (none clears them). */
  set(ad: Element, level: Level, ranges: RangeInit[]): void {
    if (!this.native || level === 'none' || ranges.length === 0) return this.clear(ad);
    this.byAd.set(ad, { level, ranges: ranges.map((r) => new StaticRange(r)) });
    this.touch(ad);
    // A new ad is shown once the observer says it is near.
    this.io?.observe(ad);
    // Highlight styles do not cross into shadow trees: give such trees the sheet too.
    const root = ranges[0]!.startContainer.getRootNode();
    if (this.sheet && root !== this.doc && 'host' in root) adopt(root as ShadowRoot, this.sheet);
  }

  clear(ad: Element): void {
    const had = this.byAd.delete(ad) || this.shown.has(ad);
    this.near.delete(ad);
    this.io?.unobserve(ad);
    if (had) this.touch(ad);
  }

  /** Registry changes wait (see `onDirty`). */
  get pending(): boolean {
    return this.dirty.size > 0;
  }

  /** Brings the registry up to date with what the ads should show (near the viewport only). */
  apply(): void {
    for (const ad of this.dirty) this.sync(ad);
    this.dirty.clear();
  }

  private touch(ad: Element): void {
    if (!this.onDirty) return this.sync(ad);
    const first = this.dirty.size === 0;
    this.dirty.add(ad);
    if (first) this.onDirty();
  }

  /** The ad's ranges out of the registry, and its current ones in when it is near. */
  private sync(ad: Element): void {
    const old = this.shown.get(ad);
    const next = this.byAd.get(ad);
    const show = next && (!this.io || this.near.has(ad)) ? next : undefined;
    if (old === show) return;
    if (old) for (const r of old.ranges) this.sets.get(old.level)!.delete(r);
    if (show) for (const r of show.ranges) this.sets.get(show.level)!.add(r);
    if (show) this.shown.set(ad, show);
    else this.shown.delete(ad);
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]) => {
    for (const e of entries) {
      if (e.isIntersecting) this.near.add(e.target);
      else this.near.delete(e.target);
      // Only a change of what the registry holds needs a write.
      const want = this.byAd.get(e.target);
      if ((e.isIntersecting ? want : undefined) !== this.shown.get(e.target)) this.touch(e.target);
    }
  };

  setEnabled(on: boolean): void {
    this.enabled = on;
    if (this.sheet) this.sheet.disabled = !on;
    if (!this.native) return;
    for (const [level, set] of this.sets) {
      if (on) CSS.highlights.set(`lykt-${level}`, set);
      else CSS.highlights.delete(`lykt-${level}`);
    }
  }

  isEnabled(): boolean {
    return this.enabled;
  }

  /** Number of highlighted ranges (tests, diagnostics). */
  count(level?: Shown): number {
    let n = 0;
    for (const v of this.byAd.values()) if (!level || v.level === level) n += v.ranges.length;
    return n;
  }

  destroy(): void {
    this.setEnabled(false);
    this.io?.disconnect();
    this.near.clear();
    this.byAd.clear();
    this.shown.clear();
    this.dirty.clear();
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    }
  }
}
