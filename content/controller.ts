/**
 * The content script's engine room.
 *
 *   MutationObserver ──queues──► pending nodes / changed targets
 *                                     │ (≤ 40 ms slices: user-visible priority for the page's
 *                                     │  first pass, background after; never in a hidden tab)
 *   adapters / detector ──► ad targets ──► text (read before the lexicons arrive)
 *                                     ──► Scanner (engine) ──► Marker: data-lykt-level,
 *                                                         │    highlight ranges
 *                                                         └──► AdView (badges, popover)
 *   running totals ──► background (toolbar count) ──► shared contacts ──► rescored ads
 */
import type { TabReport } from '../messaging/protocol';
import { Discovery } from './discovery';
import type { AdTarget } from './find-ads';
import { Marker, newStats } from './marker';
import { Painter } from './painter';
import { postSlice } from './schedule';
import { Scanner, type AdState, type ScanEngine } from './scanner';
import type { TextMap } from './text';

export interface AdView {
  /** Shows, updates or removes the ad's badge for its current result. */
  show(state: AdState): void;
  remove(el: Element): void;
  destroy(): void;
}

export interface ControllerOptions {
  doc: Document;
  host: string;
  scanner: Scanner;
  /** Absent until the settings arrive: ads are found and read meanwhile, nothing is shown. */
  view?: AdView;
  highlights?: boolean;
  /** Sends the running totals; the reply lists contacts shared across the tab's ads. */
  report(totals: TabReport): Promise<{ sharedContacts: string[] } | undefined>;
}

const SLICE_MS = 40;
const FIRST_SLICE_MS = 30;
const REPORT_EVERY_MS = 150;
/** Queued paints go out when the scans are caught up, or when the oldest has waited this long. */
const PAINT_WAIT_MS = 200;

export class Controller {
  private readonly discovery: Discovery;
  private readonly marker: Marker;
  private readonly painter: Painter;
  private readonly targets = new Map<Element, AdTarget>();
  /** Read, waiting for the engine. */
  private readonly toScan = new Map<Element, { target: AdTarget; map: TextMap }>();
  private observer: MutationObserver | null = null;
  private cancel: (() => void) | null = null;
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private lastReport = 0;
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
    if (o.view) this.attach(o.scanner.engine, o.view, o.highlights ?? true);
  }

  /** The engine and the view are there (settings and lexicons arrived): scan and show. */
  attach(engine: ScanEngine | null, view: AdView, highlights: boolean): void {
    this.o.scanner.engine = engine;
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
    // The first slice runs now: called from DOMContentLoaded, it lands before the page's first
    // layout, so the ads it paints (the first screenful) cost no extra style and layout pass.
    if (!this.o.doc.hidden) this.run(FIRST_SLICE_MS, true);
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
    this.toScan.clear();
    this.painter.clear();
    this.discovery.clear();
    void this.o.report(this.o.scanner.report());
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
    this.urgent = true;
    this.fresh = true;
    this.schedule();
  }

  private readonly onVisible = () => this.schedule();

  private get ready(): boolean {
    return this.view !== null && this.o.scanner.engine !== null;
  }

  private schedule(): void {
    if (this.cancel !== null || !this.running || this.o.doc.hidden) return;
    const work =
      +this.fresh +
      this.discovery.pending +
      this.targets.size +
      (this.ready ? this.toScan.size + this.painter.pending : 0);
    if (work === 0) {
      if (this.ready) this.urgent = false;
      return;
    }
    this.cancel = postSlice(
      () => {
        this.cancel = null;
        this.run();
      },
      this.urgent ? 'user-visible' : 'background',
    );
  }

  /**
   * One slice: each ad is read, scanned and given its level, its paint queued (reads of text
   * only, never of layout, so no write forces a layout). `paintNow`: paint as scanned.
   */
  private run(budget = SLICE_MS, paintNow = false): void {
    this.cancel?.();
    this.cancel = null;
    const t0 = performance.now();
    const end = t0 + budget;
    const { scanner } = this.o;
    const ready = this.ready;
    this.stats.marks.slice ??= t0;
    if (this.fresh) this.addTargets(this.discovery.discover());
    this.fresh = false;
    this.addTargets(this.discovery.resolve(end, this.known));
    this.stats.discoverMs += performance.now() - t0;
    for (const [el, target] of this.targets) {
      if (performance.now() > end) break;
      this.targets.delete(el);
      if (!el.isConnected) continue;
      const map = scanner.read(target);
      if (ready) this.scanned(scanner.scan(target, map), paintNow);
      else this.toScan.set(el, { target, map });
    }
    if (ready) this.drain(end, paintNow);
    const t1 = performance.now();
    this.stats.timing = scanner.timing;
    Object.assign(this.stats, {
      busyMs: this.stats.busyMs + (t1 - t0),
      scanned: scanner.states.size,
      slices: this.stats.slices + 1,
      maxSliceMs: Math.max(this.stats.maxSliceMs, t1 - t0),
    });
    if (ready) this.scheduleReport();
    this.schedule();
  }

  /** Ads read before the engine came; then the paint queue, once the scans are caught up. */
  private drain(end: number, paintNow: boolean): void {
    for (const [el, { target, map }] of this.toScan) {
      if (performance.now() > end) return;
      this.toScan.delete(el);
      if (el.isConnected) this.scanned(this.o.scanner.scan(target, map), paintNow);
    }
    const caughtUp = this.targets.size + this.discovery.pending === 0;
    if (caughtUp || this.painter.waitedMs() > PAINT_WAIT_MS) this.painter.flush(this.view!, end);
  }

  private scanned(state: AdState | null, paintNow: boolean): void {
    if (!state) return;
    this.marker.level(state);
    if (paintNow) this.painter.paint(this.view!, state);
    else this.painter.add(state);
  }

  /** A known ad that holds `el`: scanned already, or read and waiting for the engine. */
  private readonly known = (el: Element): AdTarget | undefined =>
    this.o.scanner.states.get(el)?.target ?? this.toScan.get(el)?.target;

  private addTargets(ts: AdTarget[]): void {
    for (const t of ts) this.targets.set(t.el, t);
  }

  private forget(el: Element): void {
    this.marker.unmark(el);
    this.view?.remove(el);
  }

  private scheduleReport(): void {
    if (this.reportTimer !== null) return;
    const wait = Math.max(0, this.lastReport + REPORT_EVERY_MS - performance.now());
    this.reportTimer = setTimeout(() => void this.sendReport(), wait);
  }

  private async sendReport(): Promise<void> {
    this.reportTimer = null;
    this.lastReport = performance.now();
    for (const el of this.o.scanner.prune()) this.forget(el);
    const reply = await this.o.report(this.o.scanner.report()).catch(() => undefined);
    if (!reply || !this.running) return;
    for (const s of this.o.scanner.setShared(reply.sharedContacts)) this.painter.add(s);
    this.schedule();
  }
}
