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

/** Extracts the text of `roots` (in order; roots inside an earlier root are skipped). */
export function extractText(roots: Element[]): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastChar = '\n';
  const push = (s: string, node?: Text) => {
    if (node) {
      nodes.push(node);
      starts.push(length);
    }
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const breakLine = () => {
    if (lastChar !== '\n') push('\n');
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) push(data, node as Text);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const el = node as Element;
    const name = node.nodeType === 1 ? el.localName : '';
    if (SKIP.has(name) || (node.nodeType === 1 && el.hasAttribute('hidden'))) return;
    const block = BLOCK.has(name);
    if (block) breakLine();
    const kids =
      name === 'slot'
        ? ((el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [])
        : (el.shadowRoot ?? el).childNodes;
    for (const child of kids) walk(child);
    if (block) breakLine();
  };
  const done: Element[] = [];
  for (const root of roots) {
    if (done.some((d) => d.contains(root))) continue;
    done.push(root);
    breakLine();
    walk(root);
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
