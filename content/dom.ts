/** DOM helpers that also see into open shadow roots when asked (some sites render ads there). */

/** Every open shadow root under `root`, in document order (a stack, not recursion: pages nest deep). */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const todo: ShadowRoot[] = [];
  const under = (r: ParentNode) => {
    const inner: ShadowRoot[] = [];
    for (const el of r.querySelectorAll('*')) if (el.shadowRoot) inner.push(el.shadowRoot);
    for (let i = inner.length - 1; i >= 0; i--) todo.push(inner[i]!);
  };
  under(root);
  while (todo.length > 0) {
    const sr = todo.pop()!;
    out.push(sr);
    under(sr);
  }
  return out;
}

export function queryAll(root: ParentNode, selector: string, deep = false): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (deep) for (const sr of shadowRoots(root)) found.push(...sr.querySelectorAll(selector));
  return found;
}

export function queryFirst(root: ParentNode, selector: string, deep = false): Element | null {
  const el = root.querySelector(selector);
  if (el || !deep) return el;
  for (const sr of shadowRoots(root)) {
    const inner = sr.querySelector(selector);
    if (inner) return inner;
  }
  return null;
}

/** Parent across shadow boundaries (a shadow root's parent is its host). */
export function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** Nearest common ancestor of some elements, across shadow boundaries. */
export function commonAncestor(els: Element[]): Element | null {
  const [first, ...rest] = els;
  if (!first) return null;
  for (let a: Element | null = first; a; a = parentOf(a)) {
    if (rest.every((el) => containsDeep(a!, el))) return a;
  }
  return null;
}

export function containsDeep(outer: Element, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n === outer) return true;
  }
  return false;
}
