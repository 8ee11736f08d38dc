/** Where a fixed-position popover goes next to its anchor, kept inside the viewport. */
export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above' | 'fit';
}

const GAP = 8;
const MARGIN = 8;

/**
 * Below the anchor if it fits, else above, else pinned to the top with a max height.
 * Hand-written (about 20 lines) instead of Floating UI to keep the bundle small.
 */
export function placeNear(anchor: Element, popover: HTMLElement): Placement {
  const a = anchor.getBoundingClientRect();
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const w = popover.offsetWidth;
  const h = popover.offsetHeight;
  const left = Math.max(MARGIN, Math.min(a.left, vw - w - MARGIN));
  if (a.bottom + GAP + h <= vh - MARGIN) {
    return { top: a.bottom + GAP, left, maxHeight: vh - a.bottom - GAP - MARGIN, side: 'below' };
  }
  if (a.top - GAP - h >= MARGIN) {
    return { top: a.top - GAP - h, left, maxHeight: a.top - GAP - MARGIN, side: 'above' };
  }
  return { top: MARGIN, left, maxHeight: vh - 2 * MARGIN, side: 'fit' };
}
