/**
 * The widget's additions to components/styles.ts:
 *  - `!important` on :host, because a page rule like `* { all: unset !important }` reaches the
 *    host element and only an important shadow rule outranks an important page rule;
 *  - `theme="dark|light"` (or `data-theme`) to follow the partner's page, not only the OS;
 *  - the notice shown instead of a card that cannot be shown.
 */
import { HOST_CSS } from '../components/styles';

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

const { light, dark } = palettes(HOST_CSS);

export const WIDGET_CSS = `
:host {
  all: initial !important;
  display: block !important;
  color: var(--lykt-fg) !important;
  font-family: var(--lykt-font) !important;
  font-size: var(--lykt-size) !important;
  line-height: 1.45 !important;
  text-align: start !important;
  margin-block: 0 1em !important;
}
:host([hidden]) { display: none !important; }
:host([theme="light"]), :host([data-theme="light"]) { ${light} }
:host([theme="dark"]), :host([data-theme="dark"]) { ${dark} }
.lykt-notice { margin: 0; max-width: 40em; padding: 0.45em 0.7em; font-size: 0.9em; color: var(--lykt-muted);
  background: var(--lykt-bg); border: 1px dashed var(--lykt-border); border-radius: var(--lykt-radius); }
.lykt-notice-warn { border-style: solid; border-inline-start: 4px solid var(--lykt-medium); color: var(--lykt-fg); }
`;
