/**
 * The scanned ads, with the tab's running totals kept as they change. The report goes to the
 * background every 150 ms while a page is scanned; counting it afresh each time walked every ad
 * with two Sets each (at 50,000 ads: tens of millions of objects over a scan, and a 1.2 s garbage
 * collection inside one report's task, issue 19.14). Now a report copies a few small maps.
 */
import type { Category, Level } from '../indicators/types';
import type { TabReport } from '../messaging/protocol';
import type { AdState } from './scanner';

export class StateMap extends Map<Element, AdState> {
  private readonly byLevel: Record<Level, number> = { none: 0, low: 0, medium: 0, high: 0 };
  private readonly categories = new Map<Category, number>();
  private readonly contacts = new Map<string, number>();

  override set(el: Element, state: AdState): this {
    const old = this.get(el);
    if (old) this.count(old, -1);
    // Map's constructor calls set before the fields exist: nothing to count then.
    if (this.contacts) this.count(state, 1);
    return super.set(el, state);
  }

  override delete(el: Element): boolean {
    const old = this.get(el);
    if (old) this.count(old, -1);
    return super.delete(el);
  }

  override clear(): void {
    for (const k of Object.keys(this.byLevel) as Level[]) this.byLevel[k] = 0;
    this.categories.clear();
    this.contacts.clear();
    super.clear();
  }

  /** Changes a state's result in place, keeping the totals right. */
  update(state: AdState, result: AdState['result']): void {
    const counted = this.get(state.target.el) === state;
    if (counted) this.count(state, -1);
    state.result = result;
    if (counted) this.count(state, 1);
  }

  report(): TabReport {
    return {
      scanned: this.size,
      byLevel: { ...this.byLevel },
      categories: Object.fromEntries(this.categories),
      contacts: Object.fromEntries(this.contacts),
    };
  }

  /** Adds (1) or takes out (-1) one ad: its level, its categories and contacts once each. */
  private count({ result, base }: AdState, sign: 1 | -1): void {
    this.byLevel[result.level] += sign;
    for (const c of distinct(result.indicators.map((f) => f.category)))
      add(this.categories, c, sign);
    for (const v of distinct(base.contacts.map((c) => c.value))) add(this.contacts, v, sign);
  }
}

const NONE: never[] = [];

/** The distinct items (most ads have none or a few: no Set for those). */
function distinct<T>(xs: T[]): T[] {
  if (xs.length === 0) return NONE;
  if (xs.length > 8) return [...new Set(xs)];
  return xs.filter((x, i) => xs.indexOf(x) === i);
}

function add<K>(m: Map<K, number>, k: K, n: number): void {
  const v = (m.get(k) ?? 0) + n;
  if (v === 0) m.delete(k);
  else m.set(k, v);
}
