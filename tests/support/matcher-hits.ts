import { buildMatcher, createHits, type PatternSpec } from '../../indicators/matcher';

/** The hits of a matcher built from `specs` over `s` (one code unit a character), as [pattern, from, to] triples. */
export function hitsOf(specs: readonly PatternSpec[], s: string): number[][] {
  const buf = Uint16Array.from(s, (ch) => ch.charCodeAt(0));
  const hits = createHits(1);
  buildMatcher(specs).run(buf, buf.length, hits);
  const got: number[][] = [];
  for (let h = 0; h < hits.n * 3; h += 3) got.push([hits.a[h]!, hits.a[h + 1]!, hits.a[h + 2]!]);
  return got;
}
