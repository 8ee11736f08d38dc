/**
 * An ad's text and where each character came from: the engine's UTF-16 offsets map back to
 * (text node, offset) pairs, which is what highlight ranges need. Block boundaries become "\n"
 * so words from two paragraphs never run together; the separators map to no node.
 */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'select',
  'textarea',
  'iframe',
  'lykt-badge',
]);
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
}

export interface RangeInit {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/**
 * Extracts the text of `roots` (in order; roots inside an earlier root are skipped). Walks
 * with firstChild/nextSibling (no NodeList iterators): this runs for every ad of the page.
 */
export function extractText(roots: Element[]): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let atBreak = true;
  const breakLine = () => {
    if (atBreak) return;
    parts.push('\n');
    length++;
    atBreak = true;
  };
  const text = (node: Text) => {
    const data = node.data;
    if (data.length === 0) return;
    nodes.push(node);
    starts.push(length);
    parts.push(data);
    length += data.length;
    atBreak = data.charCodeAt(data.length - 1) === 10;
  };
  const element = (el: Element): void => {
    const name = el.localName;
    if (SKIP.has(name) || el.hasAttribute('hidden')) return;
    const block = BLOCK.has(name);
    if (block) breakLine();
    if (name === 'slot') {
      for (const n of (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? []) visit(n);
    } else children(el.shadowRoot ?? el);
    if (block) breakLine();
  };
  const visit = (n: Node) => {
    if (n.nodeType === 3) text(n as Text);
    else if (n.nodeType === 1) element(n as Element);
  };
  const children = (parent: Node) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) visit(n);
  };
  const done: Element[] = [];
  for (const root of roots) {
    if (done.some((d) => d.contains(root))) continue;
    done.push(root);
    breakLine();
    element(root);
  }
  return { text: parts.join(''), nodes, starts };
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
