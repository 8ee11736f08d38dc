// @vitest-environment node
// applySharedContacts sorts its list in place, relying on sort's stability, instead of sorting
// (finding, index) pairs (issue 17, speed): it must give exactly what that gave, on ordered and
// unordered findings alike.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { applySharedContacts } from '../../indicators';
import { levelFor, weigh } from '../../indicators/score';
import { CATEGORIES, type Finding, type ScanResult } from '../../indicators/types';

/** The previous implementation: copy, append, stable sort by position, weigh, level. */
function reference(result: ScanResult, shared: ReadonlySet<string>): ScanResult {
  const list: Finding[] = result.indicators
    .filter((f) => f.category !== 'shared-contact')
    .map((f) => ({ ...f }));
  const kept = list.length;
  const values = result.contacts.map((c) => c.value);
  result.contacts.forEach((c, i) => {
    if (!shared.has(c.value) || values.indexOf(c.value) < i) return;
    const at = { category: 'shared-contact' as const, term: c.value, match: c.match ?? c.value };
    list.push({ ...at, start: c.start, end: c.end, weight: 2, base: 2 });
  });
  if (list.length === result.indicators.length && kept === list.length) return result;
  const indicators = list
    .map((f, i) => [f, i] as const)
    .sort(([a, i], [b, j]) => a.start - b.start || b.end - a.end || i - j)
    .map(([f]) => f);
  const score = weigh(indicators);
  return { ...result, indicators, score, level: levelFor(indicators, score, result.context) };
}

const span = fc
  .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 4 }))
  .map(([start, n]) => ({ start, end: start + n }));
const finding = fc.record({
  category: fc.constantFrom(...CATEGORIES),
  term: fc.constantFrom('young', 'Young', 'asian', 'a', 'b'),
  span,
  base: fc.constantFrom(0.5, 1, 2, 3),
});
const contact = fc.record({ value: fc.constantFrom('+4791234567', 'a@b.no', 'x@y.no'), span });

it('gives what the stable sort gave, ordered findings or not (property)', () => {
  fc.assert(
    fc.property(
      fc.array(finding, { maxLength: 8 }),
      fc.array(contact, { maxLength: 4 }),
      fc.boolean(),
      fc.subarray(['+4791234567', 'a@b.no', 'x@y.no']),
      fc.constantFrom('escort', 'massage', 'job', 'dating', 'other' as const),
      (fs, cs, order, shared, context) => {
        const indicators: Finding[] = fs.map(({ category, term, span: { start, end }, base }) => ({
          category,
          term,
          match: term,
          start,
          end,
          weight: base,
          base,
        }));
        if (order) indicators.sort((a, b) => a.start - b.start || b.end - a.end);
        const contacts = cs.map(({ value, span: { start, end } }) => ({
          type: value.includes('@') ? ('email' as const) : ('phone' as const),
          value,
          start,
          end,
        }));
        const r: ScanResult = { context, level: 'low', score: 1, indicators, contacts };
        const set = new Set(shared);
        expect(JSON.stringify(applySharedContacts(r, set))).toBe(
          JSON.stringify(reference(structuredClone(r), set)),
        );
      },
    ),
    { numRuns: 3000 },
  );
});
