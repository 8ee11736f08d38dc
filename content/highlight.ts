/**
 * Marks matched words with the CSS Custom Highlight API: the page's DOM is untouched, one
 * Highlight per level. Without the API (older browsers) the ad itself gets an outline by level.
 *
 * Only the ads near the viewport have their ranges in the registry (an IntersectionObserver
 * adds and takes them out): Chromium rebuilds the markers of every registered range in every
 * frame after any DOM or style change, the page's own included (issue 19.14: ≈ 1 s per frame
 * with 30,000 ranges on a 10,000-ad page; a few hundred cost nothing).
 */
import type { Level } from '../indicators/types';
import type { RangeInit } from './text';

type Shown = Exclude<Level, 'none'>;
/** How far beyond the viewport highlights are kept ready: about two screens each way. */
const NEAR = '200% 0px';
const SHOWN: Shown[] = ['low', 'medium', 'high'];

// Text colour is set too, so contrast holds whatever the page's colours (WCAG AA on all three).
const HIGHLIGHT_CSS = `
::highlight(lykt-low) { background-color: #fff1a8; color: #1a1a1a; }
::highlight(lykt-medium) { background-color: #ffd08a; color: #1a1a1a; text-decoration: underline 2px #8a4b00; }
::highlight(lykt-high) { background-color: #ffb4b4; color: #1a1a1a; text-decoration: underline 2px #9b0000; }`;
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
  private readonly byAd = new Map<Element, { level: Shown; ranges: AbstractRange[] }>();
  /** Ads within NEAR of the viewport (all of them without IntersectionObserver). */
  private readonly near = new Set<Element>();
  private readonly io: IntersectionObserver | null = null;
  private enabled = true;

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
    this.put(ad, false);
    this.byAd.delete(ad);
    if (!this.native || level === 'none' || ranges.length === 0) return this.clear(ad);
    const made = ranges.map((r) => new StaticRange(r));
    this.byAd.set(ad, { level, ranges: made });
    // An ad already watched keeps its place; a new one is shown once the observer says where.
    if (!this.io || this.near.has(ad)) this.put(ad, true);
    this.io?.observe(ad);
    // Highlight styles do not cross into shadow trees: give such trees the sheet too.
    const root = ranges[0]!.startContainer.getRootNode();
    if (this.sheet && root !== this.doc && 'host' in root) adopt(root as ShadowRoot, this.sheet);
  }

  clear(ad: Element): void {
    this.put(ad, false);
    this.byAd.delete(ad);
    this.near.delete(ad);
    this.io?.unobserve(ad);
  }

  /** Adds the ad's ranges to (or takes them out of) its level's registered Highlight. */
  private put(ad: Element, on: boolean): void {
    const mine = this.byAd.get(ad);
    if (!mine) return;
    const set = this.sets.get(mine.level)!;
    for (const r of mine.ranges) {
      if (on) set.add(r);
      else set.delete(r);
    }
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]) => {
    for (const e of entries) {
      if (e.isIntersecting) this.near.add(e.target);
      else this.near.delete(e.target);
      this.put(e.target, e.isIntersecting);
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
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    }
  }
}
