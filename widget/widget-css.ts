/**
 * The widget's one style sheet, made from components/styles.ts (the build inlines the result,
 * so the bundle carries only the finished string):
 *  - only the rules a card needs (no badge, popover or indicator list);
 *  - the palette as `light-dark()`, so the card follows the page's `color-scheme` (a page that
 *    declares none is light), not the reader's OS; `theme="light|dark|auto"` (or `data-theme`)
 *    overrides, `auto` following the OS;
 *  - `!important` on :host, because a page rule like `* { all: unset !important }` reaches the
 *    host element and only an important shadow rule outranks an important page rule;
 *  - nothing wider than the card (the tab strip and notes stop at the card's 40em);
 *  - few font strikes: on a page that has drawn no text yet, each distinct (size, weight, style)
 *    costs the first card a synchronous font round trip to the browser, and each face another
 *    (`npm run trace:widget`). A card uses three: title, 600 (headings, summary, strong), text;
 *    the section headings and sources keep the text size (sources stay muted), and terms and
 *    source titles are quoted, not italic (keep-together.ts).
 */
import { COMPONENT_CSS, HOST_CSS, TABS_CSS } from '../components/styles';

/** The `--lykt-*` palette declarations of the light :host block and of the dark media block. */
export function palettes(css: string): { light: string; dark: string } {
  const vars = (block: string | undefined) =>
    (block ?? '')
      .split(';')
      .filter((d) => d.trim().startsWith('--lykt-'))
      .join(';');
  const light = /:host\s*\{([^}]*)\}/.exec(css)?.[1];
  const dark = /prefers-color-scheme:\s*dark\)\s*\{\s*:host\s*\{([^}]*)\}/.exec(css)?.[1];
  return { light: vars(light), dark: vars(dark) };
}

/** `--name: value` pairs of a declaration list. */
export function declarations(list: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of list.split(';')) {
    const i = d.indexOf(':');
    if (i > 0) out.set(d.slice(0, i).trim(), d.slice(i + 1).trim());
  }
  return out;
}

/** The level colours of the extension's badges: no card uses them. */
const LEVEL_VARS = /^--lykt-(low|medium|high|none)$/;

/** Light and dark palettes merged into `--x: light-dark(light, dark)` (same value: as is). */
export function lightDark(css: string): string {
  const { light, dark } = palettes(css);
  const d = declarations(dark);
  return [...declarations(light)]
    .filter(([k]) => !LEVEL_VARS.test(k))
    .map(([k, v]) => `${k}:${d.has(k) && d.get(k) !== v ? `light-dark(${v},${d.get(k)})` : v}`)
    .join(';');
}

/**
 * Rules of the extension's own surfaces, which no widget card renders, and the italic source
 * title (the widget's cards quote it instead: keep-together.ts).
 */
const NOT_IN_CARDS = /\.lykt-(badge|popover|indicator|empty)|\.lykt-card-sources cite/;

/** The rules of a flat style sheet (no @-blocks), minus those `drop` matches, whitespace trimmed. */
export function keepRules(css: string, drop: RegExp): string {
  return css
    .split('}')
    .filter((r) => r.includes('{') && !drop.test(r.slice(0, r.indexOf('{'))))
    .map((r) => minify(r + '}'))
    .join('');
}

export function minify(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/ !important/g, '!important')
    .trim();
}

export const WIDGET_SHEET =
  minify(`
:host { ${lightDark(HOST_CSS)};
  all: initial !important;
  display: block !important;
  color-scheme: inherit !important;
  color: var(--lykt-fg) !important;
  font-family: var(--lykt-font) !important;
  font-size: var(--lykt-size) !important;
  line-height: 1.45 !important;
  text-align: start !important;
  margin-block: 0 1em !important;
}
:host([hidden]), :host([data-lykt-error]) { display: none !important; }
:host([theme="light"]), :host([data-theme="light"]) { color-scheme: light !important; }
:host([theme="dark"]), :host([data-theme="dark"]) { color-scheme: dark !important; }
:host([theme="auto"]), :host([data-theme="auto"]) { color-scheme: light dark !important; }
`) +
  keepRules(COMPONENT_CSS, NOT_IN_CARDS) +
  // The for-text tabs (CardTabs): left out once by mistake, which showed bare UA buttons.
  minify(TABS_CSS) +
  minify(`
.lykt-widget, .lykt-tabs, .lykt-notice { max-width: 40em; }
h2, h3, h4, h5, strong, b, .lykt-card-summary { font-weight: 600; }
cite { font-style: normal; }
.lykt-card-sources, .lykt-card-actions h3, .lykt-card-actions h4, .lykt-card-actions h5,
.lykt-card-sources h3, .lykt-card-sources h4, .lykt-card-sources h5 { font-size: 1em; }
.lykt-tabs { background: transparent; }
.lykt-notice { margin: 0; padding: 0.45em 0.7em; font-size: 0.9em; color: var(--lykt-muted);
  background: var(--lykt-bg); border: 1px dashed var(--lykt-border); border-radius: var(--lykt-radius); }
`);
