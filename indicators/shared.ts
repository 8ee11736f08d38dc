/** shared-contact: the same phone number or e-mail behind several ads (computed across ads). */
import { CONTACT_MATCH } from './contacts';
import { basesOf, levelFor, rememberBases, SHARED_CONTACT_WEIGHT, weigh } from './score';
import type { Finding, ScanResult } from './types';

/** Adds a shared-contact finding for each contact of `result` found in `shared`, and re-levels. */
export function applySharedContacts(result: ScanResult, shared: ReadonlySet<string>): ScanResult {
  const known = basesOf(result.indicators);
  const list: Finding[] = [];
  const base: number[] = [];
  result.indicators.forEach((f, i) => {
    if (f.category === 'shared-contact') return;
    list.push(f);
    base.push(known?.[i] ?? f.weight);
  });
  const kept = list.length;
  for (const c of result.contacts)
    if (shared.has(c.value) && !list.some((f, i) => i >= kept && f.term === c.value)) {
      list.push({
        category: 'shared-contact',
        term: c.value,
        match: CONTACT_MATCH.get(c) ?? c.value,
        start: c.start,
        end: c.end,
        weight: SHARED_CONTACT_WEIGHT,
      });
      base.push(SHARED_CONTACT_WEIGHT);
    }
  if (list.length === result.indicators.length && kept === list.length) return result;
  const order = list
    .map((_, i) => i)
    .sort((a, b) => list[a]!.start - list[b]!.start || list[b]!.end - list[a]!.end);
  const indicators = order.map((i) => list[i]!);
  const bases = order.map((i) => base[i]!);
  const score = weigh(indicators, bases);
  rememberBases(indicators, bases);
  return { ...result, indicators, score, level: levelFor(indicators, score, result.context) };
}

/** Adds shared-contact findings to every result whose contact appears in two or more results. */
export function linkSharedContacts(results: ScanResult[]): void {
  const count = new Map<string, number>();
  for (const r of results)
    for (const v of new Set(r.contacts.map((c) => c.value))) count.set(v, (count.get(v) ?? 0) + 1);
  const shared = new Set([...count].filter(([, n]) => n >= 2).map(([v]) => v));
  if (shared.size === 0) return;
  results.forEach((r, i) => (results[i] = applySharedContacts(r, shared)));
}
