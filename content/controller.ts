/**
 * The content script's engine room.
 *
 *   MutationObserver ──queues──► pending nodes / changed targets
 *                                     │ (≤ 30 ms slices, 40 ms for the first; user-visible
 *                                     │  priority for the page's first pass, background after;
 *                                     │  never in a hidden tab)
 *   adapters / detector ──► ad targets ──► text (read before the settings arrive)
 *        ──► engine: the background's (Remote), the page's only without it (ScanQueue)
 *        ──► Scanner ──► data-lykt-level ──► Painter (batched): highlights, AdView badges
 *   running totals ──► background (toolbar count) ──► shared contacts ──► rescored ads
 */
import type { AdView } from './ad-view';
import { Discovery } from './discovery';
import type { RemoteScan } from './engine';
import type { AdTarget } from './find-ads';
import { Marker } from './marker';
import { Painter } from './painter';
import { Reporter, type Report } from './reporter';
import { ScanQueue } from './scan-queue';
import { postSlice } from './schedule';
import { newStats, recordSlice } from './stats';
import type { Scanner, ScanEngine } from './scanner';

export interface ControllerOptions {
  doc: Document;
  host: string;
  scanner: Scanner;
  /** Absent until the settings arrive: ads are found and read meanwhile, nothing is shown. */
  view?: AdView;
  highlights?: boolean;
  /** Sends the running totals; the reply lists contacts shared across the tab's ads. */
  report: Report;
  /** The background's engine; without it every ad is scanned in the page. */
  remote?: RemoteScan;
  /** The page's own engine, when the scanner has none: fetched only if the page must scan. */
  loadEngine?: () => Promise<ScanEngine>;
}

/** Slices leave room under 50 ms for a GC pause; the first (at DOMContentLoaded) reads more. */
const SLICE_MS = 30;
const FIRST_SLICE_MS = 40;
/** Queued paints go out when the scans are caught up, or when the oldest has waited this long. */
const PAINT_WAIT_MS = 200;

export class Controller {
  private readonly discovery: Discovery;
  private readonly marker: Marker;
  private readonly painter: Painter;
  private readonly reporter: Reporter;
  private readonly queue: ScanQueue;
  private readonly targets = new Map<Element, AdTarget>();
  private observer: MutationObserver | null = null;
  private cancel: (() => void) | null = null;
  private running = false;
  /** The page's first pass runs at user-visible priority; later work at background. */
  private urgent = true;
  /** Find the ads in the next slice. */
  private fresh = false;
  private view: AdView | null = null;
  readonly stats = newStats();

  constructor(private readonly o: ControllerOptions) {
    this.marker = new Marker(o.doc);
    this.painter = new Painter(this.marker, this.stats);
    this.discovery = new Discovery(o.doc, o.host);
    this.queue = new ScanQueue(
      o.scanner,
      this.marker,
      this.painter,
      () => this.view,
      o.remote,
      () => this.schedule(),
      o.loadEngine,
    );
    this.reporter = new Reporter(
      o.report,
      () => o.scanner.report(),
      (shared) => this.onShared(shared),
    );
    if (o.view) this.attach(o.view, o.highlights ?? true);
  }

