/** Ad context from context cues in the title (counted double) and the text. */
import { CTX, IND, type Compiled } from './compile';
import type { Hits } from './matcher';
import { CONTEXTS, type AdContext } from './types';

// Ties go to the first: a massage ad that mentions a job is still a massage ad.
const ORDER = (['massage', 'job', 'escort', 'dating', 'other'] as const).map((c) =>
  CONTEXTS.indexOf(c),
);
const ESCORT = CONTEXTS.indexOf('escort');

/** Per-scan scratch: votes per context, and a stamp per row so each pattern counts once a list. */
export interface ContextScratch {
  votes: Float64Array;
  seen: Int32Array;
  stamp: number;
}

export const contextScratch = (rows: number): ContextScratch => ({
  votes: new Float64Array(CONTEXTS.length),
  seen: new Int32Array(rows),
  stamp: 0,
});

/** Adds one list's votes; returns the categories (as bits) of sex-work cue words seen. */
function count(c: Compiled, hits: Hits, factor: number, x: ContextScratch): number {
  const stamp = ++x.stamp;
  const { kind, code, mask, weight } = c;
  const a = hits.a;
  let cues = 0;
  for (let h = 0; h < hits.n * 3; h += 3) {
    const p = a[h]!;
    if (x.seen[p] === stamp) continue;
    x.seen[p] = stamp;
    if (kind[p] === CTX) x.votes[code[p]!] = x.votes[code[p]!]! + weight[p]! * factor;
    // Sex-work cue words lean an ad without other context words towards escort.
    else if (kind[p] === IND && (mask[p]! & (1 << ESCORT)) !== 0) cues |= 1 << code[p]!;
  }
  return cues;
}

export function detectContext(c: Compiled, text: Hits, title: Hits, x: ContextScratch): AdContext {
  const votes = x.votes;
  votes.fill(0);
  const cues = count(c, text, 1, x) | count(c, title, 2, x);
  // Sex-work cue words ("young", "bbfs", "new girls") make an ad with no context words an escort ad.
  let any = false;
  for (let i = 0; i < votes.length; i++) any ||= votes[i] !== 0;
  if (!any) {
    let k = 0;
    for (let m = cues; m !== 0; m &= m - 1) k++;
    votes[ESCORT] = k / 2;
  }
  let best = CONTEXTS.indexOf('other');
  let top = 0.99;
  for (const i of ORDER)
    if (votes[i]! > top) {
      top = votes[i]!;
      best = i;
    }
  return CONTEXTS[best]!;
}
