/** DOM helpers that also see into open shadow roots when asked (some sites render ads there). */
import type { Job } from './schedule';

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

/**
 * One native query may walk this many elements in a slice. A query over a whole 50,000-ad page
 * walks 500,000 elements in one go (60 ms); over pieces of at most this size it can pause.
 */
const PIECE = 4000;
/** A root under this many pieces' elements is queried whole (about 2 ms at 20,000 elements). */
const ROOT_PIECES = 5;

/**
 * How many elements `root` holds, up to PIECE + 1: the native collection stops counting at the
 * index asked for. A walk in JS gave every element a wrapper in Lykt's world; on a
 * 100,000-node page their collections made steps of 20–43 ms (a 50,000-ad listing: as fast).
 */
function sizeOf(root: Element, piece: number): number {
  const all = root.getElementsByTagName('*');
  return all[piece] === undefined ? all.length : piece + 1;
}

interface Piece {
  el: Element;
  /** The subtree is small: query inside it. Else only `el` counts; its children follow. */
  whole: boolean;
  /** Elements walked for it: by its query, or by the count that found it too big for one. */
  size: number;
}

/**
 * `root` cut into pieces, in document order, walked from sibling to sibling (no stack: a
 * listing's 50,000 children are not all held at once). Queries over the pieces find what one
 * query over `root` finds: a selector still matches against the whole document, only the
 * search is cut up. (`piece`: smaller in tests.)
 */
export function* pieces(root: Element, piece = PIECE): Generator<Piece, void, void> {
  // A root of a few pieces is one query still well inside a slice: cutting up a 1,000-ad page
  // cost more than it saved.
  const total = sizeOf(root, piece * ROOT_PIECES);
  if (total <= piece * ROOT_PIECES) {
    yield { el: root, whole: true, size: total + 1 };
    return;
  }
  let el: Element | null = root;
  while (el) {
    const size = sizeOf(el, piece);
    const whole = size <= piece;
    yield { el, whole, size: whole ? size + 1 : size };
    if (!whole && el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el !== root && !el.nextElementSibling) el = el.parentElement!;
    el = el === root ? null : el.nextElementSibling;
  }
}

/**
 * `root.querySelectorAll(selector)` (without `root` itself), pausing between pieces. `self`
 * tells whether a piece's own element matches, when `matches` would cost more: `:nth-child`
 * on one element counts its siblings, 50,000 of them in a long listing.
 */
export function* queryAllSteps(
  root: Element,
  selector: string,
  self = (el: Element) => el.matches(selector),
  piece = PIECE,
): Job<Element[]> {
  const out: Element[] = [];
  let walked = 0;
  for (const { el, whole, size } of pieces(root, piece)) {
    if (el !== root && self(el)) out.push(el);
    if (whole) for (const m of el.querySelectorAll(selector)) out.push(m);
    // A pause once the queries since the last one walked PIECE elements.
    if ((walked += size) < piece) continue;
    walked = 0;
    yield;
  }
  return out;
}

/** Whether anything under `root` (or `root` itself) matches, pausing as `queryAllSteps`. */
export function* matchesSteps(root: Element, selector: string, piece = PIECE): Job<boolean> {
  let walked = 0;
  for (const { el, whole, size } of pieces(root, piece)) {
    if (el.matches(selector) || (whole && el.querySelector(selector) !== null)) return true;
    if ((walked += size) < piece) continue;
    walked = 0;
    yield;
  }
  return false;
}
