/**
 * Aho–Corasick over normalised text as a DFA in typed arrays: one array read per character.
 * Own code rather than modern-ahocorasick because the engine feeds it a Uint16Array with
 * offsets, and tests/bench/engine.bench.ts measured the package several times slower on the
 * same input (it walks strings and allocates a result per match).
 *
 * The DFA is filled lazily: building only lays out the trie and its failure links (a few ms);
 * a missing transition is worked out from the failure link the first time the scan needs it,
 * then kept, so after warm-up every step is one array read.
 */
import { isWord } from './char-class';

/**
 * 0 not a word character, 1 an ASCII digit, 2 a letter (or another word character). A cue needs
 * a word boundary only against a neighbour of its own end's kind: a digit beside a letter is one
 * ("415 555 0110blondes", and "deposits24/7", "legit100%": line breaks lost in a scrape).
 */
const kindOf = (c: number) => (isWord(c) ? (c >= 48 && c <= 57 ? 1 : 2) : 0);

export interface PatternSpec {
  /** Normalised pattern text. */
  text: string;
  /** Word boundary required on the left / right (a `*` at that end of the pattern drops it). */
  left: boolean;
  right: boolean;
}

/** Hits as triples (pattern, from, to): the half-open range [from, to) in the normalised buffer. */
export interface Hits {
  a: Int32Array;
  n: number;
}

export const createHits = (size = 64): Hits => ({ a: new Int32Array(size * 3), n: 0 });

export interface Matcher {
  /** Replaces `hits` with the matches in buf[0, n), ordered by end, then longest first. */
  run(buf: Uint16Array, n: number, hits: Hits): void;
  states: number;
  bytes: number;
  /**
   * The whole DFA (every transition worked out) in a SharedArrayBuffer, for other threads:
   * after adoptMatcherTable(it) there, a matcher built from the same patterns reads it instead
   * of filling its own copy (one build, one copy in the cache for all workers).
   */
  share(): SharedArrayBuffer;
  /** Reads a table adopted from another thread. */
  shared: boolean;
}

/** Header of a shared table: fingerprint of the patterns, states, row shift (Int32 each). */
const HEAD = 16;
let adopted: SharedArrayBuffer | undefined;

/** The next matchers built on this thread use `table` (from share()) if their patterns match. */
export function adoptMatcherTable(table: SharedArrayBuffer | undefined): void {
  adopted = table;
}

/** FNV-1a over the patterns' texts (the DFA depends on nothing else). */
function fingerprint(patterns: readonly PatternSpec[]): number {
  let h = 0x811c9dc5;
  for (const p of patterns) {
    for (let i = 0; i < p.text.length; i++) h = Math.imul(h ^ p.text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xffff, 0x01000193); // a separator no pattern character can be
  }
  return h | 0;
}

