/**
 * An ad's text as a reader sees it, and where each character came from: the engine's UTF-16
 * offsets map back to (text node, offset) pairs, which is what highlight ranges need. Block
 * boundaries become "\n" so words from two paragraphs never run together; the separators map
 * to no node. What the page hides is not read (content/rendered.ts); SVG `<text>` and
 * same-origin frames are.
 */
import { drawn, frameBody, SVG_NS } from './rendered';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'select', 'textarea']);
/** SVG elements whose text is drawn; other SVG text (title, desc, style) is not. */
const SVG_TEXT = new Set(['text', 'tspan', 'textPath']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

export interface TextMap {
  text: string;
  /** Text nodes in order, and the offset in `text` where each starts. */
  nodes: Text[];
  starts: number[];
  /** Same-origin frames read (or still loading) inside the roots: their load means a re-read. */
  frames?: HTMLIFrameElement[];
}

export interface RangeInit {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** Marks the end of a block element on the walk's stack. */
const CLOSE = Symbol('close');

/**
 * Extracts the rendered text of `roots` (in order; roots inside an earlier root are skipped),
 * at most `max` characters. The walk keeps its own stack: a page can nest elements deeper than
 * the call stack goes. Text nodes are measured before they are read, so a 10 MB node costs
 * little. Styles are read, never layout, so the walk forces no layout. `rendered` false reads
 * the markup alone (no style read at all, as before the page's first frame: see Controller).
 */
export function extractText(roots: Element[], max = Infinity, rendered = true): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const frames: HTMLIFrameElement[] = [];
  let length = 0;
  let atBreak = true;
  const breakLine = () => {
    if (atBreak || length >= max) return;
    parts.push('\n');
    length++;
    atBreak = true;
  };
  const text = (node: Text) => {
    const size = node.length;
    if (size === 0) return;
    const parent = node.parentElement;
    if (parent && !shows(parent)) return;
    const data = size <= max - length ? node.data : node.substringData(0, max - length);
    nodes.push(node);
    starts.push(length);
    parts.push(data);
    length += data.length;
    atBreak = data.charCodeAt(data.length - 1) === 10;
  };
  const stack: (Node | typeof CLOSE)[] = [];
  const walk = (root: Element) => {
    stack.push(root);
    while (stack.length > 0 && length < max) {
      const n = stack.pop()!;
      if (n === CLOSE) breakLine();
      else if (n.nodeType === 3) text(n as Text);
      else if (n.nodeType === 1) open(n as Element);
    }
    stack.length = 0;
  };
  /** Elements of this walk whose own text is not drawn. */
  const noText = new Set<Element>();
  const shows = (el: Element) =>
    !noText.has(el) && (el.namespaceURI !== SVG_NS || SVG_TEXT.has(el.localName));
  const open = (el: Element) => {
    const name = el.localName;
    if (SKIP.has(name)) return;
    const how = rendered ? drawn(el) : el.hasAttribute('hidden') ? 'none' : 'text';
    if (how === 'none') return;
    if (how === 'no-text') noText.add(el);
    if (name === 'iframe') {
      const body = frameBody(el as HTMLIFrameElement);
      if (body !== undefined) frames.push(el as HTMLIFrameElement);
      if (body) {
        breakLine();
        stack.push(CLOSE, body);
      }
      return;
    }
    if (BLOCK.has(name) || (name === 'text' && el.namespaceURI === SVG_NS)) {
      breakLine();
      stack.push(CLOSE);
    }
    if (name === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      for (let i = assigned.length - 1; i >= 0; i--) stack.push(assigned[i]!);
      return;
    }
    const parent = el.shadowRoot ?? el;
    for (let c = parent.lastChild; c; c = c.previousSibling) stack.push(c);
  };
  const done: Element[] = [];
  for (const root of roots) {
    if (done.some((d) => d.contains(root))) continue;
    done.push(root);
    breakLine();
    walk(root);
  }
  const map: TextMap = { text: parts.join(''), nodes, starts };
  if (frames.length > 0) map.frames = frames;
  return map;
}

/** Index of the last node starting at or before `offset`. */
function floorIndex(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM range for text offsets [start, end), or null when it covers no text node. */
export function rangeFor(map: TextMap, start: number, end: number): RangeInit | null {
  if (end <= start || map.nodes.length === 0) return null;
  let i = floorIndex(map, start);
  let startOffset = start - map.starts[i]!;
  // A start on a separator (or before the first node) moves to the next node's beginning.
  if (startOffset < 0) startOffset = 0;
  else if (startOffset >= map.nodes[i]!.data.length) [i, startOffset] = [i + 1, 0];
  const j = floorIndex(map, end - 1);
  const a = map.nodes[i];
  const b = map.nodes[j]!;
  if (!a || i > j) return null;
  return {
    startContainer: a,
    startOffset,
    endContainer: b,
    endOffset: Math.min(b.data.length, end - map.starts[j]!),
  };
}

/**
 * The length of `el`'s text with whitespace collapsed, as `textContent` gives it, or `cap` when
 * the raw text is longer: measuring a 10 MB ad must not read 10 MB (node lengths come free).
 */
export function textLength(el: Element, cap = 10_000): number {
  if (rawLength(el, cap) >= cap) return cap;
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** The length of `el`'s raw text (as `textContent`), counted up to `cap`, without building it. */
export function rawLength(el: Element, cap = 100_000): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let raw = 0;
  for (let n = walker.nextNode(); n && raw < cap; n = walker.nextNode()) raw += (n as Text).length;
  return Math.min(raw, cap);
}

/** `el`'s text with whitespace collapsed, read up to about `cap` characters (see textLength). */
export function boundedText(el: Element, cap = 10_000): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < cap; n = walker.nextNode())
    out += (n as Text).data.slice(0, cap - out.length);
  return out.replace(/\s+/g, ' ').trim();
}
