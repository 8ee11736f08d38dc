/**
 * From hits to findings: cues that count in the ad's context, minus the ones a negation
 * cancels and the ones inside a longer cue of the same category.
 * Works on typed arrays (a few entries per ad), so an ad costs no Set, Map or string key.
 */
import { IND, NEG, SCOPE_AD, SCOPE_SPAN, type Compiled } from './compile';
import type { Hits } from './matcher';
import type { Normalized } from './normalize';

/** How far (in normalised characters) a "no"/"ikke" reaches forward in its clause. */
const NEG_REACH = 24;

/** Scratch for one scan: spans as (row, from, to), a live flag each, and sort orders. */
export class Spans {
  p = new Int32Array(16);
  from = new Int32Array(16);
  to = new Int32Array(16);
  live = new Uint8Array(16);
  order = new Int32Array(16);
  n = 0;
  push(p: number, from: number, to: number): void {
    if (this.n === this.p.length) {
      const g = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.p = g(this.p);
      this.from = g(this.from);
      this.to = g(this.to);
      this.live = g(this.live);
      this.order = g(this.order);
    }
    this.p[this.n] = p;
    this.from[this.n] = from;
    this.to[this.n] = to;
    this.live[this.n++] = 1;
  }
}

/** Fills `sp` with the spans that survive, in hit order. `gate`: contexts (as bits) whose cues count. */
export function select(c: Compiled, norm: Normalized, hits: Hits, gate: number, sp: Spans): void {
  const { kind, code, mask } = c;
  const a = hits.a;
  const end = hits.n * 3;
  sp.n = 0;
  let negs = false;
  for (let h = 0; h < end; h += 3) {
    const p = a[h]!;
    if (kind[p] === NEG) negs = true;
    else if (kind[p] === IND && (mask[p]! & gate) !== 0) sp.push(p, a[h + 1]!, a[h + 2]!);
  }
  const { from, to, live } = sp;
  const n = sp.n;
  if (n === 0) return;
  for (let h = 0; negs && h < end; h += 3) {
    const p = a[h]!;
    if (kind[p] !== NEG) continue;
    const scope = code[p]!;
    const cats = mask[p]!;
    const hf = a[h + 1]!;
    const ht = a[h + 2]!;
    for (let i = 0; i < n; i++) {
      if (live[i] === 0 || (cats & (1 << code[sp.p[i]!]!)) === 0) continue;
      if (scope === SCOPE_AD) live[i] = 0;
      else if (scope === SCOPE_SPAN) {
        if (from[i]! < ht && to[i]! > hf) live[i] = 0;
      } else if (from[i]! >= ht && from[i]! - ht <= NEG_REACH) {
        let dot = false;
        for (let j = ht; j < from[i]! && !dot; j++) dot = norm.buf[j] === 46;
        if (!dot) live[i] = 0;
      }
    }
  }
  // Drop a cue inside a longer cue of the same category ("new girls" in "new girls every week").
  // Same span twice (a word in two languages' lists): keep the first.
  for (let i = 0; i < n; i++) {
    if (live[i] === 0) continue;
    const cat = code[sp.p[i]!];
    for (let j = 0; j < n; j++)
      if (
        live[j] !== 0 &&
        code[sp.p[j]!] === cat &&
        from[j]! <= from[i]! &&
        to[j]! >= to[i]! &&
        (to[j]! - from[j]! > to[i]! - from[i]! || (j < i && from[j] === from[i] && to[j] === to[i]))
      ) {
        live[i] = 2; // dropped, but still hides shorter cues inside it
        break;
      }
  }
  for (let i = 0; i < n; i++) if (live[i] === 2) live[i] = 0;
}
