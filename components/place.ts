/** Where a fixed-position popover goes next to its anchor, kept inside the viewport. */
export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above' | 'right' | 'fit';
}

const GAP = 8;
const MARGIN = 8;
/** Below this much room on both sides (anchor scrolled half away) the popover fills the viewport. */
const MIN_ROOM = 120;

/** A popover is never taller than this: long cards scroll inside it. */
export const capHeight = (vh: number) => Math.min(vh * 0.62, 560);

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The anchor and the visible parts of the words it explains, as one box. */
function keepVisible(a: DOMRect, avoid: readonly DOMRect[], vh: number): Box {
  const box = { top: a.top, bottom: a.bottom, left: a.left, right: a.right };
  for (const r of avoid) {
    if (r.bottom < 0 || r.top > vh || r.width === 0) continue;
    box.top = Math.min(box.top, Math.max(0, r.top));
    box.bottom = Math.max(box.bottom, Math.min(vh, r.bottom));
    box.left = Math.min(box.left, r.left);
    box.right = Math.max(box.right, r.right);
  }
  return box;
}

/**
 * Below the anchor and the words it explains if it fits, else above them, else to their right,
 * else on the side with more room (scrolling inside): the badge and its words stay visible.
 * Only with no room anywhere is it pinned to the top. Hand-written (about 40 lines) instead of
 * Floating UI to keep the content script small.
 */
export function placeNear(
  anchor: Element,
  popover: HTMLElement,
  avoid: readonly DOMRect[] = [],
): Placement {
  const a = anchor.getBoundingClientRect();
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const w = popover.offsetWidth;
  // The content's own height: scrollHeight ignores the max-height of an earlier placement.
  const borders = popover.offsetHeight - popover.clientHeight;
  const cap = capHeight(vh);
  const h = Math.min(cap, popover.scrollHeight + borders);
  const box = keepVisible(a, avoid, vh);
  const left = Math.max(MARGIN, Math.min(a.left, vw - w - MARGIN));
  const below = vh - box.bottom - GAP - MARGIN;
  const above = box.top - GAP - MARGIN;
  if (h <= below)
    return { top: box.bottom + GAP, left, maxHeight: Math.min(below, cap), side: 'below' };
  if (h <= above)
    return { top: box.top - GAP - h, left, maxHeight: Math.min(above, cap), side: 'above' };
  const top = Math.max(MARGIN, Math.min(box.top, vh - h - MARGIN));
  if (vw - box.right - GAP - MARGIN >= w) {
    return { top, left: box.right + GAP, maxHeight: cap, side: 'right' };
  }
  if (Math.max(below, above) >= MIN_ROOM) {
    if (below >= above)
      return { top: box.bottom + GAP, left, maxHeight: Math.min(below, cap), side: 'below' };
    const height = Math.min(h, above);
    return { top: box.top - GAP - height, left, maxHeight: Math.min(above, cap), side: 'above' };
  }
  return { top: MARGIN, left, maxHeight: vh - 2 * MARGIN, side: 'fit' };
}
