/**
 * shared-contact: the same phone number or e-mail behind several ads (computed across ads).
 * Works on a result's plain fields only (each finding's `base`, each contact's `match`), so a
 * result that went through structuredClone or a message is weighed exactly as in the CLI.
 */
import { levelFor, SHARED_CONTACT_WEIGHT, weigh } from './score';
import type { Finding, ScanResult } from './types';

/** Adds a shared-contact finding for each contact of `result` found in `shared`, and re-levels. */
export function applySharedContacts(result: ScanResult, shared: ReadonlySet<string>): ScanResult {
  const list: Finding[] = [];
  for (const f of result.indicators) if (f.category !== 'shared-contact') list.push({ ...f });
  const kept = list.length;
  const added = new Set<string>();
  for (const c of result.contacts)
    if (shared.has(c.value) && !added.has(c.value)) {
      added.add(c.value);
      const w = SHARED_CONTACT_WEIGHT;
      const { value, start, end } = c;
      list.push({
        category: 'shared-contact',
        term: value,
        match: c.match ?? value,
        start,
        end,
        weight: w,
        base: w,
      });
    }
  if (list.length === result.indicators.length && kept === list.length) return result;
  // By position (start, then longest first); ties keep the order above (sort is stable).
  const indicators = list.sort((a, b) => a.start - b.start || b.end - a.end);
  const score = weigh(indicators);
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
