/**
 * Ads scanned by the background's engine, off the page's main thread: read ads go out in
 * batches, replies wait in `inbox` for the controller's next slice. The background's engine is
 * warm across pages, and the page keeps rendering while it works. A failed batch comes back in
 * `failed` (scanned in the page instead), and after a failure no more batches go out.
 */
import type { ScanResult } from '../indicators/types';
import type { RemoteScan } from './engine';
import type { AdTarget } from './find-ads';
import type { TextMap } from './text';

export interface Read {
  target: AdTarget;
  map: TextMap;
}

/** Ads per message: the first reply comes back while the page still reads the rest. */
const BATCH = 100;

export class Remote {
  readonly inbox: { read: Read; result: ScanResult }[] = [];
  readonly failed: Read[] = [];
  private outbox: Read[] = [];
  /** Ads on their way, so a mutation does not send them twice. */
  private readonly sent = new Map<Element, AdTarget>();
  private inFlight = 0;
  private generation = 0;
  broken = false;
  /** Time with a batch on its way, and batches sent (benchmark figures). */
  readonly timing = { remoteMs: 0, batches: 0 };
  private busySince = 0;

  constructor(
    private readonly scan: RemoteScan,
    private readonly onReply: () => void,
  ) {}

  /** Replies and failures waiting for a slice. */
  get waiting(): number {
    return this.inbox.length + this.failed.length;
  }

  get busy(): boolean {
    return this.inFlight > 0 || this.outbox.length > 0;
  }

  /** Queues the ad; a full batch goes out at once, so the background starts while we read on. */
  add(read: Read): void {
    this.outbox.push(read);
    this.sent.set(read.target.el, read.target);
    if (this.outbox.length >= BATCH) this.send();
  }

  /** The ad's reply was taken: it is no longer on its way. */
  settle(read: Read): void {
    if (this.sent.get(read.target.el) === read.target) this.sent.delete(read.target.el);
  }

  /** The ad holding `el` when it is on its way to or from the background. */
  pendingTarget(el: Element): AdTarget | undefined {
    return this.sent.get(el);
  }

  send(): void {
    while (this.outbox.length > 0) {
      const batch = this.outbox.splice(0, BATCH);
      const gen = this.generation;
      if (this.inFlight++ === 0) this.busySince = performance.now();
      this.timing.batches++;
      this.scan(batch.map((r) => r.map.text))
        .then((results) => {
          if (results?.length !== batch.length) throw new Error('reply does not match the batch');
          if (gen === this.generation)
            batch.forEach((read, i) => this.inbox.push({ read, result: results[i]! }));
        })
        .catch(() => {
          this.broken = true;
          if (gen === this.generation) this.failed.push(...batch);
        })
        .finally(() => {
          if (--this.inFlight === 0) this.timing.remoteMs += performance.now() - this.busySince;
          if (gen === this.generation) this.onReply();
        });
    }
  }

  /** Forgets everything; replies still on their way are dropped. */
  clear(): void {
    this.generation++;
    this.outbox = [];
    this.sent.clear();
    this.inbox.length = 0;
    this.failed.length = 0;
  }
}
