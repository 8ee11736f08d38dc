import type { LogEntry, LogEntryInput } from '../../log/types';

let n = 0;
/** A plausible saved ad; override what a test cares about. */
export function entry(over: Partial<LogEntry> = {}): LogEntry {
  n++;
  const text = over.text ?? `Ad number ${n}. Ring 912 34 567`;
  return {
    id: `id-${n}`,
    url: `https://ads.example/ad/${n}`,
    site: 'ads.example',
    title: `Ad ${n}`,
    text,
    context: 'massage',
    level: 'medium',
    score: 4,
    indicators: [{ category: 'youth', term: 'young', match: 'Ad', start: 0, end: 2, weight: 2 }],
    contacts: [],
    savedAt: `2026-01-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    note: '',
    ...over,
  };
}

export const phone = (value: string) => ({ type: 'phone' as const, value, start: 0, end: 2 });
export const email = (value: string) => ({ type: 'email' as const, value, start: 0, end: 2 });

/** What a save sends for ad `n` (no id, date or note yet); level none for odd n. */
export function adInput(n: number, over: Partial<LogEntryInput> = {}): LogEntryInput {
  const e: Partial<LogEntry> = entry({
    url: `https://ads.example/ad/${n}`,
    text: `Ad ${n}: new in town, ring 912 34 56${n % 10}`,
    indicators: [],
    level: n % 2 ? 'none' : 'medium',
  });
  delete e.id;
  delete e.savedAt;
  delete e.note;
  return { ...(e as LogEntryInput), ...over };
}
