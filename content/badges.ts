/**
 * Badges: one plain `<span>` host per ad with findings, with a closed shadow root: page CSS
 * cannot reach in and page scripts cannot read or press what is inside (issue 19.3). Ads at the
 * badge level or above get a badge; ads below it a small marker that opens the same popover.
 * Only trusted (user) events wake or operate a badge. The host is drawn beside the ad's title
 * link from Lykt's layer at the end of `<body>` (content/badge-layer.ts: no box goes into the
 * ad, so the page's list is not laid out again), owned by the title's parent for screen readers
 * and met right after the link by Tab (content/badge-tab.ts). Where the layer cannot follow the
 * ad (a scroll container, fixed or sticky) it sits inline, right after the title's link (or at
 * the end of its heading). Its inline `!important` styles beat even `* { all: unset !important }`;
 * the popover goes to the top layer. Clicking a highlighted word opens its ad's popover; Alt+Shift+J / Alt+Shift+K
 * move to the next / previous marked ad (content/badge-keys.ts).
 */
import type { CategoryNotes } from '../cards/category-info';
import type { Card, CardLang } from '../cards/types';
import { COMPONENT_CSS } from '../components/styles';
import { countWords } from '../components/FoundWords';
import type { Level } from '../indicators/types';
import type { InvestigateReply, InvestigationList, SaveReply } from '../messaging/protocol';
import type { DismissedEntry } from '../settings/dismissed';
import type { AdBadgeProps, BadgeHandle } from './AdBadge';
import { BADGE_CSS, important } from './badge-css';
import { isBadgeHost, isTrusted, markBadgeHost } from './badge-host';
import { badgeKeys } from './badge-keys';
import { BadgeLayer, type LayerPlace, type LayerReader } from './badge-layer';
import { badgeTab } from './badge-tab';
import { rankCategories } from './badge-rank';
import { staticBadge } from './badge-static';
import type { AdView } from './ad-view';
import { Lens } from './lens';
import { pageScheme, type Scheme } from './page-scheme';
import type { PopoverModule } from './popover-chunk';
import { levelRank, type AdState } from './scanner';
import { rangeFor } from './text';

const HOST_STYLE = important([
  'all: initial',
  'display: inline-block',
  'position: relative',
  'z-index: 2147483646',
  'margin: 0 0 0 6px',
  'padding: 0',
  'vertical-align: middle',
  'visibility: visible',
  'opacity: 1',
  'pointer-events: auto',
  'width: auto',
  'height: auto',
  'float: none',
]);

// Events stay in Lykt's UI: the ad's own click or key handlers must not fire under the badge.
const STOP = ['click', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress', 'dblclick'];
// The first of these on a badge hydrates it (capture phase: before the event reaches the button).
const WAKE = ['pointerdown', 'mousedown', 'touchstart', 'focusin', 'keydown', 'click'];

export interface BadgeOptions {
  doc: Document;
  lang: CardLang;
  badgeLevel: Exclude<Level, 'none'>;
  loadCards(ids: string[], lang: CardLang): Promise<Card[]>;
  loadNotes?(lang: CardLang): Promise<CategoryNotes>;
  save(state: AdState): Promise<SaveReply>;
  investigate?(state: AdState, name: string): Promise<InvestigateReply>;
  investigations?(): Promise<InvestigationList>;
  /** Dismissals and custom terms: what the badge and the page may see (content/lens.ts). */
  lens?: Lens;
  /** Stores a "not a concern here" entry (extension storage; the session rebuilds on change). */
  dismiss?(entry: DismissedEntry): Promise<void>;
  openLog?(): Promise<void>;
  /** Which events count as the user's; only tests under happy-dom (no trusted events) swap it. */
  trusted?: (e: Event) => boolean;
  /**
   * The popover's code (content/popover-chunk.ts), loaded on a badge's first use: the
   * extension imports its web-accessible module, tests the source.
   */
  loadPopover(): Promise<PopoverModule>;
}

/**
 * After "not a concern here" the session rebuilds every badge: focus then goes to the first of
 * these ads to get its badge back (the ad itself for a fine term, else the next or previous).
 */
let refocus: { els: Element[]; until: number } | null = null;
const REFOCUS_MS = 10_000;
/**
 * A new badge's writes (style, insert, `aria-owns`) at first: about 25 µs at 50,000 ads; then
 * measured on batches of at least WRITE_SAMPLE.
 */
const WRITE_EACH_MS = 0.03;
const WRITE_SAMPLE = 50;

let shared: CSSStyleSheet | null | undefined;
function sheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  try {
    shared = new CSSStyleSheet();
    shared.replaceSync(COMPONENT_CSS + BADGE_CSS);
  } catch {
    shared = null;
  }
  return shared;
}

