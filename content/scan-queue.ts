/**
 * Read ads on their way through the scan port: queued, sent in batches (the first reply comes
 * back while the page still reads the rest), and their results kept until the controller's next
 * slice takes them. Replies to a queue that was cleared (pause, navigation) are dropped.
 */
import type { ScanResult } from '../indicators/types';
import type { AdTarget } from './find-ads';
import type { ScanPort } from './scan-port';
import type { TextMap } from './text';

export interface Read {
  target: AdTarget;
  map: TextMap;
}

export interface Scanned {
  read: Read;
  result: ScanResult;
}

/** Ads per batch. */
const BATCH = 100;

export class ScanQueue {
  private outbox: Read[] = [];
  private readonly inbox: Scanned[] = [];
  /** Ads queued or on their way, so a mutation does not send them twice. */
  private readonly sent = new Map<Element, AdTarget>();
  private readonly texts = new Map<Element, string>();
  private inFlight = 0;
  private generation = 0;
  /** Closed until the settings arrive: ads are read and kept meanwhile. */
  open = false;

  constructor(
    private readonly port: ScanPort,
    private readonly onReply: () => void,
  ) {}

  /** Results waiting for a slice. */
  get pending(): number {
    return this.inbox.length;
  }

  /** Ads waiting to go out (when open), or on their way. */
  get busy(): boolean {
    return this.inFlight > 0 || (this.open && this.outbox.length > 0);
  }

  add(read: Read): void {
    this.outbox.push(read);
    this.sent.set(read.target.el, read.target);
    this.texts.set(read.target.el, read.map.text);
    if (this.open && this.outbox.length >= BATCH) this.send();
  }

  /** Sends everything queued, in batches. */
  send(): void {
    if (!this.open) return;
    while (this.outbox.length > 0) {
      const batch = this.outbox.splice(0, BATCH);
      const gen = this.generation;
      this.inFlight++;
      this.port
        .scan(batch.map((r) => r.map.text))
        .then((results) => {
          if (gen === this.generation)
            batch.forEach((read, i) => this.inbox.push({ read, result: results[i]! }));
        })
        .catch((err: unknown) => console.warn('[lykt] a batch could not be scanned', err))
        .finally(() => {
          this.inFlight--;
          if (gen !== this.generation) return;
          for (const read of batch) this.settle(read);
          this.onReply();
        });
    }
  }

  /** The oldest result that came back. */
  take(): Scanned | undefined {
    return this.inbox.shift();
  }

  /** The ad holding `el` when it is queued or on its way. */
  known(el: Element): AdTarget | undefined {
    return this.sent.get(el);
  }

  /** True when `el`'s ad is queued or on its way with this very text. */
  sending(el: Element, text: string): boolean {
    return this.texts.get(el) === text;
  }

  private settle(read: Read): void {
    if (this.texts.get(read.target.el) === read.map.text) this.texts.delete(read.target.el);
    if (this.sent.get(read.target.el) === read.target) this.sent.delete(read.target.el);
  }

  /** Forgets everything; replies still on their way are dropped. */
  clear(): void {
    this.generation++;
    this.outbox = [];
    this.sent.clear();
    this.texts.clear();
    this.inbox.length = 0;
  }
}
