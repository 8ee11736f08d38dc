/**
 * What a journalist reads about one cluster (pure; the log page renders it): first and last
 * saved, posts per day, sites, contacts, every link with its reason, and the common template:
 * the text of one ad with the words that differ in the other text-linked ads marked.
 */
import { clusterAds, words, type Cluster, type ClusterLink } from './clusters';
import type { LogEntry } from './types';
import { placesOf } from './places';

export interface TemplateToken {
  text: string;
  /** A word missing from at least one other text-linked ad (a name, a place, a price). */
  differs: boolean;
}

export interface ClusterView {
  entries: LogEntry[];
  first: string;
  last: string;
  perDay: { day: string; count: number }[];
  sites: string[];
  /** Place names in the ads' text, title or address (places.ts), with how many ads name each. */
  places: { name: string; count: number }[];
  contacts: { type: 'phone' | 'email'; value: string; count: number }[];
  links: ClusterLink[];
  /** Null when no two ads of the cluster are linked by text. */
  template: { base: LogEntry; tokens: TemplateToken[]; others: number } | null;
}

const cache = new Map();

/** Clusters of log entries (shingles cached by entry id across calls). */
export const logClusters = (entries: readonly LogEntry[]): Cluster[] =>
  clusterAds(entries, { cache });

export function clusterView(c: Cluster, byId: ReadonlyMap<string, LogEntry>): ClusterView {
  const entries = c.ids
    .map((id) => byId.get(id))
    .filter((e): e is LogEntry => !!e)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  const days = new Map<string, number>();
  for (const e of entries)
    days.set(e.savedAt.slice(0, 10), (days.get(e.savedAt.slice(0, 10)) ?? 0) + 1);
  const contacts = new Map<string, { type: 'phone' | 'email'; value: string; count: number }>();
  for (const e of entries)
    for (const ct of new Map(e.contacts.map((x) => [x.value, x])).values()) {
      const slot = contacts.get(ct.value) ?? { type: ct.type, value: ct.value, count: 0 };
      slot.count++;
      contacts.set(ct.value, slot);
    }
  return {
    entries,
    first: entries[0]?.savedAt ?? '',
    last: entries[entries.length - 1]?.savedAt ?? '',
    perDay: [...days]
      .map(([day, count]) => ({ day, count }))
      .sort((a, b) => a.day.localeCompare(b.day)),
    sites: [...new Set(entries.map((e) => e.site))].sort(),
    places: countPlaces(entries),
    contacts: [...contacts.values()].sort(
      (a, b) => b.count - a.count || a.value.localeCompare(b.value),
    ),
    links: c.links,
    template: template(c, byId),
  };
}

/** The text-linked ad with the most text links is the base; its words are checked against
 * the others (at most 50, so a huge cluster stays quick). */
function template(c: Cluster, byId: ReadonlyMap<string, LogEntry>): ClusterView['template'] {
  const degree = new Map<string, number>();
  for (const l of c.links)
    if (l.reason.kind === 'text')
      for (const id of [l.a, l.b]) degree.set(id, (degree.get(id) ?? 0) + 1);
  if (degree.size < 2) return null;
  const [baseId] = [...degree].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const base = byId.get(baseId);
  if (!base) return null;
  const others = [...degree.keys()]
    .filter((id) => id !== baseId)
    .slice(0, 50)
    .map((id) => new Set(words(byId.get(id)?.text ?? '')));
  const tokens = base.text.split(/([\p{L}\p{N}]+)/u).map((text, i): TemplateToken => {
    if (i % 2 === 0) return { text, differs: false }; // separators
    const w = words(text)[0] ?? text;
    return { text, differs: others.some((set) => !set.has(w)) };
  });
  return { base, tokens, others: others.length };
}

function countPlaces(entries: readonly LogEntry[]): ClusterView['places'] {
  const n = new Map<string, number>();
  for (const e of entries) for (const p of placesOf(e)) n.set(p, (n.get(p) ?? 0) + 1);
  return [...n]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