/** Where the host goes: after the title's link, else at the end of the title, else first in the ad. */
function place(state: AdState, host: Element): void {
  const { el, title } = state.target;
  const link = title?.closest('a');
  if (link && el.contains(link)) link.after(host);
  else if (title && title.localName !== 'a') title.append(host);
  else if (title) title.after(host);
  else el.prepend(host);
}

const titleOf = (state: AdState) =>
  (state.target.title?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);

export class Badges implements AdView {
  private readonly hosts = new Map<Element, HTMLElement>();
  /** Hosts built but not yet in the page (see `commit`), with their ads. */
  private readonly unplaced = new Map<HTMLElement, AdState>();
  /** New static markup for badges already in the page, waiting for the same commit. */
  private readonly updates = new Map<HTMLElement, HTMLElement>();
  /** The latest props per host; hosts in `live` run Preact, the others show static markup. */
  private readonly props = new WeakMap<HTMLElement, AdBadgeProps>();
  private readonly live = new WeakSet<HTMLElement>();
  /** Hosts woken (events stopped) while the popover's code loads; those to open once it is in. */
  private readonly woken = new WeakSet<HTMLElement>();
  private readonly opening = new WeakSet<HTMLElement>();
  private popover: PopoverModule | null = null;
  private loading: Promise<PopoverModule | null> | null = null;
  /** Closed roots: `host.shadowRoot` is null for everyone, so Lykt keeps its own references. */
  private readonly roots = new WeakMap<HTMLElement, ShadowRoot>();
  private readonly handles = new WeakMap<HTMLElement, BadgeHandle>();
  /** The state each badged ad was last shown with (its words, for clicks on them). */
  private readonly states = new Map<Element, AdState>();
  private readonly trusted: (e: Event) => boolean;
  readonly lens: Lens;
  private scheme: Scheme | null = null;
  private readonly unlisten: () => void;
  private readonly layer: BadgeLayer;
  /** What writing one new badge costs (ms), from the last commits: see `commit`. */
  private writeEach = WRITE_EACH_MS;

  constructor(private readonly o: BadgeOptions) {
    this.trusted = o.trusted ?? isTrusted;
    this.lens = o.lens ?? Lens.plain();
    this.layer = new BadgeLayer(o.doc);
    o.doc.addEventListener('click', this.onWordClick, true);
    const keys = badgeKeys(o.doc, () => this.ordered(), this.focus, this.trusted);
    const tab = badgeTab(
      o.doc,
      (el) => this.layer.hostAt(el),
      // Only from the badge's own button: Tab inside its open popover stays the popover's.
      (host) =>
        this.roots.get(host)?.activeElement?.matches('button.lykt-badge')
          ? this.layer.placeOf(host)
          : undefined,
      (host) => this.focusButton(host, false),
      this.trusted,
    );
    this.unlisten = () => {
      o.doc.removeEventListener('click', this.onWordClick, true);
      keys();
      tab();
    };
  }

  private mount(host: HTMLElement): Element {
    return this.roots.get(host)!.lastElementChild!;
  }

