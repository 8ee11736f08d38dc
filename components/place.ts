/** Where a fixed-position popover goes next to its anchor, kept inside the viewport. */
export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above' | 'fit';
}

const GAP = 8;
const MARGIN = 8;
/** Below this much room on both sides (anchor scrolled half away) the popover fills the viewport. */
const MIN_ROOM = 120;

/** A popover is never taller than this: long cards scroll inside it. */
export const capHeight = (vh: number) => Math.min(vh * 0.62, 560);

/**
 * Below the anchor if it fits, else above if it fits there, else on the side with more room
 * (scrolling inside): the badge it belongs to stays visible. Only with no room on either side is
 * it pinned to the top. Hand-written (about 30 lines) instead of Floating UI to keep the bundle small.
 */
export function placeNear(anchor: Element, popover: HTMLElement): Placement {
  const a = anchor.getBoundingClientRect();
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const w = popover.offsetWidth;
  // The content's own height: scrollHeight ignores the max-height of an earlier placement.
  const borders = popover.offsetHeight - popover.clientHeight;
  const cap = capHeight(vh);
  const h = Math.min(cap, popover.scrollHeight + borders);
  const left = Math.max(MARGIN, Math.min(a.left, vw - w - MARGIN));
  const below = vh - a.bottom - GAP - MARGIN;
  const above = a.top - GAP - MARGIN;
  if (h <= below || (below >= above && below >= MIN_ROOM)) {
    return { top: a.bottom + GAP, left, maxHeight: Math.min(below, cap), side: 'below' };
  }
  if (above >= MIN_ROOM) {
    const height = Math.min(h, above);
    return { top: a.top - GAP - height, left, maxHeight: Math.min(above, cap), side: 'above' };
  }
  return { top: MARGIN, left, maxHeight: vh - 2 * MARGIN, side: 'fit' };
}
