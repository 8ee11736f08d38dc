/** What Lykt writes into the page for a scanned ad: `data-lykt-level` and highlight ranges. */
import { Highlighter } from './highlight';
import type { AdState } from './scanner';
import { rangeFor } from './text';

export const ATTR = 'data-lykt-level';

export class Marker {
  readonly highlighter: Highlighter;

  constructor(doc: Document) {
    this.highlighter = new Highlighter(doc);
  }

  /** The level attribute only: no style or layout cost unless a page rule reads it. */
  level({ target, result }: AdState): void {
    if (target.el.getAttribute(ATTR) !== result.level) target.el.setAttribute(ATTR, result.level);
  }

  mark(state: AdState): void {
    const { target, result, map } = state;
    const { el } = target;
    this.level(state);
    const ranges = [];
    for (const f of result.indicators) {
      const r = rangeFor(map, f.start, f.end);
      if (r) ranges.push(r);
    }
    this.highlighter.set(el, result.level, ranges);
  }

  unmark(el: Element): void {
    el.removeAttribute(ATTR);
    this.highlighter.clear(el);
  }

  destroy(): void {
    this.highlighter.destroy();
  }
}