  show(state: AdState): void {
    const { el } = state.target;
    const look = this.lens.look(state);
    const { level, indicators, truncated } = look.result;
    if (level === 'none' || indicators.length === 0) {
      this.remove(el);
      return;
    }
    const compact = levelRank(level) < levelRank(this.o.badgeLevel);
    let host = this.hosts.get(el);
    if (!host || (!host.isConnected && !this.unplaced.has(host))) {
      if (host) this.unplaced.delete(host);
      host = this.create();
      this.hosts.set(el, host);
    }
    if (this.unplaced.has(host) || !host.isConnected) this.unplaced.set(host, state);
    this.states.set(el, state);
    const handle = this.handles.get(host)!;
    const props: AdBadgeProps = {
      level,
      findings: indicators,
      title: titleOf(state),
      lang: this.o.lang,
      compact,
      loadCards: this.o.loadCards,
      loadNotes: this.o.loadNotes,
      onSave: () => this.o.save(state),
      onInvestigate: this.o.investigate && ((name) => this.o.investigate!(state, name)),
      loadInvestigations: this.o.investigations,
      onDismiss: () =>
        this.dismiss(el, false, {
          kind: 'ad',
          site: this.o.doc.location.hostname,
          hash: this.lens.hash(state),
          title: titleOf(state),
          at: Date.now(),
        }),
      onFine: (term) =>
        this.dismiss(el, true, {
          kind: 'term',
          site: this.o.doc.location.hostname,
          term,
          at: Date.now(),
        }),
      onOpenLog: () => this.o.openLog?.() ?? Promise.resolve(),
      avoid: () => this.wordRects(el),
      handle,
      truncated,
      trusted: this.trusted,
    };
    this.props.set(host, props);
    const root = this.mount(host);
    if (this.live.has(host)) this.popover!.renderBadge(root, props);
    else {
      const words = countWords(indicators);
      const cats = rankCategories(indicators);
      const next = staticBadge(this.o.doc, level, words, cats, this.o.lang, compact);
      // A badge in the page changes its size with its text: that waits for the commit too.
      if (this.unplaced.has(host)) root.replaceChildren(next);
      else this.updates.set(host, next);
    }
  }

  get waiting(): number {
    return this.unplaced.size + this.updates.size;
  }

  /**
   * Puts up to `max` waiting badges into the page (new ones first, then new text for placed
   * ones): into Lykt's layer beside the title link (a layout of the layer), or inline where the
   * layer cannot follow. Reads stop at `end`, and early enough for their writes to end by
   * `taskEnd` too (the rest waits for the next commit), so one commit's task stays short
   * whatever the batch. Returns how many.
   */
  commit(max = Infinity, end = Infinity, taskEnd = Infinity): number {
    let n = this.put(this.unplaced, max, end, taskEnd);
    for (const [host] of this.updates) {
      if (n >= max || performance.now() > Math.min(end, taskEnd)) break;
      this.update(host);
      n++;
    }
    return n;
  }

  /**
   * New hosts into the page: every place is read first (styles, the links' rects), then all are
   * written (the layer's in one batch, then the inline ones), so no write forces a layout of
   * the next read. Returns how many.
   */
  private put(
    entries: Iterable<[HTMLElement, AdState]>,
    max: number,
    end: number,
    taskEnd: number,
  ): number {
    const placed: [Element, HTMLElement][] = [];
    const layered: LayerPlace[] = [];
    const inline: [HTMLElement, AdState][] = [];
    let reader: LayerReader | null = null;
    let n = 0;
    for (const [host, state] of entries) {
      if (n >= max) break;
      if (n > 0) {
        const now = performance.now();
        if (now > end || now + (n + 1) * this.writeEach > taskEnd) break;
      }
      n++;
      this.unplaced.delete(host);
      const { el, title } = state.target;
      if (!el.isConnected) continue;
      const at = this.layer.placeFor(el, title);
      if (at) {
        reader ??= this.layer.reader();
        layered.push({ host, ad: el, at, r: this.layer.measure(reader, at) });
      } else inline.push([host, state]);
      placed.push([el, host]);
    }
    const w0 = performance.now();
    if (reader) this.layer.add(reader, layered);
    for (const [host, state] of inline) place(state, host);
    if (placed.length >= WRITE_SAMPLE) {
      // A GC pause inside one batch's writes does not grow with the batch: it counts at most twice.
      const each = Math.min((performance.now() - w0) / placed.length, 2 * this.writeEach);
      this.writeEach = 0.7 * this.writeEach + 0.3 * each;
    }
    for (const [el, host] of placed) this.refocus(el, host);
    return n;
  }

