/**
 * What Lykt writes into the page for a scanned ad: `data-lykt-level` and highlight ranges.
 * Both are page-readable, so both carry the Lens's public view: no custom-term finding, and the
 * level without them (issue 19.5). That view follows from the public lexicon alone.
 */
import { Highlighter } from './highlight';
import { Lens } from './lens';
import type { AdState } from './scanner';
import { rangeFor } from './text';

export const ATTR = 'data-lykt-level';

export class Marker {
  readonly highlighter: Highlighter;
  private lens = Lens.plain();

  constructor(doc: Document) {
    this.highlighter = new Highlighter(doc);
  }

  /** The user's dismissals, custom terms and attribute choice (with the settings). */
  use(lens: Lens): void {
    this.lens = lens;
  }

  /** The level attribute only: no style or layout cost unless a page rule reads it. */
  level(state: AdState): void {
    this.attr(state.target.el, this.lens.pub(state).level);
  }

  private attr(el: Element, level: string): void {
    if (el.getAttribute(ATTR) !== level) el.setAttribute(ATTR, level);
  }

  /**
   * The ad's highlight ranges (the registry: no node of the page changes). Its level is written
   * at scan time (`level`), held back by the controller while a badge commit's reads are due.
   */
  mark(state: AdState): void {
    const { target, map } = state;
    const pub = this.lens.pub(state);
    const ranges = [];
    for (const f of pub.indicators) {
      const r = rangeFor(map, f.start, f.end);
      if (r) ranges.push(r);
    }
    this.highlighter.set(target.el, pub.level, ranges);
  }

  unmark(el: Element): void {
    el.removeAttribute(ATTR);
    this.highlighter.clear(el);
  }

  destroy(): void {
    this.highlighter.destroy();
  }
}
