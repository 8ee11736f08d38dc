/**
 * The one way ads' text becomes results: `scan(texts) → Promise<results>`, one per text, in
 * order. The background's warm engine answers (off the page's main thread); the page's own
 * engine, built on first need, answers when there is no background, and for a batch the
 * background failed or refused. That batch alone: the next one goes to the background again.
 */
import type { Engine } from '../indicators/core';
import type { ScanResult } from '../indicators/types';
import { postSlice } from './schedule';

export interface ScanPort {
  scan(texts: string[]): Promise<ScanResult[]>;
  readonly timing?: PortTiming;
}

/** What the port did (benchmark and test figures). */
export interface PortTiming {
  /** Texts sent to the background, and those the page scanned itself. */
  texts: number;
  localTexts: number;
  batches: number;
  failedBatches: number;
  /** Time with a batch on its way to the background; time in the page's engine. */
  remoteMs: number;
  engineMs: number;
}

/** The page's engine works in slices this long, then yields to the page. */
const LOCAL_SLICE_MS = 30;

const nextSlice = () => new Promise<void>((r) => postSlice(r, 'user-visible'));

export class PortClient implements ScanPort {
  readonly timing: PortTiming = {
    texts: 0,
    localTexts: 0,
    batches: 0,
    failedBatches: 0,
    remoteMs: 0,
    engineMs: 0,
  };
  private engine: Promise<Engine> | null = null;
  private inFlight = 0;
  private busySince = 0;

  constructor(
    /** The page's engine, asked for once, the first time the page must scan. */
    private readonly loadEngine: () => Promise<Engine>,
    private readonly input: { url: string; lang?: string },
    /** The background's engine; absent: every batch is scanned in the page. */
    private readonly remote?: (texts: string[]) => Promise<ScanResult[]>,
  ) {}

  async scan(texts: string[]): Promise<ScanResult[]> {
    if (!this.remote) return this.local(texts);
    this.timing.batches++;
    this.timing.texts += texts.length;
    if (this.inFlight++ === 0) this.busySince = performance.now();
    try {
      const results = await this.remote(texts);
      if (results?.length !== texts.length) throw new Error('reply does not match the batch');
      return results;
    } catch (err) {
      this.timing.failedBatches++;
      console.warn('[lykt] the background did not scan a batch; the page scans it', err);
      return this.local(texts);
    } finally {
      if (--this.inFlight === 0) this.timing.remoteMs += performance.now() - this.busySince;
    }
  }

  /** Scans in the page, yielding between slices so no task runs long. */
  private async local(texts: string[]): Promise<ScanResult[]> {
    this.engine ??= this.loadEngine();
    this.engine.catch(() => (this.engine = null));
    const engine = await this.engine;
    const out: ScanResult[] = [];
    let t0 = performance.now();
    for (const text of texts) {
      if (performance.now() - t0 > LOCAL_SLICE_MS) {
        await nextSlice();
        t0 = performance.now();
      }
      const t1 = performance.now();
      out.push(engine.scan({ text, ...this.input }));
      this.timing.engineMs += performance.now() - t1;
    }
    this.timing.localTexts += texts.length;
    return out;
  }
}