  /** A placed badge's new text (its size may change: it waits for a commit too). */
  private update(host: HTMLElement): void {
    const next = this.updates.get(host);
    this.updates.delete(host);
    if (next && !this.live.has(host)) this.mount(host).replaceChildren(next);
  }

  /** Stores a dismissal; the badges come back rebuilt, and focus with them (see `refocus`). */
  private dismiss(el: Element, keep: boolean, entry: DismissedEntry): Promise<void> {
    if (!this.o.dismiss) return Promise.reject(new Error('not available'));
    const ads = new Map([...this.hosts].map(([ad, host]) => [host, ad]));
    const order = this.ordered().map((host) => ads.get(host)!);
    const at = order.indexOf(el);
    const els = [...(keep ? [el] : []), ...order.slice(at + 1, at + 2), ...order.slice(at - 1, at)];
    refocus = { els: at < 0 ? [] : els, until: performance.now() + REFOCUS_MS };
    return this.o.dismiss(entry);
  }

  /** A rebuilt badge takes the focus a dismissal left on nothing (the page's body). */
  private refocus(el: Element, host: HTMLElement): void {
    if (!refocus?.els.includes(el)) return;
    const live = performance.now() < refocus.until;
    refocus = null;
    const active = this.o.doc.activeElement;
    if (live && (!active || active === this.o.doc.body)) this.focusButton(host);
  }

  /** The popover's code, once (a failed load is tried again on the next use). */
  private load(): Promise<PopoverModule | null> {
    this.loading ??= this.o.loadPopover().then(
      (m) => (this.popover = m),
      (err: unknown) => {
        console.warn('[lykt] the popover did not load', err);
        this.loading = null;
        return null;
      },
    );
    return this.loading;
  }

  /**
   * First use of a badge: AdBadge takes over the static markup (same button, same focus). Once
   * the popover's code is in, that happens in the waking event's capture phase, before the event
   * reaches the button; before that, a click waits for the code and then opens the popover.
   */
  private wake(host: HTMLElement, open = false): void {
    if (this.live.has(host) || !this.props.has(host)) return;
    if (!this.woken.has(host)) {
      this.woken.add(host);
      // Added during the waking event's capture phase, so they already stop its bubbling.
      for (const type of STOP) host.addEventListener(type, (e) => e.stopPropagation());
    }
    if (this.popover) return this.hydrate(host, open);
    if (open) this.opening.add(host);
    void this.load().then((m) => {
      if (!m || this.live.has(host) || !host.isConnected) return;
      this.hydrate(host, this.opening.has(host));
    });
  }

  private hydrate(host: HTMLElement, open: boolean): void {
    this.live.add(host);
    this.opening.delete(host);
    const next = this.updates.get(host);
    if (next) this.mount(host).replaceChildren(next);
    this.updates.delete(host);
    this.popover!.wakeBadge(this.mount(host), this.props.get(host)!);
    if (open) this.handles.get(host)?.open?.();
  }

  /** Opens the popover of `el`'s badge (a click on its words, the shortcut). */
  open(el: Element): boolean {
    const host = this.hosts.get(el);
    if (!host) return false;
    const waiting = this.unplaced.get(host);
    if (waiting) this.put([[host, waiting]], 1, Infinity, Infinity);
    this.update(host);
    this.wake(host, true);
    if (this.live.has(host)) this.handles.get(host)?.open?.();
    return true;
  }

