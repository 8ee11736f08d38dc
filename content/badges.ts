/**
 * Badges: one plain `<span>` host per ad at the badge level or above, with a closed shadow root:
 * page CSS cannot reach in and page scripts cannot read or press what is inside (issue 19.3).
 * Only trusted (user) events wake or operate a badge. The host sits right after the ad's title
 * link (or at the end of its heading), inline, so the page's layout moves by one small pill at
 * most. Its inline `!important` styles beat even `* { all: unset !important }`; the popover goes
 * to the top layer.
 */
import { h, hydrate, render } from 'preact';
import type { Card, CardLang } from '../cards/types';
import { LYKT_CSS } from '../components/styles';
import type { Level } from '../indicators/types';
import type { SaveReply } from '../messaging/protocol';
import { AdBadge, rankCategories, type AdBadgeProps } from './AdBadge';
import { isTrusted, markBadgeHost } from './badge-host';
import { staticBadge } from './badge-static';
import type { AdView } from './ad-view';
import { levelRank, type AdState } from './scanner';

const HOST_STYLE = [
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
]
  .map((d) => `${d} !important`)
  .join('; ');

// The popover is in the top layer: undo the UA's popover centring so CardPopover's top/left rule.
const EXTRA_CSS = `
/* The host's inline "all: initial" outranks :host rules: set type on the inner root instead. */
.lykt-root, .lykt-popover { font-family: var(--lykt-font); font-size: 15px; line-height: 1.45; color: var(--lykt-fg); text-align: start; }
.lykt-badge-wrap { display: inline-block; }
.lykt-popover { inset: auto; margin: 0; height: auto; max-height: min(62vh, 560px); }
.lykt-reminder { font-size: 13px; color: var(--lykt-muted); margin-right: 32px; }
.lykt-truncated { font-size: 13px; color: var(--lykt-muted); }
.lykt-save-row { border-top: 1px solid var(--lykt-border); padding-top: 0.6em; margin: 0.6em 0 0; }
.lykt-save { all: unset; cursor: pointer; font: 600 14px/1.2 var(--lykt-font); color: #fff; background: var(--lykt-accent);
  border-radius: var(--lykt-radius); padding: 0.5em 0.9em; }
.lykt-save:focus-visible { outline: 2px solid var(--lykt-focus); outline-offset: 2px; }
.lykt-save[disabled] { opacity: 0.6; cursor: default; }
.lykt-save-status { font-size: 13px; }
.lykt-cards { margin-top: 0.6em; }
.lykt-cards > .lykt-card { border-top: 1px solid var(--lykt-border); padding-top: 0.5em; margin-bottom: 0.5em; }
.lykt-cards summary { cursor: pointer; font-weight: 700; font-size: 16px; }
.lykt-cards h4 { font-size: 14px; }`;

// Events stay in Lykt's UI: the ad's own click or key handlers must not fire under the badge.
const STOP = ['click', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress', 'dblclick'];
// The first of these on a badge hydrates it (capture phase: before the event reaches the button).
const WAKE = ['pointerdown', 'mousedown', 'touchstart', 'focusin', 'keydown', 'click'];

export interface BadgeOptions {
  doc: Document;
  lang: CardLang;
  badgeLevel: Exclude<Level, 'none'>;
  loadCards(ids: string[], lang: CardLang): Promise<Card[]>;
  save(state: AdState): Promise<SaveReply>;
  /** Which events count as the user's; only tests under happy-dom (no trusted events) swap it. */
  trusted?: (e: Event) => boolean;
}

let shared: CSSStyleSheet | null | undefined;
function sheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  try {
    shared = new CSSStyleSheet();
    shared.replaceSync(LYKT_CSS + EXTRA_CSS);
  } catch {
    shared = null;
  }
  return shared;
}

/** Where the host goes: after the title's link, else at the end of the title, else first in the ad. */
function place(doc: Document, state: AdState, host: Element): void {
  const { el, title } = state.target;
  const link = title?.closest('a');
  if (link && el.contains(link)) link.after(host);
  else if (title && title.localName !== 'a') title.append(host);
  else if (title) title.after(host);
  else el.prepend(host);
  void doc;
}

export class Badges implements AdView {
  private readonly hosts = new Map<Element, HTMLElement>();
  /** The latest props per host; hosts in `live` run Preact, the others show static markup. */
  private readonly props = new WeakMap<HTMLElement, AdBadgeProps>();
  private readonly live = new WeakSet<HTMLElement>();
  /** Closed roots: `host.shadowRoot` is null for everyone, so Lykt keeps its own references. */
  private readonly roots = new WeakMap<HTMLElement, ShadowRoot>();
  private readonly trusted: (e: Event) => boolean;

  constructor(private readonly o: BadgeOptions) {
    this.trusted = o.trusted ?? isTrusted;
  }

  private mount(host: HTMLElement): Element {
    return this.roots.get(host)!.lastElementChild!;
  }

  show(state: AdState): void {
    const { el } = state.target;
    const { level, indicators, truncated } = state.result;
    if (levelRank(level) < levelRank(this.o.badgeLevel) || indicators.length === 0) {
      this.remove(el);
      return;
    }
    let host = this.hosts.get(el);
    if (!host || !host.isConnected) {
      host = this.create();
      place(this.o.doc, state, host);
      this.hosts.set(el, host);
    }
    const props: AdBadgeProps = {
      level,
      findings: indicators,
      lang: this.o.lang,
      loadCards: this.o.loadCards,
      onSave: () => this.o.save(state),
      truncated,
      trusted: this.trusted,
    };
    this.props.set(host, props);
    const root = this.mount(host);
    if (this.live.has(host)) render(h(AdBadge, props), root);
    else
      root.replaceChildren(staticBadge(this.o.doc, level, rankCategories(indicators), this.o.lang));
  }

  /** First use of a badge: AdBadge takes over the static markup (same button, same focus). */
  private wake(host: HTMLElement): void {
    const props = this.props.get(host);
    if (this.live.has(host) || !props) return;
    this.live.add(host);
    // Added during the waking event's capture phase, so they already stop its bubbling.
    for (const type of STOP) host.addEventListener(type, (e) => e.stopPropagation());
    hydrate(h(AdBadge, props), this.mount(host));
  }

  private create(): HTMLElement {
    // A span: the page cannot define it as a custom element, and it may host a shadow root.
    const host = this.o.doc.createElement('span');
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    this.roots.set(host, root);
    markBadgeHost(host);
    const s = sheet();
    if (s) root.adoptedStyleSheets = [s];
    else
      root.append(
        Object.assign(this.o.doc.createElement('style'), { textContent: LYKT_CSS + EXTRA_CSS }),
      );
    root.append(Object.assign(this.o.doc.createElement('span'), { className: 'lykt-root' }));
    // A page's synthetic event on the host neither wakes the badge nor reaches anything inside.
    const wake = (e: Event) => {
      if (this.trusted(e)) this.wake(host);
      else e.stopImmediatePropagation();
    };
    for (const type of WAKE) host.addEventListener(type, wake, { capture: true, passive: true });
    return host;
  }

  remove(el: Element): void {
    const host = this.hosts.get(el);
    if (!host) return;
    if (this.live.has(host)) render(null, this.mount(host));
    host.remove();
    this.hosts.delete(el);
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
    for (const el of [...this.hosts.keys()]) this.remove(el);
  }
}
