/**
 * The content script's engine room: find → read → scan → paint.
 *
 *   MutationObserver ──queues──► pending nodes / changed targets
 *                                     │ (≤ 30 ms slices, 40 ms for the first; user-visible
 *                                     │  priority for the page's first pass, background after;
 *                                     │  never in a hidden tab)
 *   find: adapters / detector ──► ad targets (a fresh page's search pauses every few ms)
 *   read: text (also before the settings arrive) ──► ScanQueue ──► scan port (async, batched)
 *   paint: results ──► data-lykt-level ──► Painter (batched): highlights, AdView badges (built
 *          detached) ──► commit: a batch of waiting badges into the page, sized by the frame
 *          the last batch caused; the next batch when that frame has been measured. Between a
 *          commit's frame and its reads, levels wait and go in after the reads (issue 19.14: a
 *          level written there made the first read lay out the whole page, 121 ms at 50,000 ads)
 *   running totals ──► background (toolbar count) ──► shared contacts ──► rescored ads
 *
 * One ad that throws (a hostile page) is logged and skipped; the slices go on.
 */
import type { AdView } from './ad-view';
import { isBadgeHost } from './badge-host';
import { Discovery } from './discovery';
import type { AdTarget } from './find-ads';
import { Marker } from './marker';
import { Painter } from './painter';
import { Reporter, type Report } from './reporter';
import { RescanLimit } from './rescans';
import type { ScanPort } from './scan-port';
import { ScanQueue } from './scan-queue';
import { Scanner, type AdState } from './scanner';
import { postSlice } from './schedule';
import { newStats, recordSlice, TICKS_KEPT } from './stats';

export interface ControllerOptions {
  doc: Document;
  host: string;
  /** Ads' text in, results out: the background's engine, with the page's behind it. */
  port: ScanPort;
  /** Absent until the settings arrive: ads are found and read meanwhile, nothing is shown. */
  view?: AdView;
  highlights?: boolean;
  /** Sends the running totals; the reply lists contacts shared across the tab's ads. */
  report: Report;
  /** Rescans of one ad whose text keeps changing: at most `max` per `windowMs`. */
  rescans?: { max: number; windowMs: number };
  /** Pages with this many ads or more write levels and highlights in ticks (WRITES_IN_TICKS_FROM). */
  writesInTicksFrom?: number;
}

/** Slices leave room under 50 ms for a GC pause; the first (at DOMContentLoaded) reads more. */
const SLICE_MS = 30;
const FIRST_SLICE_MS = 40;
/**
 * On a page in write ticks (WRITES_IN_TICKS_FROM), slices are shorter: there a young-generation
 * collection inside a slice takes 10–40 ms (the page's DOM wrappers and Lykt's per-ad state
 * survive it), and 30 ms of work plus one went over 50 ms (seventh round).
 */
const BIG_SLICE_MS = 20;
/** Queued paints go out when the scans are caught up, or when the oldest has waited this long. */
const PAINT_WAIT_MS = 200;
/**
 * Lykt's writes into the page (levels, highlight registry changes, badges) go out together in
 * write ticks ("commits"), one task right after a frame: with any highlight range registered,
 * Chromium repaints the whole page in every frame after a DOM change (issue 19.14: 80–380 ms of
 * Paint per frame at 50,000 ads), so writing levels in every slice made every frame of a big
 * page's marking a full repaint. Now only tick frames are, and the page keeps the time between.
 *
 * Badge commits are sized by the frames they cause (measured rAF to rAF: the layout comes after
 * Lykt's slice, where its own timer cannot see it). Badges go into Lykt's own layer, so a
 * commit's frame no longer lays out the page's list, but it keeps a part that does not grow with
 * the batch (a whole-page pass: ~0.1 s at 10,000 ads, more at 50,000). So the frame is fitted as
 * fixed + each × n from the last two commits, and the next batch may add as much as the larger
 * of COMMIT_FRAME_MS and that fixed part (at most twice or half the last batch, between
 * MIN_COMMIT and MAX_COMMIT). The next commit waits as long as the last one's frame took: the
 * page keeps at least half of the time.
 */
const COMMIT_FRAME_MS = 50;
/** How often badges are swept and placed again after the page changed its nodes, at most. */
const SWEEP_MS = 250;
const FIRST_COMMIT = 400;
/**
 * A commit reads its badges' places for this long at most, then writes them (about as long
 * again): at 10,000 ads a commit of 4,000 badges was one task of 0.3–0.9 s. The rest waits for
 * the next commit; the sizing sees how many went in.
 */