  private create(): HTMLElement {
    // A span: the page cannot define it as a custom element, and it may host a shadow root.
    const host = this.o.doc.createElement('span');
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    this.roots.set(host, root);
    this.handles.set(host, {});
    markBadgeHost(host);
    const s = sheet();
    if (s) root.adoptedStyleSheets = [s];
    else
      root.append(
        Object.assign(this.o.doc.createElement('style'), {
          textContent: COMPONENT_CSS + BADGE_CSS,
        }),
      );
    const inner = this.o.doc.createElement('span');
    inner.className = 'lykt-root';
    inner.setAttribute('data-scheme', (this.scheme ??= pageScheme(this.o.doc)));
    root.append(inner);
    // A page's synthetic event on the host neither wakes the badge nor reaches anything inside.
    const wake = (e: Event) => {
      // A click before the popover's code is in opens the popover once it is.
      if (this.trusted(e)) this.wake(host, e.type === 'click' && !this.popover);
      else e.stopImmediatePropagation();
    };
    for (const type of WAKE) host.addEventListener(type, wake, { capture: true, passive: true });
    return host;
  }

  /** The highlighted words of a badged ad, as the viewport shows them. */
  private wordRects(el: Element): DOMRect[] {
    const state = this.states.get(el);
    if (!state) return [];
    const out: DOMRect[] = [];
    const range = this.o.doc.createRange();
    for (const f of this.lens.look(state).result.indicators) {
      const r = rangeFor(state.map, f.start, f.end);
      if (!r) continue;
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(...range.getClientRects());
      } catch {
        // The page changed the text since the scan: that word has no place now.
      }
    }
    return out;
  }

  /** A click on a highlighted word opens its ad's popover (and does not follow a link). */
  private readonly onWordClick = (e: MouseEvent) => {
    // Clicks inside Lykt's own UI (retargeted to a badge host) are the badge's business.
    if (!this.trusted(e) || this.states.size === 0 || isBadgeHost(e.target as Node)) return;
    let ad: Element | null = e.target instanceof Element ? e.target : null;
    while (ad && !this.states.has(ad)) ad = ad.parentElement;
    if (!ad || !this.hosts.has(ad)) return;
    const hit = this.wordRects(ad).some(
      (r) =>
        e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom,
    );
    if (!hit) return;
    e.preventDefault();
    e.stopPropagation();
    this.open(ad);
  };

  /** Badge hosts in their ads' document order (the shortcut's path). */
  private ordered(): HTMLElement[] {
    const ads = [...this.hosts].filter(([, host]) => host.isConnected);
    ads.sort(([a], [b]) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    return ads.map(([, host]) => host);
  }

  /** Brings a badge into view and focuses its button (which wakes it). */
  private readonly focus = (host: HTMLElement): void => {
    host.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.focusButton(host);
  };

  private focusButton(host: HTMLElement, preventScroll = true): void {
    this.roots.get(host)?.querySelector<HTMLElement>('button.lykt-badge')?.focus({ preventScroll });
  }

  remove(el: Element): void {
    const host = this.hosts.get(el);
    this.states.delete(el);
    if (!host) return;
    this.unplaced.delete(host);
    this.updates.delete(host);
    if (this.live.has(host)) this.popover?.renderBadge(this.mount(host), null);
    if (this.layer.has(host)) this.layer.remove(host);
    else host.remove();
    this.hosts.delete(el);
  }

  /**
   * The page changed its nodes: the badge of an ad it took out goes too (an inline one went with
   * its ad), and the others are placed again where their links are now.
   */
  sweep(): void {
    for (const [el, host] of [...this.hosts])
      if (!el.isConnected && this.layer.has(host)) this.remove(el);
    this.layer.reflow();
  }

  /** The closed root of an ad's badge (tests, diagnostics; pages never reach this object). */
  rootOf(el: Element): ShadowRoot | undefined {
    const host = this.hosts.get(el);
    return host && this.roots.get(host);
  }

  /** Number of badges on the page (tests, diagnostics). */
  get size(): number {
    return this.hosts.size;
  }

  destroy(): void {
    this.unlisten();
    for (const el of [...this.hosts.keys()]) this.remove(el);
    this.layer.destroy();
  }
}
