/**
 * Read ads on their way to a level and a paint: sent to the background's engine (Remote), or
 * scanned in the page when there is no background (tests) or it failed, then given their
 * `data-lykt-level` and queued for the Painter.
 */
import type { AdView } from './ad-view';
import type { Marker } from './marker';
import type { Painter } from './painter';
import { Remote, type Read } from './remote';
import type { RemoteScan } from './engine';
import type { AdState, Scanner, ScanEngine } from './scanner';

export class ScanQueue {
  /** Read, waiting for the engine. */
  readonly toScan = new Map<Element, Read>();
  readonly remote: Remote | null;
  private loading = false;

  constructor(
    private readonly scanner: Scanner,
    private readonly marker: Marker,
    private readonly painter: Painter,
    private readonly view: () => AdView | null,
    remote: RemoteScan | undefined,
    private readonly onReply: () => void,
    /** The page's own engine, fetched the first time the page must scan (no background). */
    private readonly loadEngine?: () => Promise<ScanEngine>,
  ) {
    this.remote = remote ? new Remote(remote, onReply) : null;
  }

  /** True when read ads can go somewhere: the background, or the page's engine (or its fetch). */
  get canScan(): boolean {
    return this.scanner.engine !== null || this.remoteUsable || this.loadEngine !== undefined;
  }

  /** The page's engine, or null while it is being fetched (asked for once). */
  private localEngine(): ScanEngine | null {
    if (this.scanner.engine || this.loading || !this.loadEngine) return this.scanner.engine;
    this.loading = true;
    this.loadEngine()
      .then((engine) => {
        this.scanner.engine ??= engine;
        this.onReply();
      })
      .catch(() => undefined);
    return null;
  }

  /** Work for a slice: ads to scan (unless they wait for the page's engine), replies to take. */
  get pending(): number {
    const drainable = this.scanner.engine !== null || this.remoteUsable;
    return (drainable ? this.toScan.size : 0) + (this.remote?.waiting ?? 0);
  }

  private get remoteUsable(): boolean {
    return this.remote !== null && !this.remote.broken;
  }

  /** Batches still on their way to or from the background. */
  get busy(): boolean {
    return this.remote?.busy ?? false;
  }

  /** Sends ads away unless `local` (scan and paint now) or the background failed. */
  private remoteFor(local: boolean): Remote | null {
    return local || this.remote?.broken ? null : this.remote;
  }

  /** A freshly read ad: scanned now when it stays in the page, sent away, or kept for later. */
  add(read: Read, ready: boolean, local: boolean): void {
    const remote = this.remoteFor(local);
    if (!ready || (!remote && !this.localEngine())) this.toScan.set(read.target.el, read);
    else if (!remote) this.scanned(this.scanner.scan(read.target, read.map), local);
    else if (!this.scanner.unchanged(read.target, read.map)) remote.add(read);
  }

  /**
   * The background's results; ads it could not scan go back to the page's engine. Returns how
   * many results were taken.
   */
  receive(end: number): number {
    const remote = this.remote;
    if (!remote) return 0;
    for (const read of remote.failed.splice(0)) {
      remote.settle(read);
      this.toScan.set(read.target.el, read);
    }
    let i = 0;
    for (; i < remote.inbox.length && performance.now() <= end; i++) {
      const { read, result } = remote.inbox[i]!;
      remote.settle(read);
      if (read.target.el.isConnected)
        this.scanned(this.scanner.accept(read.target, read.map, result), false);
    }
    remote.inbox.splice(0, i);
    return i;
  }

  /** Ads read before the engine came, or during this slice: scanned here or sent away. */
  drain(end: number, local: boolean): void {
    const remote = this.remoteFor(local);
    if (!remote && !this.localEngine()) return;
    for (const [el, read] of this.toScan) {
      if (!remote && performance.now() > end) break;
      this.toScan.delete(el);
      if (!el.isConnected || this.scanner.unchanged(read.target, read.map)) continue;
      if (remote) remote.add(read);
      else this.scanned(this.scanner.scan(read.target, read.map), local);
    }
    remote?.send();
  }

  private scanned(state: AdState | null, paintNow: boolean): void {
    if (!state) return;
    this.marker.level(state);
    if (paintNow) this.painter.paint(this.view()!, state);
    else this.painter.add(state);
  }

  /** A read ad holding `el`: waiting here or on its way to the background. */
  known(el: Element): Read['target'] | undefined {
    return this.toScan.get(el)?.target ?? this.remote?.pendingTarget(el);
  }

  clear(): void {
    this.toScan.clear();
    this.remote?.clear();
  }
}
