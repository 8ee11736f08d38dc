/**
 * Stands in for `dompurify` in lykt-widget.js / .mjs (aliased in build.ts). DOMPurify alone is
 * ~12 KB gzipped, so it lives in lykt-widget-partner.js and is imported only when a partner
 * supplies its own card. Lykt's built-in card HTML, compiled at build time, needs no sanitizer
 * here (card-html.ts renders it). Safe by construction: HTML not passed through the real
 * DOMPurify is shown as text, never parsed.
 */
import type { Config, DOMPurify } from 'dompurify';
import { escapeText } from './card-html';
import { loadSibling } from './loader';
import { lyktPolicy, trustedHtml } from './trusted';

/** `addHook(entryPoint, fn)`, kept loose: the stand-in only stores and forwards hooks. */
type Hook = [entryPoint: string, hook: (...args: never[]) => unknown];
type AnyAddHook = (...a: Hook) => void;
const hooks: Hook[] = [];
let real: DOMPurify | null = null;

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

const shim = {
  isSupported: true,
  sanitize(dirty: string | Node, cfg?: Config): string {
    const html = typeof dirty === 'string' ? dirty : String(dirty);
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
    return trustedHtml(escapeText(html));
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