  /** The view is there (the settings arrived): scan and show. */
  attach(view: AdView, highlights: boolean): void {
    this.view = view;
    this.stats.marks.attached = performance.now();
    this.marker.highlighter.setEnabled(highlights);
    this.schedule();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.observer = new MutationObserver((records) => {
      this.discovery.queue(records);
      this.schedule();
    });
    this.observer.observe(this.o.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    this.o.doc.addEventListener('visibilitychange', this.onVisible);
    this.urgent = true;
    this.fresh = true;
    // The first slice runs now, from DOMContentLoaded, before the page's first layout: it reads
    // the ads and sends them to the background, which scans them while the page lays out.
    // Without the background, it scans and paints the first ads (no extra layout pass for them).
    if (!this.o.doc.hidden) this.run(FIRST_SLICE_MS, !this.o.remote);
    else this.schedule();
  }

  /** Pause: undo everything Lykt shows on the page and tell the background the tab is empty. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.fresh = false;
    this.observer?.disconnect();
    this.o.doc.removeEventListener('visibilitychange', this.onVisible);
    this.cancel?.();
    this.cancel = null;
    for (const el of this.o.scanner.states.keys()) this.forget(el);
    this.o.scanner.states.clear();
    this.targets.clear();
    this.queue.clear();
    this.painter.clear();
    this.discovery.clear();
    this.reporter.now();
  }

  destroy(): void {
    this.stop();
    this.marker.destroy();
    this.view?.destroy();
  }

  setHighlights(on: boolean): void {
    this.marker.highlighter.setEnabled(on);
  }

  /** After single-page navigation: the layout may be another one; re-find everything. */
  navigated(): void {
    if (!this.running) return;
    for (const el of this.o.scanner.prune()) this.forget(el);
    this.discovery.chosen = false;
    this.urgent = true;
    this.fresh = true;
    this.schedule();
  }

  private readonly onVisible = () => this.schedule();

  private get ready(): boolean {
    return this.view !== null && this.queue.canScan;
  }

  private schedule(): void {
    if (this.cancel !== null || !this.running || this.o.doc.hidden) return;
    const work =
      +this.fresh +
      this.discovery.pending +
      this.targets.size +
      (this.ready ? this.queue.pending + this.painter.pending : 0);
    if (work === 0) {
      if (this.ready && !this.queue.busy) this.urgent = false;
      return;
    }
    const priority = this.urgent ? 'user-visible' : 'background';
    this.cancel = postSlice(() => ((this.cancel = null), this.run()), priority);
  }

  /**
   * One slice: ads are read and scanned, given their level and their paint queued (reads of text
   * only, never of layout, so no write forces a layout). `local`: scan and paint in the page.
   */
  private run(budget = SLICE_MS, local = false): void {
    this.cancel?.();
    this.cancel = null;
    const t0 = performance.now();
    const end = t0 + budget;
    const { scanner } = this.o;
    this.stats.marks.slice ??= t0;
    // On a huge page choosing the adapter fills half a slice: the ads are found in the next one.
    if (this.fresh && !this.discovery.chosen) this.discovery.choose();
    if (this.fresh && performance.now() < t0 + budget / 2) {
      for (const t of this.discovery.discover()) this.targets.set(t.el, t);
      this.fresh = false;
    }
    for (const t of this.discovery.resolve(end, this.known)) this.targets.set(t.el, t);
    this.stats.discoverMs += performance.now() - t0;
    const { queue, ready } = this;
    const received = ready ? queue.receive(end) : 0;
    for (const [el, target] of this.targets) {
      if (performance.now() > end) break;
      this.targets.delete(el);
      if (el.isConnected) queue.add({ target, map: scanner.read(target) }, ready, local);
    }
    if (ready) {
      queue.drain(end, local);
      const caughtUp = this.targets.size + this.discovery.pending + queue.pending === 0;
      const waited = this.painter.waitedMs() > PAINT_WAIT_MS;
      // A slice that took results only marks them: the marks land now, the paints next slice.
      const paint = (caughtUp && !queue.busy && received === 0) || waited;
      if (paint) this.painter.flush(this.view!, end);
    }
    const timing = { ...scanner.timing, ...queue.remote?.timing };
    recordSlice(this.stats, t0, scanner.states.size, timing);
    if (this.ready) this.reporter.poke();
    this.schedule();
  }

  /** A known ad that holds `el`: scanned already, or read and waiting for the engine. */
  private readonly known = (el: Element): AdTarget | undefined =>
    this.o.scanner.states.get(el)?.target ?? this.queue.known(el);

  private forget(el: Element): void {
    this.marker.unmark(el);
    this.view?.remove(el);
  }

  private onShared(values: string[]): void {
    if (!this.running) return;
    for (const el of this.o.scanner.prune()) this.forget(el);
    for (const s of this.o.scanner.setShared(values)) this.painter.add(s);
    this.schedule();
  }
}
