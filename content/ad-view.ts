import type { Lens } from './lens';
import type { AdState } from './scanner';

/** What shows a scanned ad to the user (the badges); the controller only calls these. */
export interface AdView {
  /** Shows, updates or removes the ad's badge for its current result. */
  show(state: AdState): void;
  /**
   * Puts up to `max` of the badges made since the last call into the page (all without `max`)
   * and returns how many went in. Each badge costs the next frame's layout (content/controller.ts
   * sizes the batches from the frames they caused), so new badges wait, built but detached.
   * Reading their places stops at `end` (a performance.now() time), and early enough for their
   * writes to end by `taskEnd`: the commit's own task stays short.
   */
  commit?(max?: number, end?: number, taskEnd?: number): number;
  /** Badges built and waiting for `commit`. */
  readonly waiting?: number;
  remove(el: Element): void;
  /** After the page changed its nodes: badges of removed ads go, the others are placed again. */
  sweep?(): void;
  destroy(): void;
  /** What page-readable marks may carry (dismissals, custom terms); absent: everything. */
  readonly lens?: Lens;
}
