/**
 * Marks matched words with the CSS Custom Highlight API: the page's DOM is untouched, one
 * Highlight per level. Without the API (older browsers) the ad itself gets an outline by level.
 */
import type { Level } from '../indicators/types';
import type { RangeInit } from './text';

type Shown = Exclude<Level, 'none'>;
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
  private enabled = true;

  constructor(private readonly doc: Document) {
    this.sheet = makeSheet(this.native ? HIGHLIGHT_CSS : FALLBACK_CSS);
    if (this.sheet) adopt(doc, this.sheet);
    if (this.native) for (const level of SHOWN) this.sets.set(level, new Highlight());
    this.setEnabled(true);
  }

  /** Replaces the ad's highlights with `ranges` at `level` (none clears them). */
  set(ad: Element, level: Level, ranges: RangeInit[]): void {
    this.clear(ad);
    if (!this.native || level === 'none' || ranges.length === 0) return;
    const set = this.sets.get(level)!;
    const made = ranges.map((r) => new StaticRange(r));
    for (const r of made) set.add(r);
    this.byAd.set(ad, { level, ranges: made });
    // Highlight styles do not cross into shadow trees: give such trees the sheet too.
    const root = ranges[0]!.startContainer.getRootNode();
    if (this.sheet && root !== this.doc && 'host' in root) adopt(root as ShadowRoot, this.sheet);
  }

  clear(ad: Element): void {
    const old = this.byAd.get(ad);
    if (!old) return;
    const set = this.sets.get(old.level)!;
    for (const r of old.ranges) set.delete(r);
    this.byAd.delete(ad);
  }

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
    this.byAd.clear();
    if (this.sheet) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    }
  }
}
