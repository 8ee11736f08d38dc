import type { Lens } from './lens';
import type { AdState } from './scanner';

/** What shows a scanned ad to the user (the badges); the controller only calls these. */
export interface AdView {
  /** Shows, updates or removes the ad's badge for its current result. */
  show(state: AdState): void;
  remove(el: Element): void;
  destroy(): void;
  /** What page-readable marks may carry (dismissals, custom terms); absent: everything. */
  readonly lens?: Lens;
}
