/**
 * Tab order for badges in Lykt's layer (content/badge-layer.ts): the layer is the last thing in
 * `<body>`, but a keyboard user meets each badge where an inline one would be, right after its
 * ad's title link. Tab on the link goes to its badge; Tab on the badge goes on from the link (the
 * browser's own next stop); Shift+Tab runs the same path backwards. Only trusted keys count.
 */
import { isBadgeHost } from './badge-host';

/** How long after a Shift+Tab press a focus landing on a title link counts as its result. */
const BACK_MS = 500;

export function badgeTab(
  doc: Document,
  hostAt: (el: Element) => HTMLElement | undefined,
  placeOf: (host: HTMLElement) => Element | undefined,
  focus: (host: HTMLElement) => void,
  trusted: (e: Event) => boolean,
): () => void {
  let back = -Infinity;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || !trusted(e)) return;
    const active = doc.activeElement;
    if (!active) return;
    if (isBadgeHost(active)) {
      // Undefined unless the badge's button itself has focus (not its open popover).
      const at = placeOf(active as HTMLElement);
      if (!at) return;
      // Forward: the browser moves on from the link; backward: the link itself is the stop.
      if (e.shiftKey) e.preventDefault();
      else back = -Infinity;
      (at as HTMLElement).focus({ preventScroll: true });
      return;
    }
    if (e.shiftKey) {
      back = performance.now();
      return;
    }
    const host = hostAt(active);
    if (!host) return;
    e.preventDefault();
    focus(host);
  };
  // Shift+Tab from after the link lands on the link: its badge comes first, as inline.
  const onFocus = (e: FocusEvent) => {
    if (performance.now() - back > BACK_MS || !(e.target instanceof Element)) return;
    back = -Infinity;
    const host = hostAt(e.target);
    if (host && e.relatedTarget !== host) focus(host);
  };
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('focusin', onFocus, true);
  return () => {
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('focusin', onFocus, true);
  };
}
