/**
 * Stands in for `dompurify` in lykt-widget.js / .mjs (aliased in build.ts). DOMPurify alone is
 * ~12 KB gzipped, so it lives in lykt-widget-partner.js and is imported only when a partner
 * supplies its own card. Until then the only HTML rendered is Lykt's built-in card HTML,
 * compiled at build time and registered here with `trust()`.
 * Safe by construction: HTML that is neither trusted nor passed through the real DOMPurify is
 * shown as text, never parsed.
 */
import type { Config, DOMPurify } from 'dompurify';
import { loadSibling } from './loader';
import { lyktPolicy, trustedHtml } from './trusted';

/** `addHook(entryPoint, fn)`, kept loose: the stand-in only stores and forwards hooks. */
type Hook = [entryPoint: string, hook: (...args: never[]) => unknown];
type AnyAddHook = (...a: Hook) => void;
/** Built-in card HTML → the same HTML after the components' hooks ran on it. */
const trusted = new Map<string, string | null>();
const hooks: Hook[] = [];
let real: DOMPurify | null = null;

/** Marks build-time card HTML as safe to render before DOMPurify is loaded. */
export function trust(html: string): void {
  if (!trusted.has(html)) trusted.set(html, null);
}

/**
 * Runs the registered `afterSanitizeAttributes` hooks (e.g. links open in a new tab) on
 * trusted HTML, parsed in an inert <template>: nothing in it loads or runs.
 */
function withHooks(html: string): string {
  const t = document.createElement('template');
  t.innerHTML = trustedHtml(html);
  for (const el of t.content.querySelectorAll('*')) {
    for (const [name, hook] of hooks) {
      if (name === 'afterSanitizeAttributes') (hook as (n: Element) => void)(el);
    }
  }
  return t.innerHTML;
}

export type PartnerModule = typeof import('./partner');

/** Imports lykt-widget-partner.js (once) and hands DOMPurify the hooks registered here. */
export async function loadPartner(): Promise<PartnerModule> {
  const mod = await loadSibling<PartnerModule>('lykt-widget-partner.js');
  if (!real) {
    real = mod.default;
    for (const h of hooks) (real.addHook as unknown as AnyAddHook)(...h);
  }
  return mod;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const shim = {
  isSupported: true,
  sanitize(dirty: string | Node, cfg?: Config): string {
    const html = typeof dirty === 'string' ? dirty : String(dirty);
    if (trusted.has(html)) {
      let done = trusted.get(html);
      if (done == null) trusted.set(html, (done = withHooks(html)));
      return trustedHtml(done);
    }
    if (real) {
      const policy = lyktPolicy();
      const out = real.sanitize(html, {
        ...cfg,
        RETURN_DOM: false,
        RETURN_DOM_FRAGMENT: false,
        // DOMPurify parses through Lykt's policy, so a page need allow only "lykt".
        ...(policy ? { TRUSTED_TYPES_POLICY: policy as never } : {}),
      });
      return trustedHtml(String(out));
    }
    return trustedHtml(escapeHtml(html));
  },
  addHook(...args: Hook): void {
    hooks.push(args);
    if (real) (real.addHook as unknown as AnyAddHook)(...args);
  },
  removeHook(entryPoint: string): void {
    const i = hooks.findLastIndex((h) => h[0] === entryPoint);
    if (i >= 0) hooks.splice(i, 1);
    (real?.removeHook as ((e: string) => void) | undefined)?.call(real, entryPoint);
  },
};

export default shim;