const COMMIT_READ_MS = 20;
/**
 * A commit's whole task aims at this: its reads stop early enough for their writes (style,
 * insert, `aria-owns`: about 25 µs a badge at 50,000 ads, measured per commit) to fit too.
 * Levels then go in until the same end (at least LEVELS_MIN: every tick makes progress).
 */
const COMMIT_TASK_MS = 30;
const LEVELS_MIN = 200;
/**
 * From this many ads on a page, levels and highlight changes wait for the write ticks. Below it,
 * they go in at once (levels outside a tick's frame-to-reads window): the repaint such a write
 * causes grows with the page (about 1–5 ms at 1,000 ads, 55 ms at 50,000), and at 1,000 ads
 * waiting for a tick made every ad's level land 25% later (page-ab, 191 → 240 ms).
 */
const WRITES_IN_TICKS_FROM = 2000;

/** A slice's budget on a page with `ads` ads (see BIG_SLICE_MS). */
export const sliceMs = (ads: number, ticksFrom = WRITES_IN_TICKS_FROM): number =>
  ads < ticksFrom ? SLICE_MS : BIG_SLICE_MS;

const MIN_COMMIT = 50;
const MAX_COMMIT = 4000;

/** The next batch from the last two commits' sizes and frames (see COMMIT_FRAME_MS). */
export function nextCommitSize(
  prev: { n: number; ms: number } | null,
  last: { n: number; ms: number },
  size: number,
): number {
  let target = size * 2;
  if (prev && prev.n !== last.n) {
    const each = (last.ms - prev.ms) / (last.n - prev.n);
    const fixed = Math.max(0, last.ms - Math.max(0, each) * last.n);
    if (each > 0) target = Math.max(COMMIT_FRAME_MS, fixed) / each;
  } else if (last.ms > 2 * Math.max(COMMIT_FRAME_MS, prev?.ms ?? 0)) target = size / 2;
  const bounded = Math.min(size * 2, Math.max(size / 2, target));
  return Math.round(Math.min(MAX_COMMIT, Math.max(MIN_COMMIT, bounded)));
}

export class Controller {
  readonly scanner = new Scanner();
  readonly stats = newStats();
  private readonly discovery: Discovery;
  private readonly marker: Marker;
  private readonly painter: Painter;
  private readonly reporter: Reporter;
  private readonly queue: ScanQueue;
  private readonly limit: RescanLimit;
  private readonly targets = new Map<Element, AdTarget>();
  /** Ads changed too often: read again when their rescan window ends. */
  private readonly deferred = new Map<Element, AdTarget>();
  private deferTimer: ReturnType<typeof setTimeout> | null = null;
  /** Same-origin frames inside ads, watched for loads. */
  private readonly frames = new WeakSet<HTMLIFrameElement>();
  private observer: MutationObserver | null = null;
  private cancel: (() => void) | null = null;
  private running = false;
  /** The page's first pass runs at user-visible priority; later work at background. */
  private urgent = true;
  /** Find the ads in the next slice. */
  private fresh = false;
  private view: AdView | null = null;
  /**
   * Styles are computed (the page's first frame is out): reads may ask what is drawn. Before
   * it, one style read would make the slice compute the whole page's style (150 ms on a
   * 100,000-node page), so the first pass reads the markup, and each of its ads is read again,
   * rendered, after the first frame; only an ad whose rendered text differs is scanned again.
   */
  private styled = false;
  private frame = 0;
  /** A commit's frame is being measured; how many badges the next commit may add. */
  private committing = false;
  /** After the page's own node changes, badges are swept and placed again, once per SWEEP_MS. */
  private sweepTimer: ReturnType<typeof setTimeout> | null = null;
  private commitSize = FIRST_COMMIT;
  private lastCommit: { n: number; ms: number } | null = null;
  /** Ads read from the markup alone, before the first frame. */
  private readonly raw = new Set<AdTarget>();
  /**
   * Levels of scanned ads wait here for the next write tick, after its reads (a level written
   * between a frame and the reads made the first read lay out the whole page: 121 ms at 50,000
   * ads), and in the same frame as the tick's other writes (see above).
   */
  private readonly levels = new Map<Element, AdState>();
  /** A tick's frame is out and its reads are still to come: no level may go in now. */
  private reading = false;
  /**
   * A tick wrote and its frame has not rendered yet: slices wait for it. A slice's read of what
   * is drawn (checkVisibility, styles) would otherwise style and lay out the tick's new badges
   * inside Lykt's task (issue 19.14, seventh round: a 49 ms forced layout in a traced slice).
   */
  private painting = false;
  /** The most ads this page has had at once (found and scanned). */
  private pageAds = 0;

