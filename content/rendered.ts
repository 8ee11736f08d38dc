/**
 * What a reader sees (issue 19, items 9 and 12): a page must not hide words from its readers
 * and still have Lykt scan them (hidden filler makes an ad unsaveable, hidden cues flag it), nor
 * show words Lykt skips (`[hidden]` made visible by CSS). Styles are read, never layout, so no
 * read forces a layout. Cost matters (1,000 ads, ~15 elements each): one native
 * `checkVisibility` per element clears the common case; only an element it fails (or one with
 * aria-hidden) has its computed style read. Not covered: text at font size 0 or in a clear colour
 * inside a drawn element (that needs a style read per element), and what needs layout: text moved
 * off-screen, clipped by a tiny box, or drawn in the background's colour.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';

const SEEN = { opacityProperty: true, visibilityProperty: true };

const styleOf = (el: Element): CSSStyleDeclaration =>
  (el.ownerDocument.defaultView ?? globalThis).getComputedStyle(el);

/** rgba(…, 0) or transparent (black is rgb(0, 0, 0): no alpha). */
const clear = (color: string) => color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);

/** How an element draws: not at all (with all it holds), or whether its own text shows. */
export type Drawn = 'none' | 'no-text' | 'text';

/**
 * `none`: display:none (so `[hidden]` unless CSS shows it), content-visibility:hidden, opacity
 * 0, or aria-hidden and clipped away (hidden from screen readers and eyes alike). `no-text`: its
 * own text nodes are not drawn (visibility hidden; also font size 0 or a clear colour, when the
 * style is read at all); visibility is inherited and a child can undo it, so each element is asked.
 */
export function drawn(el: Element): Drawn {
  // Outside a document nothing has a computed style: the markup alone tells.
  if (!el.isConnected) return el.hasAttribute('hidden') ? 'none' : 'text';
  // The common case in one native call (no string per property): drawn, visible, opaque.
  if (el.checkVisibility?.(SEEN) && !el.hasAttribute('aria-hidden')) return 'text';
  const s = styleOf(el);
  if (s.display === 'none' || s.opacity === '0' || s.contentVisibility === 'hidden') return 'none';
  if (
    el.getAttribute('aria-hidden') === 'true' &&
    (s.clipPath.startsWith('inset') || (s.clip !== 'auto' && s.clip !== ''))
  )
    return 'none';
  const v = s.visibility;
  if (v === 'hidden' || v === 'collapse' || s.fontSize === '0px') return 'no-text';
  if (clear(s.color) && (s.textShadow === 'none' || s.textShadow === '')) return 'no-text';
  return 'text';
}

/**
 * A frame's body when Lykt may read it (same origin); null while it is still empty (it will
 * load); undefined for a cross-origin frame, which the content script cannot read.
 */
export function frameBody(frame: HTMLIFrameElement): HTMLElement | null | undefined {
  try {
    const doc = frame.contentDocument;
    return doc ? doc.body : undefined;
  } catch {
    return undefined;
  }
}
