/**
 * The visible writes for scanned ads: highlight ranges and badges. They wait here while the
 * engine catches up, then go out together: in Chromium every slice that adds highlights or
 * badges costs the whole page a style, layout and pre-paint pass (≈ 35 ms on a 1,000-ad page),
 * so a few large batches beat one per slice. `data-lykt-level` is set at scan time (Marker;
 * content/controller.ts holds it back while a commit's reads are due).
 */
import type { AdView } from './ad-view';
import type { Marker } from './marker';
import type { AdState } from './scanner';

export interface PaintStats {
  renderMs: number;
  badgeMs: number;
  lastMarkAt: number;
}

export class Painter {
  private readonly queue = new Set<AdState>();
  /** When the queue last went from empty to not empty. */
  private since = 0;

  constructor(
    private readonly marker: Marker,
    private readonly stats: PaintStats,
  ) {}

  get pending(): number {
    return this.queue.size;
  }

  add(state: AdState): void {
    if (this.queue.size === 0) this.since = performance.now();
    this.queue.add(state);
  }

  /** How long the oldest queued paint has waited. */
  waitedMs(): number {
    return this.queue.size === 0 ? 0 : performance.now() - this.since;
  }

  /** Paints queued ads until `end`; returns true when the queue is empty. */
  flush(view: AdView, end: number): boolean {
    for (const state of this.queue) {
      if (performance.now() > end) return false;
      this.queue.delete(state);
      try {
        this.paint(view, state);
      } catch (err) {
        console.warn('[lykt] skipped painting an ad', err);
      }
    }
    return true;
  }

  /** Marks the ad, highlights its words, then shows its badge: the only layout change. */
  paint(view: AdView, state: AdState): void {
    if (!state.target.el.isConnected) return;
    const r0 = performance.now();
    this.marker.mark(state);
    const r1 = performance.now();
    view.show(state);
    const r2 = performance.now();
    this.stats.renderMs += r1 - r0;
    this.stats.badgeMs += r2 - r1;
    this.stats.lastMarkAt = r2;
  }

  clear(): void {
    this.queue.clear();
  }
}
