import type { Lens } from './lens';
import type { AdState } from './scanner';

/** What shows a scanned ad to the user (the badges); the controller only calls these. */
export interface AdView {
  /** Shows, updates or removes the ad's badge for its current result. */
  show(state: AdState): void;
  /**
   * Puts the badges made since the last call into the page, all at once. Any box added inside
   * an ad costs the page a relayout of its whole list in the next frame (≈ 0.5 s at 10,000 ads),
   * whatever the number added: so new badges wait, built but detached, and go in together.
   */
  commit?(): void;
  /** Badges built and waiting for `commit`. */
  readonly waiting?: number;
  remove(el: Element): void;
  destroy(): void;
  /** What page-readable marks may carry (dismissals, custom terms); absent: everything. */
  readonly lens?: Lens;
}