  constructor(private readonly o: ControllerOptions) {
    this.marker = new Marker(o.doc);
    this.marker.highlighter.onDirty = () =>
      this.small() ? this.marker.highlighter.apply() : this.commit();
    this.painter = new Painter(this.marker, this.stats);
    this.discovery = new Discovery(o.doc, o.host);
    this.queue = new ScanQueue(o.port, () => this.schedule());
    this.limit = new RescanLimit(o.rescans?.max, o.rescans?.windowMs);
    this.reporter = new Reporter(
      o.report,
      () => this.scanner.report(),
      (shared) => this.onShared(shared),
    );
    if (o.view) this.attach(o.view, o.highlights ?? true);
  }

  /** The view is there (the settings arrived): the ads read so far go to the engine. */
  attach(view: AdView, highlights: boolean): void {
    this.view = view;
    if (view.lens) this.marker.use(view.lens);
    this.stats.marks.attached = performance.now();
    this.marker.highlighter.setEnabled(highlights);
    this.queue.open = true;
    this.queue.send();
    this.schedule();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.observer = new MutationObserver((records) => {
      this.discovery.queue(records);
      if (
        this.sweepTimer === null &&
        records.some((r) => r.type === 'childList' && !isBadgeHost(r.target))
      )
        this.sweepTimer = setTimeout(() => {
          this.sweepTimer = null;
          if (this.running) this.view?.sweep?.();
        }, SWEEP_MS);
      this.schedule();
    });
    this.observer.observe(this.o.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      // "Read more" often only drops a `hidden` attribute, or changes a class or a style: only
      // what a reader sees is read (content/rendered.ts), so these re-read the ad.
      attributeFilter: ['hidden', 'class', 'style', 'aria-hidden'],
    });
    this.o.doc.addEventListener('visibilitychange', this.onVisible);
    this.urgent = true;
    this.fresh = true;
    this.frame = requestAnimationFrame(() => this.firstFrame());
    // The first slice runs now, from DOMContentLoaded, before the page's first layout: it reads
    // the ads and sends them to the background, which scans them while the page lays out.
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
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.deferTimer !== null) clearTimeout(this.deferTimer);
    this.deferTimer = null;
    this.committing = false;
    this.reading = false;
    this.painting = false;
    if (this.sweepTimer !== null) clearTimeout(this.sweepTimer);
    this.sweepTimer = null;
    for (const el of this.scanner.states.keys()) this.forget(el);
    this.scanner.states.clear();
    this.targets.clear();
    this.raw.clear();
    this.deferred.clear();
    this.queue.clear();
    this.painter.clear();
    this.levels.clear();
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
    for (const el of this.scanner.prune()) this.forget(el);
    this.discovery.restart();
    this.urgent = true;
    this.fresh = true;
    this.schedule();
  }

  private readonly onVisible = () => this.schedule();

  /** After the first frame: the ads read from the markup are read again, as drawn. */
  private firstFrame(): void {
    this.frame = 0;
    if (this.styled || !this.running) return;
    this.styled = true;
    for (const t of this.raw) this.targets.set(t.el, t);
    this.raw.clear();
    this.schedule();
  }

  private schedule(): void {
    if (this.cancel !== null || this.painting || !this.running || this.o.doc.hidden) return;
    const ready = this.view !== null;
    const work =
      +this.fresh +
      this.discovery.pending +
      this.targets.size +
      (ready ? this.queue.pending + this.painter.pending : 0);
    if (work === 0) {
      if (ready && !this.queue.busy) this.urgent = false;
      return;
    }
    const priority = this.urgent ? 'user-visible' : 'background';
    this.cancel = postSlice(() => ((this.cancel = null), this.run()), priority);
  }

  /** One slice. Reads of text only, never of layout, so no write forces a layout. */
  private run(budget = sliceMs(this.pageAds, this.o.writesInTicksFrom)): void {
    this.cancel?.();
    this.cancel = null;
    const t0 = performance.now();
    const end = t0 + budget;
    this.stats.marks.slice ??= t0;
    // Where the slice's time went (the longest slice's parts go to the stats).
    const parts = [t0];
    try {
      this.find(t0, end);
      parts.push(performance.now());
      const took = this.view ? this.takeResults(end) : 0;
      parts.push(performance.now());
      this.readAds(end);
      parts.push(performance.now());
      if (this.view) this.paint(end, took);
    } catch (err) {
      console.error('[lykt] a slice failed', err);
    }
    recordSlice(
      this.stats,
      t0,
      this.scanner.states.size,
      { ...this.scanner.timing, ...this.o.port.timing },
      { parts: ['find', 'results', 'read', 'paint'], at: parts },
    );
    if (this.view) this.reporter.poke();
    this.schedule();
  }

  /** Find: every ad on a fresh page (a huge page's search spans slices), then the changes. */
  private find(t0: number, end: number): void {
    if (this.fresh) {
      const found = this.discovery.discoverUntil(end);
      if (found) this.fresh = false;
      for (const t of found ?? []) this.targets.set(t.el, t);
    }
    // Added nodes wait until the search is done: it chooses the adapters they are matched by.
    if (!this.fresh)
      for (const t of this.discovery.resolve(end, this.known)) this.targets.set(t.el, t);
    this.pageAds = Math.max(this.pageAds, this.targets.size + this.scanner.states.size);
    this.stats.discoverMs += performance.now() - t0;
  }

  /** Scan (answers): each result gives its ad a level now and a paint later. */
  private takeResults(end: number): number {
    let took = 0;
    while (this.queue.pending > 0 && performance.now() <= end) {
      const { read, result } = this.queue.take()!;
      took++;
      if (!read.target.el.isConnected) continue;
      this.guard(() => this.scanned(this.scanner.accept(read.target, read.map, result)));
    }
    return took;
  }

  /** Read: each changed ad's text goes to the scan queue (sent once the settings are in). */
  private readAds(end: number): void {
    for (const [el, target] of this.targets) {
      if (performance.now() > end) break;
      this.targets.delete(el);
      if (!el.isConnected || this.deferred.has(el)) continue;
      this.guard(() => {
        const map = this.scanner.read(target, this.styled);
        if (!this.styled) this.raw.add(target);
        if (map.frames) this.watchFrames(target, map.frames);
        if (this.scanner.unchanged(target, map) || this.queue.sending(el, map.text)) return;
        if (this.mustWait(target)) return;
        this.queue.add({ target, map });
      });
    }
    this.queue.send();
  }

  /** Paint: batched, when the scans are caught up or the oldest paint waited too long. */
  private paint(end: number, took: number): void {
    const caughtUp = this.targets.size + this.discovery.pending + this.queue.pending === 0;
    const waited = this.painter.waitedMs() > PAINT_WAIT_MS;
    // A slice that took results only marks them: the marks land now, the paints next slice.
    if ((caughtUp && !this.queue.busy && took === 0) || waited) this.painter.flush(this.view!, end);
    this.commit();
  }

  /**
   * Lykt's waiting writes go into the page from a task right after a frame: badges (a batch
   * sized to the frame budget: their places are read then, when the page's layout is clean, so
   * the read forces no layout of pending changes inside Lykt's task), then levels, then the
   * highlight registry's changes. The next tick waits as long as this one's frame took.
   */
  private commit(): void {
    const view = this.view;
    const waiting = (view?.waiting ?? 0) + this.levels.size + +this.marker.highlighter.pending;
    if (!view || !waiting || !this.running || this.committing) return;
    this.committing = true;
    requestAnimationFrame(() => {
      this.reading = true;
      postSlice(() => {
        if (this.running && this.view === view) return this.commitNow(view);
        this.committing = false;
        this.reading = false;
      }, 'user-visible');
    });
  }

  private commitNow(view: AdView): void {
    const t0 = performance.now();
    const n = view.commit?.(this.commitSize, t0 + COMMIT_READ_MS, t0 + COMMIT_TASK_MS) ?? 0;
    const t1 = performance.now();
    this.reading = false;
    const levels = this.writeLevels(t0 + COMMIT_TASK_MS);
    const t2 = performance.now();
    this.marker.highlighter.apply();
    const t3 = performance.now();
    // A slice already posted would run before the frame: it waits for the frame too.
    this.cancel?.();
    this.cancel = null;
    this.painting = true;
    this.stats.commits++;
    const tick = { at: t0, ms: t3 - t0, n, levels, frame: 0 };
    if (this.stats.ticks.length < TICKS_KEPT) this.stats.ticks.push(tick);
    if (t3 - t0 > this.stats.maxCommitSliceMs) {
      this.stats.maxCommitSliceMs = t3 - t0;
      this.stats.maxCommitParts = { badges: t1 - t0, levels: t2 - t1, highlights: t3 - t2, n };
    }
    // The frame after the commit lays the page out, between its rAF and the next frame's. A
    // stopped controller asks for no more frames (its page may be gone by then).
    requestAnimationFrame((t1) => {
      if (!this.running) return;
      // Slices posted now run after this frame's rendering.
      this.painting = false;
      this.schedule();
      requestAnimationFrame((t2) => {
        if (!this.running) return;
        const ms = t2 - t1;
        tick.frame = ms;
        this.stats.maxCommitFrameMs = Math.max(this.stats.maxCommitFrameMs, ms);
        // Only a tick with badges tells what a badge costs.
        if (n > 0) {
          this.commitSize = nextCommitSize(this.lastCommit, { n, ms }, this.commitSize);
          this.lastCommit = { n, ms };
        }
        // The page keeps at least as much time as the last commit's frame took.
        setTimeout(() => ((this.committing = false), this.commit()), ms);
      });
    });
  }

  /** Levels that waited for the tick, until `end` (at least LEVELS_MIN of them); how many. */
  private writeLevels(end: number): number {
    let n = 0;
    for (const [el, state] of this.levels) {
      if (n >= LEVELS_MIN && performance.now() > end) break;
      n++;
      this.levels.delete(el);
      if (el.isConnected && this.running) this.guard(() => this.marker.level(state));
    }
    return n;
  }

  private scanned(state: AdState): void {
    if (this.small() && !this.reading) this.marker.level(state);
    else this.levels.set(state.target.el, state);
    this.painter.add(state);
  }

  /** A page small enough that its writes go in at once (see WRITES_IN_TICKS_FROM). */
  private small(): boolean {
    return this.pageAds < (this.o.writesInTicksFrom ?? WRITES_IN_TICKS_FROM);
  }

  /** A rescan over the ad's limit waits for its window to end. */
  private mustWait(target: AdTarget): boolean {
    const { el } = target;
    if (!this.scanner.states.has(el) && !this.queue.known(el)) return false;
    const ms = this.limit.wait(el);
    if (ms === 0) return false;
    this.deferred.set(el, target);
    this.deferTimer ??= setTimeout(() => {
      this.deferTimer = null;
      for (const [d, t] of this.deferred) this.targets.set(d, t);
      this.deferred.clear();
      this.schedule();
    }, ms);
    return true;
  }

  /**
   * A same-origin frame in an ad is read with it; its document loads later and lies outside
   * the page's observer, so a load or a change in its body reads the ad again.
   */
  private watchFrames(target: AdTarget, frames: HTMLIFrameElement[]): void {
    const again = () => {
      if (!this.running || !target.el.isConnected) return;
      this.targets.set(target.el, target);
      this.schedule();
    };
    const observe = (frame: HTMLIFrameElement) => {
      const body = frame.contentDocument?.body;
      if (body)
        new MutationObserver(again).observe(body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributeFilter: ['hidden', 'class', 'style', 'aria-hidden'],
        });
    };
    for (const frame of frames) {
      if (this.frames.has(frame)) continue;
      this.frames.add(frame);
      if (frame.contentDocument?.readyState === 'complete') observe(frame);
      frame.addEventListener('load', () => (observe(frame), again()));
    }
  }

  /** One ad's failure is logged and skipped; the others go on. */
  private guard(step: () => void): void {
    try {
      step();
    } catch (err) {
      console.warn('[lykt] skipped an ad', err);
    }
  }

  /** A known ad that holds `el`: scanned, read and waiting for the engine, or deferred. */
  private readonly known = (el: Element): AdTarget | undefined =>
    this.scanner.states.get(el)?.target ?? this.queue.known(el) ?? this.deferred.get(el);

  private forget(el: Element): void {
    this.levels.delete(el);
    this.marker.unmark(el);
    this.view?.remove(el);
  }

  private onShared(values: string[]): void {
    if (!this.running) return;
    for (const el of this.scanner.prune()) this.forget(el);
    for (const s of this.scanner.setShared(values)) this.scanned(s);
    this.schedule();
  }
}
