/**
 * What a reader sees (issue 19, items 9 and 12): a page must not hide words from its readers
 * and still have Lykt scan them (hidden filler makes an ad unsaveable, hidden cues flag it), nor
 * show words Lykt skips (`[hidden]` made visible by CSS). Only computed styles are read, never
 * layout: a slice's reads stay cheap and force no layout. Not covered (they need layout): text
 * moved off-screen, clipped by a tiny box, or drawn in the background's colour.
 */
export const SVG_NS = 'http://www.w3.org/2000/svg';

const styleOf = (el: Element): CSSStyleDeclaration =>
  (el.ownerDocument.defaultView ?? globalThis).getComputedStyle(el);

/** rgba(…, 0) or transparent (black is rgb(0, 0, 0): no alpha). */
const clear = (color: string) => color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);

/** How an element draws: not at all (with all it holds), or whether its own text shows. */
export type Drawn = 'none' | 'no-text' | 'text';

/**
 * `none`: display:none (so `[hidden]` unless CSS shows it), content-visibility:hidden, opacity
 * 0, or aria-hidden and clipped away (hidden from screen readers and eyes alike). `no-text`: its
 * own text nodes are not drawn (visibility hidden, font size 0, a clear colour without a shadow);
 * these are inherited and a child can undo them, so each element is asked. One style read.
 */
export function drawn(el: Element): Drawn {
  // Outside a document nothing has a computed style: the markup alone tells.
  if (!el.isConnected) return el.hasAttribute('hidden') ? 'none' : 'text';
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
