/**
 * Links between saved ads: entries that share a phone number or e-mail. Two views:
 * per contact (how many ads, which sites and pages, over which dates) and connected groups
 * (ads linked directly or through a chain of shared contacts), for the drawing.
 */
import type { Contact } from '../indicators/types';
import type { LogEntry } from './types';

export interface ContactSummary {
  type: Contact['type'];
  value: string;
  entryIds: string[];
  sites: string[];
  urls: string[];
  first: string;
  last: string;
}

export interface ContactGroup {
  /** Entry ids, oldest first. */
  entryIds: string[];
  /** Contacts shared by at least two entries of the group. */
  contacts: ContactSummary[];
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Every contact found in two or more entries, most ads first. */
export function contactSummaries(entries: readonly LogEntry[]): ContactSummary[] {
  const by = new Map<string, { type: Contact['type']; list: LogEntry[] }>();
  for (const e of entries) {
    for (const c of new Map(e.contacts.map((x) => [x.value, x])).values()) {
      const slot = by.get(c.value) ?? { type: c.type, list: [] };
      slot.list.push(e);
      by.set(c.value, slot);
    }
  }
  const out: ContactSummary[] = [];
  for (const [value, { type, list }] of by) {
    if (list.length < 2) continue;
    const dates = list.map((e) => e.savedAt).sort();
    out.push({
      type,
      value,
      entryIds: [...list].sort((a, b) => a.savedAt.localeCompare(b.savedAt)).map((e) => e.id),
      sites: sorted(list.map((e) => e.site)),
      urls: sorted(list.map((e) => e.url)),
      first: dates[0]!,
      last: dates[dates.length - 1]!,
    });
  }
  return out.sort(
    (a, b) => b.entryIds.length - a.entryIds.length || a.value.localeCompare(b.value),
  );
}

/** Connected components over shared contacts (union-find), largest first. */
export function contactGroups(entries: readonly LogEntry[]): ContactGroup[] {
  const shared = contactSummaries(entries);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const s of shared) {
    for (const id of s.entryIds) if (!parent.has(id)) parent.set(id, id);
    for (const id of s.entryIds.slice(1)) parent.set(find(id), find(s.entryIds[0]!));
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const groups = new Map<string, ContactGroup>();
  for (const s of shared) {
    const root = find(s.entryIds[0]!);
    const g = groups.get(root) ?? { entryIds: [], contacts: [] };
    g.contacts.push(s);
    g.entryIds = [...new Set([...g.entryIds, ...s.entryIds])];
    groups.set(root, g);
  }
  const date = (id: string) => byId.get(id)?.savedAt ?? '';
  return [...groups.values()]
    .map((g) => ({ ...g, entryIds: g.entryIds.sort((a, b) => date(a).localeCompare(date(b))) }))
    .sort((a, b) => b.entryIds.length - a.entryIds.length);
}
