/**
 * What a test reads inside one of Lykt's closed badge roots. Plain functions, sent by source
 * (`fn.toString()`) to the browser by both drivers: CDP in Chromium (badge-access.ts) and
 * WebDriver BiDi in Firefox (firefox-browser.ts). Self-contained: no imports, no outer names.
 */

export interface PopoverState {
  label: string | null;
  expanded: string | null;
  /** A `[role=dialog]` is rendered and in the top layer. */
  open: boolean;
  text: string;
  indicators: number;
  cards: number;
  saveStatus: string;
  /** Focus (as the root sees it) is inside the dialog, or on the badge button. */
  focus: 'dialog' | 'badge' | 'none';
}

export function popoverIn(root: ShadowRoot): PopoverState {
  const button = root.querySelector('button.lykt-badge');
  const dialog = root.querySelector('[role="dialog"]');
  const active = root.activeElement;
  return {
    label: button?.getAttribute('aria-label') ?? null,
    expanded: button?.getAttribute('aria-expanded') ?? null,
    open: !!dialog && dialog.matches(':popover-open'),
    text: (dialog as HTMLElement | null)?.innerText ?? '',
    indicators: dialog?.querySelectorAll('.lykt-indicator').length ?? 0,
    cards: dialog?.querySelectorAll('.lykt-card').length ?? 0,
    saveStatus: dialog?.querySelector('.lykt-save-status')?.textContent ?? '',
    focus: active && dialog?.contains(active) ? 'dialog' : active === button ? 'badge' : 'none',
  };
}

/** The badge's accessible name (its button's aria-label). */
export const labelIn = (root: ShadowRoot): string =>
  root.querySelector('button.lykt-badge')?.getAttribute('aria-label') ?? '';

/** The centre of `sel` in the root, scrolled into view (viewport CSS pixels); null if absent. */
export async function centreIn(
  root: ShadowRoot,
  sel: string,
): Promise<{ x: number; y: number } | null> {
  const el = root.querySelector(sel);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  // An anchor-positioned popover follows a scroll at the next frame.
  for (let i = 0; i < 2; i++) await new Promise((ok) => requestAnimationFrame(ok));
  const r = el.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}
