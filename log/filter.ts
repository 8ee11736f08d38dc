/** Filtering and sorting of log entries (pure; the log UI and tests share it). */
import { LEVELS, type Category, type Level } from '../indicators/types';
import type { LogEntry } from './types';

export interface LogFilter {
  category?: Category;
  /** Lowest level shown. */
  minLevel?: Level;
  site?: string;
  /** Name of an investigation (the entry's `investigations` holds it). */
  investigation?: string;
  /** Inclusive dates, `YYYY-MM-DD` (local day boundaries are the UI's concern). */
  from?: string;
  to?: string;
  /** Case-insensitive search over title, text, note, url and contacts. */
  query?: string;
}

export type LogSort = 'newest' | 'oldest' | 'level' | 'site';
export const LOG_SORTS: LogSort[] = ['newest', 'oldest', 'level', 'site'];

const rank = (l: Level) => LEVELS.indexOf(l);
const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase('nb');

export function matches(e: LogEntry, f: LogFilter): boolean {
  if (f.category && !e.indicators.some((i) => i.category === f.category)) return false;
  if (f.minLevel && rank(e.level) < rank(f.minLevel)) return false;
  if (f.site && e.site !== f.site) return false;
  if (f.investigation && !e.investigations?.includes(f.investigation)) return false;
  const day = e.savedAt.slice(0, 10);
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  const q = f.query?.trim();
  if (q) {
    const hay = fold(
      [e.title, e.text, e.note, e.url, ...e.contacts.map((c) => c.value)].join('\n'),
    );
    if (
      !fold(q)
        .split(/\s+/)
        .every((w) => hay.includes(w))
    )
      return false;
  }
  return true;
}

const SORTERS: Record<LogSort, (a: LogEntry, b: LogEntry) => number> = {
  newest: (a, b) => b.savedAt.localeCompare(a.savedAt),
  oldest: (a, b) => a.savedAt.localeCompare(b.savedAt),
  level: (a, b) => rank(b.level) - rank(a.level) || b.score - a.score || SORTERS.newest(a, b),
  site: (a, b) => a.site.localeCompare(b.site) || SORTERS.newest(a, b),
};

export function filterEntries(
  entries: readonly LogEntry[],
  f: LogFilter,
  sort: LogSort = 'newest',
): LogEntry[] {
  return entries.filter((e) => matches(e, f)).sort(SORTERS[sort]);
}

/** Distinct sites, for the filter's choices. */
export const sitesOf = (entries: readonly LogEntry[]) =>
  [...new Set(entries.map((e) => e.site))].sort();

/** Distinct investigation names, for the filter's choices. */
export const investigationsOf = (entries: readonly LogEntry[]) =>
  [...new Set(entries.flatMap((e) => e.investigations ?? []))].sort((a, b) => a.localeCompare(b));
