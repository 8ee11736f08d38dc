/**
 * The page's scanned ads: the text read from each and the engine's result for it, and the
 * page's running totals. `shared-contact` is applied on top of the engine's result whenever the
 * set of contacts shared across the tab's ads changes.
 */
import { applySharedContacts, SCAN_LIMIT } from '../indicators/core';
import { LEVELS, type AdContext, type Level, type ScanResult } from '../indicators/types';
import type { TabReport } from '../messaging/protocol';
import type { AdTarget } from './find-ads';
import { StateMap } from './state-totals';
import { extractText, type TextMap } from './text';

export interface AdState {
  target: AdTarget;
  map: TextMap;
  /** The engine's own result; `result` adds shared contacts to it. */
  base: ScanResult;
  result: ScanResult;
}

const NO_NODES = Object.freeze([]) as unknown as Text[];
const NO_STARTS = Object.freeze([]) as unknown as number[];
const BARE = new Map<AdContext, ScanResult>();

/** Nothing found and nothing to find later (shared contacts need contacts). */
const isBare = (r: ScanResult) =>
  r.indicators.length === 0 &&
  r.contacts.length === 0 &&
  r.level === 'none' &&
  r.score === 0 &&
  !r.truncated;

/** One frozen result per context for every ad with nothing found. */
function bareResult(context: AdContext): ScanResult {
  let r = BARE.get(context);
  if (!r) {
    r = Object.freeze({
      context,
      level: 'none',
      score: 0,
      indicators: Object.freeze([]) as unknown as ScanResult['indicators'],
      contacts: Object.freeze([]) as unknown as ScanResult['contacts'],
    } satisfies ScanResult) as ScanResult;
    BARE.set(context, r);
  }
  return r;
}

export const levelRank = (l: Level): number => LEVELS.indexOf(l);

export class Scanner {
  readonly states = new StateMap();
  private shared: ReadonlySet<string> = new Set();
  /** Time spent reading ads' text (benchmark figure). */
  readonly timing = { extractMs: 0 };

  /**
   * Reads the ad's text (DOM reads only), at most one character past the engine's limit: a
   * huge ad costs little, and the engine still sees that there was more.
   */
  read(target: AdTarget, rendered = true): TextMap {
    const t0 = performance.now();
    const map = extractText(target.roots, SCAN_LIMIT + 1, rendered);
    this.timing.extractMs += performance.now() - t0;
    return map;
  }

  /** True when the ad was scanned with this very text. */
  unchanged(target: AdTarget, map: TextMap): boolean {
    return this.states.get(target.el)?.map.text === map.text;
  }

  /**
   * Takes the engine's result for the text read from the target. An ad with no finding and no
   * contact keeps its text only (for `unchanged`), no text nodes, and a result shared by every
   * such ad: nothing of it is ever highlighted, and at 50,000 ads the kept nodes and results
   * were most of what each garbage collection had to copy and mark (issue 19.14).
   */
  accept(target: AdTarget, map: TextMap, base: ScanResult): AdState {
    if (isBare(base)) {
      map = { text: map.text, nodes: NO_NODES, starts: NO_STARTS };
      base = bareResult(base.context);
    }
    const state: AdState = { target, map, base, result: this.withShared(base) };
    this.states.set(target.el, state);
    return state;
  }

  private withShared(base: ScanResult): ScanResult {
    const hit = base.contacts.some((c) => this.shared.has(c.value));
    return hit ? applySharedContacts(base, this.shared) : base;
  }

  /** Takes the tab's shared contacts; returns the states whose result changed. */
  setShared(values: readonly string[]): AdState[] {
    const prev = this.shared;
    const next = new Set(values);
    const changed = (v: string) => prev.has(v) !== next.has(v);
    this.shared = next;
    const out: AdState[] = [];
    for (const s of this.states.values()) {
      if (s.base.contacts.some((c) => changed(c.value))) {
        this.states.update(s, this.withShared(s.base));
        out.push(s);
      }
    }
    return out;
  }

  /** Forgets ads no longer in the page (virtualised lists, navigation). */
  prune(): Element[] {
    const gone: Element[] = [];
    for (const el of this.states.keys()) if (!el.isConnected) gone.push(el);
    for (const el of gone) this.states.delete(el);
    return gone;
  }

  report(): TabReport {
    return this.states.report();
  }
}