export function buildMatcher(patterns: readonly PatternSpec[]): Matcher {
  const alpha = new Uint16Array(65536);
  // Symbols numbered by how often the patterns use them, most used first (ties by code): the
  // transitions a scan takes most then share a row's first cache line, so fewer lines of the
  // table stay hot (the table's reads miss the cache more than anything else in the engine).
  const freq = new Map<number, number>();
  for (const p of patterns)
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      freq.set(c, (freq.get(c) ?? 0) + 1);
    }
  let symbols = 1; // 0 = any character no pattern uses
  for (const [c] of [...freq].sort((x, y) => y[1] - x[1] || x[0] - y[0])) alpha[c] = symbols++;
  // Rows of 32 transitions (fewer for a small alphabet), one 64-byte cache line in 16 bits: the
  // symbols past the 32 most used (most digits, rarer Nordic letters, pictographs) take a second
  // plane of the table. A row of every symbol took two lines, and the neighbouring, rarely read
  // one came into the cache along with the one the scan needed.
  const shift = Math.min(5, Math.max(1, Math.ceil(Math.log2(symbols))));
  const size = 1 << shift;
  // The trie, built level by level so states are numbered breadth-first: the shallow states,
  // where the scan spends its time, share a few cache lines. In sorted order the patterns that
  // share a prefix are neighbours, so a level needs no table lookup: a pattern takes a new state
  // unless the one before it has the same parent and symbol. The table is then allocated once at
  // its final size (a table sized for the worst case was 13 MB to zero and copy). Transitions:
  // the next state, or 0 until worked out from the failure link.
  const n = patterns.length;
  const ROOT = 1; // 0 = not worked out yet, so a fresh (zeroed) table needs no fill
  const order = [...patterns.keys()].sort((x, y) => {
    const a = patterns[x]!.text;
    const b = patterns[y]!.text;
    return a < b ? -1 : a > b ? 1 : x - y;
  });
  let cap = 2;
  for (const p of patterns) cap += p.text.length;
  const up = new Int32Array(cap); // parent
  const via = new Int32Array(cap); // symbol from the parent
  const heads = new Int32Array(cap).fill(-1); // first pattern ending at a state
  const next = new Int32Array(n).fill(-1); // next pattern ending at the same state
  const cur = new Int32Array(n).fill(ROOT);
  let live = Int32Array.from(order.filter((p) => patterns[p]!.text.length > 0));
  let states = ROOT + 1;
  for (let d = 0; live.length > 0; d++) {
    let kept = 0;
    let prevState = -1;
    let prevSym = -1;
    for (let k = 0; k < live.length; k++) {
      const p = live[k]!;
      const text = patterns[p]!.text;
      const a = alpha[text.charCodeAt(d)]!;
      let t: number;
      if (cur[p] === prevState && a === prevSym) t = states - 1;
      else {
        prevState = cur[p]!;
        prevSym = a;
        t = states++;
        up[t] = cur[p]!;
        via[t] = a;
      }
      cur[p] = t;
      if (text.length === d + 1) {
        next[p] = heads[t]!;
        heads[t] = p;
      } else live[kept++] = p;
    }
    live = live.subarray(0, kept);
  }
  // 16-bit transitions while the states fit (half the table to keep in the cache). Whether a
  // state ends a pattern is a byte of its own (`out`), not a bit of the transition: with the
  // bit, 32,768 states were the limit, and the lexicons outgrew it (34,672 states: 32-bit
  // transitions, a 9.5 MB table where 5.0 MB now do).
  const small = states <= 0xffff;
  const fp = fingerprint(patterns);
  const head = adopted && new Int32Array(adopted, 0, 3);
  // A shared table is read only: complete, so step() never writes to it.
  const shared = head !== undefined && head[0] === fp && head[1] === states && head[2] === shift;
  // A symbol's column: its plane's offset plus its place in the row.
  const plane = states * size;
  const colOf = (a: number) => (a >> shift) * plane + (a & (size - 1));
  const cells = Math.ceil(symbols / size) * plane;
  const col = new Int32Array(65536);
  for (const [c] of freq) col[c] = colOf(alpha[c]!);
  const delta = shared
    ? small
      ? new Uint16Array(adopted!, HEAD, cells)
      : new Int32Array(adopted!, HEAD, cells)
    : small
      ? new Uint16Array(cells)
      : new Int32Array(cells);
  if (!shared)
    for (let t = ROOT + 1; t < states; t++) delta[(up[t]! << shift) + colOf(via[t]!)] = t;
  for (let a = 0; a < symbols; a++) {
    const c = (ROOT << shift) + colOf(a);
    if (delta[c] === 0) delta[c] = ROOT;
  }
  const fail = new Int32Array(states);
  // Fills a missing transition from the failure chain. Iterative: a long periodic custom term
  // would overflow the stack through recursion (SECURITY.md).
  const chain = new Int32Array(states);
  const step = (s: number, c: number): number => {
    let v = delta[(s << shift) + c]!;
    if (v !== 0) return v;
    let k = 0;
    for (let f = s; (v = delta[(f << shift) + c]!) === 0; f = fail[f]!) chain[k++] = f;
    while (k > 0) delta[(chain[--k]! << shift) + c] = v;
    return v;
  };
  const lens = new Int32Array(n);
  // The kind of the first / last character when a word boundary is needed there, else 0.
  const first = new Uint8Array(n);
  const lastW = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const { text, left, right } = patterns[p]!;
    lens[p] = text.length;
    first[p] = left ? kindOf(text.charCodeAt(0)) : 0;
    lastW[p] = right ? kindOf(text.charCodeAt(text.length - 1)) : 0;
  }

  const dict = new Int32Array(states); // nearest proper suffix state with an output, or 0
  const out = new Uint8Array(states);
  fail[ROOT] = ROOT;
  for (let t = ROOT + 1; t < states; t++) {
    fail[t] = up[t] === ROOT ? ROOT : step(fail[up[t]!]!, colOf(via[t]!));
    const f = fail[t]!;
    dict[t] = heads[f]! >= 0 ? f : dict[f]!;
    // out: 1 when a pattern ends here, 2 when every pattern ending here ends with a letter and
    // needs a word boundary after it, so a letter next rules them all out at once (most outputs
    // are short words inside longer ones).
    if (heads[t]! < 0 && dict[t] === 0) continue;
    let all = dict[t] === 0 || out[dict[t]!] === 2;
    for (let p = heads[t]!; p >= 0 && all; p = next[p]!) all = lastW[p] === 2;
    out[t] = all ? 2 : 1;
  }
  function emit(buf: Uint16Array, n: number, end: number, s: number, hits: Hits): void {
    for (let q = s; q > 0; q = dict[q]!)
      for (let p = heads[q]!; p >= 0; p = next[p]!) {
        const from = end - lens[p]!;
        if (first[p] !== 0 && from > 0 && kindOf(buf[from - 1]!) === first[p]) continue;
        if (lastW[p] !== 0 && end < n && kindOf(buf[end]!) === lastW[p]) continue;
        let a = hits.a;
        const h = hits.n * 3;
        if (h + 3 > a.length) {
          a = new Int32Array(a.length * 2);
          a.set(hits.a);
          hits.a = a;
        }
        a[h] = p;
        a[h + 1] = from;
        a[h + 2] = end;
        hits.n++;
      }
  }

  return {
    states: states - ROOT,
    shared,
    share() {
      // Breadth-first numbering: a state's failure state is shallower, so its row is complete.
      for (let t = ROOT + 1; t < states; t++) for (let a = 0; a < symbols; a++) step(t, colOf(a));
      const sab = new SharedArrayBuffer(HEAD + delta.byteLength);
      new Int32Array(sab, 0, 3).set([fp, states, shift]);
      (small ? new Uint16Array(sab, HEAD) : new Int32Array(sab, HEAD)).set(delta);
      return sab;
    },
    bytes: delta.byteLength + col.byteLength + states * 12 + patterns.length * 6,
    run(buf, n, hits) {
      hits.n = 0;
      // Locals, not the closure's variables, so the loop keeps them in registers.
      const [cl, d, sh, o] = [col, delta, shift, out];
      let s = ROOT;
      for (let i = 0; i < n; i++) {
        const c = cl[buf[i]!]!;
        let v = d[(s << sh) + c]!;
        if (v === 0) v = step(s, c);
        s = v;
        const f = o[s]!;
        if (f !== 0 && !(f === 2 && i + 1 < n && kindOf(buf[i + 1]!) === 2))
          emit(buf, n, i + 1, s, hits);
      }
    },
  };
}
