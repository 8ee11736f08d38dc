/**
 * The content script's additions to the shared component CSS (badges, markers, the popover).
 * `.lykt-root` sets type because the host's inline `all: initial` outranks :host rules; its
 * `data-scheme` is the page's scheme, not the system's (page-scheme.ts); the popover sits in
 * the top layer, so the UA's popover centring is undone for top/left to rule.
 */
import { DARK_VARS, LIGHT_VARS } from '../components/styles';

/** An inline style of declarations the page's CSS cannot override (each `!important`). */
export const important = (decls: readonly string[]): string =>
  decls.map((d) => `${d} !important`).join('; ');

export const BADGE_CSS = `
.lykt-root { --lykt-font: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; --lykt-radius: 8px;${LIGHT_VARS}}
.lykt-root, .lykt-popover { font-family: var(--lykt-font); font-size: 15px; line-height: 1.45; color: var(--lykt-fg); text-align: start; }
.lykt-root[data-scheme="dark"] {${DARK_VARS}}
.lykt-badge-wrap { display: inline-block; }
.lykt-badge[aria-expanded="true"] { anchor-name: --lykt-badge; }
.lykt-marker { font-weight: 500; font-size: 12px; padding: 0.15em 0.55em; border-style: dashed; }
.lykt-popover { inset: auto; margin: 0; height: auto; max-height: min(62vh, 560px); }
.lykt-head { margin-right: 32px; }
.lykt-level-line { display: flex; align-items: center; gap: 0.4em; font-size: 14px; margin: 0 0 0.2em; }
.lykt-level-line .lykt-badge-dot { background: var(--lykt-level); }
.lykt-ad-title { font-weight: 700; font-size: 16px; overflow-wrap: anywhere; }
.lykt-actions { display: flex; flex-wrap: wrap; gap: 0.4em; margin: 0 0 0.3em; }
.lykt-save, .lykt-act { all: unset; box-sizing: border-box; cursor: pointer; font: 600 14px/1.2 var(--lykt-font);
  border-radius: var(--lykt-radius); padding: 0.5em 0.8em; min-height: 32px; }
.lykt-save { color: var(--lykt-bg); background: var(--lykt-accent); }
.lykt-act { color: var(--lykt-fg); background: var(--lykt-surface); border: 1px solid var(--lykt-border); }
.lykt-save:focus-visible, .lykt-act:focus-visible, .lykt-fine:focus-visible { outline: 2px solid var(--lykt-focus); outline-offset: 2px; }
.lykt-save[disabled], .lykt-act[disabled] { opacity: 0.6; cursor: default; }
.lykt-invest label { flex-basis: 100%; font-weight: 600; }
.lykt-invest input { flex: 1; font: inherit; color: inherit; background: var(--lykt-bg); border: 1px solid var(--lykt-muted);
  border-radius: var(--lykt-radius); padding: 0.3em; }
.lykt-save-status { font-size: 13px; min-height: 1em; margin: 0 0 0.3em; }
.lykt-save-status:empty { display: none; }
.lykt-section { font-size: 13px; font-weight: 700; color: var(--lykt-muted); margin: 0.6em 0 0.3em; }
.lykt-found .lykt-indicator { margin-bottom: 0.4em; padding: 0.2em 0 0.2em 0.6em; }
.lykt-found summary { cursor: pointer; }
.lykt-found .lykt-indicator-label { font-weight: 700; }
.lykt-found dl { margin: 0.4em 0; font-size: 14px; }
.lykt-fine-row { display: flex; flex-wrap: wrap; gap: 0.3em; }
.lykt-fine { all: unset; box-sizing: border-box; cursor: pointer; font: 13px/1.2 var(--lykt-font); color: var(--lykt-fg);
  border: 1px dashed var(--lykt-border); border-radius: var(--lykt-radius); padding: 0.35em 0.6em; min-height: 28px; }
.lykt-reminder, .lykt-truncated { font-size: 13px; color: var(--lykt-muted); }
.lykt-cards > .lykt-card { border-top: 1px solid var(--lykt-border); padding-top: 0.4em; margin-bottom: 0.4em; }
.lykt-cards summary { cursor: pointer; }
.lykt-cards .lykt-card-title { display: inline; font-weight: 700; font-size: 15px; }
.lykt-card-line { display: block; font-size: 13px; color: var(--lykt-muted); margin: 0.1em 0 0 1.1em; }
.lykt-cards details[open] .lykt-card-line { display: none; }
.lykt-cards h4 { font-size: 14px; }`;
