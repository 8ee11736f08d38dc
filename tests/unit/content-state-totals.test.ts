/**
 * Issue 19.14: the tab's totals are kept as ads are scanned, rescanned, rescored by shared
 * contacts and pruned; after any sequence they equal a fresh count over the ads (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scanner, type AdState } from '../../content/scanner';
import { CATEGORIES, LEVELS, type ScanResult } from '../../indicators/types';
import type { TabReport } from '../../messaging/protocol';

/** What the report said before it was kept running: every ad counted afresh. */
function recount(states: Iterable<AdState>): TabReport {
  const byLevel = { none: 0, low: 0, medium: 0, high: 0 };
  const categories: Record<string, number> = {};
  const contacts: Record<string, number> = {};
  let scanned = 0;
  for (const { result, base } of states) {
    scanned++;
    byLevel[result.level]++;
    for (const c of new Set(result.indicators.map((f) => f.category)))
      categories[c] = (categories[c] ?? 0) + 1;
    for (const v of new Set(base.contacts.map((c) => c.value)))
      contacts[v] = (contacts[v] ?? 0) + 1;
  }
  return { scanned, byLevel, categories, contacts };
}

const PHONES = ['+4791234567', '+4792345678', '+4793456789'];

const result = fc.record({
  level: fc.constantFrom(...LEVELS),
  cats: fc.array(fc.constantFrom(...CATEGORIES.slice(0, 4)), { maxLength: 12 }),
  phones: fc.array(fc.constantFrom(...PHONES), { maxLength: 12 }),
});
type R = typeof result extends fc.Arbitrary<infer T> ? T : never;

const scan = (r: R): ScanResult => ({
  context: 'unknown' as ScanResult['context'],
  level: r.cats.length === 0 && r.phones.length === 0 ? 'none' : r.level,
  score: r.cats.length,
  indicators: r.cats.map((category, i) => ({
    category,
    term: 'x',
    weight: 1,
    start: i,
    end: i + 1,
  })) as unknown as ScanResult['indicators'],
  contacts: r.phones.map((value, i) => ({
    kind: 'phone',
    value,
    start: 100 + i,
    end: 101 + i,
  })) as unknown as ScanResult['contacts'],
});

const step = fc.oneof(
  fc.record({ op: fc.constant('scan' as const), ad: fc.nat(5), r: result }),
  fc.record({ op: fc.constant('remove' as const), ad: fc.nat(5) }),
  fc.record({ op: fc.constant('share' as const), values: fc.subarray(PHONES) }),
  fc.record({ op: fc.constant('clear' as const) }),
);

describe('running totals of the scanned ads', () => {
  it('equal a fresh count after any scans, rescans, shared contacts, prunes and clears', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        document.body.innerHTML = '';
        const ads = Array.from({ length: 6 }, () =>
          document.body.appendChild(document.createElement('article')),
        );
        const scanner = new Scanner();
        for (const s of steps) {
          if (s.op === 'scan') {
            const el = ads[s.ad]!;
            if (!el.isConnected) document.body.append(el);
            scanner.accept(
              { el, roots: [el] } as never,
              { text: `ad ${s.ad}`, nodes: [], starts: [] },
              scan(s.r),
            );
          } else if (s.op === 'remove') {
            ads[s.ad]!.remove();
            scanner.prune();
          } else if (s.op === 'share') scanner.setShared(s.values);
          else scanner.states.clear();
          expect(scanner.report()).toEqual(recount(scanner.states.values()));
        }
      }),
      { numRuns: 300 },
    );
  });
});
