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

export class Controller {
  private readonly discovery: Discovery;
  private readonly marker: Marker;
  private readonly targets = new Map<Element, AdTarget>();
  /** Read, waiting for the engine. */
  private readonly toScan = new Map<Element, { target: AdTarget; map: TextMap }>();
  /** Rescored (shared contacts): to mark and badge again. */
  private readonly toShow = new Set<AdState>();
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
    // layout, so the ads it marks (the first screenful) cost no extra style and layout pass.
    if (!this.o.doc.hidden) this.run(FIRST_SLICE_MS);
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
    this.toShow.clear();
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
      (this.ready ? this.toScan.size + this.toShow.size : 0);
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
   * One slice: each ad is read, scanned, marked and badged in turn (reads of text only, never
   * of layout, so the writes force no layout in between; the page renders once after the slice).
   */
  private run(budget = SLICE_MS): void {
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
      if (ready) this.show(scanner.scan(target, map));
      else this.toScan.set(el, { target, map });
    }
    if (ready) this.drain(end);
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

  /** Ads read before the engine came, then ads rescored for shared contacts. */
  private drain(end: number): void {
    for (const [el, { target, map }] of this.toScan) {
      if (performance.now() > end) return;
      this.toScan.delete(el);
      if (el.isConnected) this.show(this.o.scanner.scan(target, map));
    }
    for (const state of this.toShow) {
      if (performance.now() > end) return;
      this.toShow.delete(state);
      this.show(state);
    }
  }

  /** Marks the ad (attribute, highlights), then shows its badge: the only layout change. */
  private show(state: AdState | null): void {
    if (!state || !state.target.el.isConnected) return;
    const r0 = performance.now();
    this.marker.mark(state);
    const r1 = performance.now();
    this.view!.show(state);
    const r2 = performance.now();
    this.stats.renderMs += r1 - r0;
    this.stats.badgeMs += r2 - r1;
    this.stats.lastMarkAt = r2;
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
    for (const s of this.o.scanner.setShared(reply.sharedContacts)) this.toShow.add(s);
    this.schedule();
  }
}
