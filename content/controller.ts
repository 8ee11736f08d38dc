/**
 * The content script's engine room.
 *
 *   MutationObserver ──queues──► pending nodes / changed targets
 *                                     │ (background priority, ≤ 12 ms slices, never in a hidden tab)
 *   adapters / detector ──► ad targets ──► Scanner (engine) ──► data-lykt-level
 *                                                         ├──► Highlighter (CSS highlights)
 *                                                         └──► AdView (badges, popover)
 *   running totals ──► background (toolbar count) ──► shared contacts ──► rescored ads
 */
import type { Level } from '../indicators/types';
import type { TabReport } from '../messaging/protocol';
import { Discovery } from './discovery';
import type { AdTarget } from './find-ads';
import { Highlighter } from './highlight';
import { lowPriority } from './schedule';
import { Scanner, type AdState } from './scanner';
import { rangeFor } from './text';

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
  view: AdView;
  highlights: boolean;
  /** Sends the running totals; the reply lists contacts shared across the tab's ads. */
  report(totals: TabReport): Promise<{ sharedContacts: string[] } | undefined>;
}

const SLICE_MS = 40;
const REPORT_EVERY_MS = 150;
const ATTR = 'data-lykt-level';

export class Controller {
  private readonly discovery: Discovery;
  private readonly targets = new Map<Element, AdTarget>();
  private readonly toRender = new Set<AdState>();
  private readonly toBadge = new Set<AdState>();
  private readonly highlighter: Highlighter;
  private observer: MutationObserver | null = null;
  private cancel: (() => void) | null = null;
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private lastReport = 0;
  private running = false;
  /** Where the time goes (read by the page-scan benchmark through the isolated world). */
  readonly stats = {
    busyMs: 0,
    renderMs: 0,
    scanned: 0,
    slices: 0,
    maxSliceMs: 0,
    lastMarkAt: 0,
    timing: {},
    /** Startup milestones (performance.now()): set by the entry point and start.ts. */
    marks: {} as Record<string, number>,
  };

  constructor(private readonly o: ControllerOptions) {
    this.highlighter = new Highlighter(o.doc);
    this.highlighter.setEnabled(o.highlights);
    this.discovery = new Discovery(o.doc, o.host);
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
    this.discover();
  }

  /** Pause: undo everything Lykt shows on the page and tell the background the tab is empty. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.observer?.disconnect();
    this.o.doc.removeEventListener('visibilitychange', this.onVisible);
    this.cancel?.();
    this.cancel = null;
    for (const el of this.o.scanner.states.keys()) this.forget(el);
    this.o.scanner.states.clear();
    this.targets.clear();
    this.toRender.clear();
    this.toBadge.clear();
    this.discovery.clear();
    void this.o.report(this.o.scanner.report());
  }

  destroy(): void {
    this.stop();
    this.highlighter.destroy();
    this.o.view.destroy();
  }

  setHighlights(on: boolean): void {
    this.highlighter.setEnabled(on);
  }

  /** After single-page navigation: the layout may be another one; re-find everything. */
  navigated(): void {
    if (!this.running) return;
    for (const el of this.o.scanner.prune()) this.forget(el);
    this.discover();
  }

  private discover(): void {
    this.addTargets(this.discovery.discover());
    this.schedule();
  }

  private readonly onVisible = () => this.schedule();

  private schedule(): void {
    if (this.cancel !== null || !this.running || this.o.doc.hidden) return;
    const idle =
      this.discovery.pending + this.targets.size + this.toRender.size + this.toBadge.size === 0;
    if (idle) return;
    this.cancel = lowPriority(() => this.run());
  }

  /**
   * One slice. Scanning (pure JS) goes first and DOM writes after, so a burst of ads (page
   * load, a long infinite-scroll page) costs the page few re-renders, not one per slice.
   */
  private run(): void {
    this.cancel = null;
    const t0 = performance.now();
    const end = t0 + SLICE_MS;
    this.addTargets(this.discovery.resolve(end, this.o.scanner.states));
    let n = 0;
    for (const [el, target] of this.targets) {
      if ((n++ & 7) === 0 && performance.now() > end) break;
      this.targets.delete(el);
      if (!el.isConnected) continue;
      const state = this.o.scanner.scan(target);
      if (state) this.toRender.add(state);
    }
    const r0 = performance.now();
    n = 0;
    for (const state of this.toRender) {
      if ((n++ & 7) === 0 && performance.now() > end) break;
      this.toRender.delete(state);
      this.render(state);
    }
    // Badges last: they are the only writes that change layout.
    let m = 0;
    for (const state of this.toBadge) {
      if ((m++ & 7) === 0 && performance.now() > end) break;
      this.toBadge.delete(state);
      if (state.target.el.isConnected) this.o.view.show(state);
    }
    const t1 = performance.now();
    this.stats.renderMs += t1 - r0;
    this.stats.timing = this.o.scanner.timing;
    Object.assign(this.stats, {
      busyMs: this.stats.busyMs + (t1 - t0),
      scanned: this.o.scanner.states.size,
      slices: this.stats.slices + 1,
      maxSliceMs: Math.max(this.stats.maxSliceMs, t1 - t0),
      lastMarkAt: n > 0 ? t1 : this.stats.lastMarkAt,
    });
    this.scheduleReport();
    this.schedule();
  }

  private addTargets(ts: AdTarget[]): void {
    for (const t of ts) this.targets.set(t.el, t);
  }

  private render(state: AdState): void {
    const { el } = state.target;
    const level: Level = state.result.level;
    if (el.getAttribute(ATTR) !== level) el.setAttribute(ATTR, level);
    const ranges = state.result.indicators
      .map((f) => rangeFor(state.map, f.start, f.end))
      .filter((r) => r !== null);
    this.highlighter.set(el, level, ranges);
    this.toBadge.add(state);
  }

  private forget(el: Element): void {
    el.removeAttribute(ATTR);
    this.highlighter.clear(el);
    this.o.view.remove(el);
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
    for (const s of this.o.scanner.setShared(reply.sharedContacts)) this.toRender.add(s);
    this.schedule();
  }
}
