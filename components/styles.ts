/**
 * CSS for a shadow root that holds Lykt components. Sizes in px/em only (host pages change
 * the root font size); theme through --lykt-* custom properties, which `all: initial` keeps.
 */
/** Light colours: every Lykt surface starts from these. */
export const LIGHT_VARS = `
  --lykt-bg: #ffffff;
  --lykt-surface: #f3f4f6;
  --lykt-fg: #1b1d21;
  --lykt-muted: #4b5058;
  --lykt-accent: #0b57a4;
  --lykt-border: #b9bec6;
  --lykt-focus: #0b57a4;
  --lykt-low: #2f7a3f;
  --lykt-medium: #a35c00;
  --lykt-high: #b3261e;
  --lykt-none: #6b7079;
`;

/** Dark colours (contrast checked with axe in both schemes). */
export const DARK_VARS = `
  --lykt-bg: #1d1f23;
  --lykt-surface: #2a2d33;
  --lykt-fg: #eef0f3;
  --lykt-muted: #c3c8d0;
  --lykt-accent: #8fc3ff;
  --lykt-border: #5b616b;
  --lykt-focus: #8fc3ff;
  --lykt-low: #6fcf86;
  --lykt-medium: #f0a94b;
  --lykt-high: #ff8a80;
  --lykt-none: #a3a9b3;
`;

export const HOST_CSS = `
:host {
  all: initial;
  display: block;
${LIGHT_VARS}  --lykt-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --lykt-size: 15px;
  --lykt-radius: 8px;
  color: var(--lykt-fg);
  font-family: var(--lykt-font);
  font-size: var(--lykt-size);
  line-height: 1.45;
  text-align: start;
}
@media (prefers-color-scheme: dark) {
  :host {
${DARK_VARS}  }
}
`;

export const COMPONENT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
:focus-visible { outline: 2px solid var(--lykt-focus); outline-offset: 2px; }
a { color: var(--lykt-accent); text-decoration: underline; }
p, ul, ol, dl, dd, h2, h3, h4, h5 { margin: 0 0 0.6em; }
ul, ol { padding-inline-start: 1.3em; }
h2, h3, h4, h5 { line-height: 1.25; color: var(--lykt-fg); }
.lykt-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.lykt-card { background: var(--lykt-bg); color: var(--lykt-fg); border: 1px solid var(--lykt-border); border-radius: var(--lykt-radius); padding: 1em 1.1em 0.6em; max-width: 40em; }
.lykt-card-title { font-size: 1.2em; margin-bottom: 0.3em; }
.lykt-card-summary { font-weight: 600; }
.lykt-card-actions, .lykt-card-sources { border-top: 1px solid var(--lykt-border); padding-top: 0.6em; }
.lykt-card-actions h3, .lykt-card-actions h4, .lykt-card-actions h5,
.lykt-card-sources h3, .lykt-card-sources h4, .lykt-card-sources h5 { font-size: 0.95em; }
.lykt-card-sources { font-size: 0.9em; color: var(--lykt-muted); }
.lykt-card-sources cite { font-style: italic; }
.lykt-indicators, .lykt-tabs, .lykt-empty { background: var(--lykt-bg); color: var(--lykt-fg); }
.lykt-indicators { list-style: none; padding: 0.2em 0.4em 0.1em 0; margin: 0 0 0.8em; }
.lykt-indicator { border-inline-start: 4px solid var(--lykt-accent); padding: 0.3em 0 0.3em 0.8em; margin-bottom: 0.8em; }
.lykt-indicator-label { font-weight: 700; margin-bottom: 0.2em; }
.lykt-indicator-label::first-letter { text-transform: uppercase; }
.lykt-indicator-words q { background: var(--lykt-surface); border-radius: 4px; padding: 0 0.25em; font-weight: 600; }
.lykt-indicator dt { font-size: 0.85em; font-weight: 700; color: var(--lykt-muted); }
.lykt-indicator dd { margin-inline-start: 0; }
.lykt-badge { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 0.4em; cursor: pointer;
  font: 600 13px/1.2 var(--lykt-font); color: var(--lykt-fg); background: var(--lykt-bg);
  border: 2px solid var(--lykt-none); border-radius: 999px; padding: 0.25em 0.7em; min-height: 24px; }
.lykt-badge:focus-visible { outline: 2px solid var(--lykt-focus); outline-offset: 2px; }
.lykt-badge-dot { width: 0.7em; height: 0.7em; border-radius: 50%; background: var(--lykt-none); }
.lykt-badge[data-level="low"] { border-color: var(--lykt-low); }
.lykt-badge[data-level="low"] .lykt-badge-dot { background: var(--lykt-low); }
.lykt-badge[data-level="medium"] { border-color: var(--lykt-medium); }
.lykt-badge[data-level="medium"] .lykt-badge-dot { background: var(--lykt-medium); }
.lykt-badge[data-level="high"] { border-color: var(--lykt-high); }
.lykt-badge[data-level="high"] .lykt-badge-dot { background: var(--lykt-high); }
/* inset/margin: also right when a host lifts the dialog into the top layer with [popover]. */
.lykt-popover { position: fixed; inset: auto; margin: 0; z-index: 2147483647; width: min(30em, calc(100vw - 16px)); overflow: auto;
  background: var(--lykt-bg); color: var(--lykt-fg); border: 1px solid var(--lykt-border);
  border-radius: var(--lykt-radius); box-shadow: 0 8px 28px rgba(0, 0, 0, 0.3); padding: 0.8em; }
.lykt-popover .lykt-card { border: 0; padding: 0; }
.lykt-popover-close { all: unset; float: right; cursor: pointer; width: 28px; height: 28px; text-align: center;
  font: 22px/28px var(--lykt-font); color: var(--lykt-fg); border-radius: 50%; }
.lykt-popover-close:hover { background: var(--lykt-surface); }
.lykt-popover-close:focus-visible { outline: 2px solid var(--lykt-focus); }
`;

/** The tabs (CardTabs: widget and extension pages; the content script has none). */
export const TABS_CSS = `
.lykt-tablist { display: flex; flex-wrap: wrap; gap: 0.3em; padding: 4px; margin-bottom: 0.4em; }
.lykt-tab { all: unset; cursor: pointer; font: 0.85em/1.3 var(--lykt-font); color: var(--lykt-fg);
  background: var(--lykt-surface); border: 1px solid var(--lykt-border); border-radius: var(--lykt-radius); padding: 0.3em 0.6em; }
.lykt-tab[aria-selected="true"] { background: var(--lykt-accent); color: var(--lykt-bg); border-color: var(--lykt-accent); font-weight: 600; }
.lykt-tab:focus-visible { outline: 2px solid var(--lykt-focus); outline-offset: 2px; }
.lykt-tabpanel:focus-visible { outline-offset: 4px; border-radius: var(--lykt-radius); }
`;

/** Everything a host shadow root needs; the widget and extension pages inject this. */
export const LYKT_CSS = HOST_CSS + COMPONENT_CSS + TABS_CSS;
