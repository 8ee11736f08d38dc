/**
 * Checks one log entry (from a content script's "Save to log", or from an import file) and
 * rebuilds it from known fields only, so extra or prototype keys never reach the database.
 * Returns the clean value or the first reason it was refused (English, for logs and reports).
 */
import { CATEGORIES, CONTEXTS, LEVELS } from '../indicators/types';
import type { Contact, Finding } from '../indicators/types';
import type { LogEntry, LogEntryInput } from './types';
import { LIMITS } from './limits';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const int = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function finding(v: unknown, textLen: number): Finding | string {
  if (!isObj(v)) return 'indicator is not an object';
  if (!CATEGORIES.includes(v.category as 'youth'))
    return `unknown category ${JSON.stringify(String(v.category)).slice(0, 40)}`;
  if (!str(v.term, LIMITS.term) || !str(v.match, LIMITS.term))
    return 'indicator term missing or too long';
  if (!int(v.start) || !int(v.end) || v.start > v.end || v.end > textLen)
    return 'indicator offsets out of range';
  if (typeof v.weight !== 'number' || !Number.isFinite(v.weight))
    return 'indicator weight not a number';
  return {
    category: v.category as Finding['category'],
    term: v.term,
    match: v.match,
    start: v.start,
    end: v.end,
    weight: v.weight,
  };
}

function contact(v: unknown, textLen: number): Contact | string {
  if (!isObj(v)) return 'contact is not an object';
  if (v.type !== 'phone' && v.type !== 'email') return 'contact type must be phone or email';
  if (!str(v.value, LIMITS.contactValue) || v.value.trim() === '')
    return 'contact value missing or too long';
  if (!int(v.start) || !int(v.end) || v.start > v.end || v.end > textLen)
    return 'contact offsets out of range';
  return { type: v.type, value: v.value, start: v.start, end: v.end };
}

function list<T>(
  v: unknown,
  max: number,
  name: string,
  one: (x: unknown) => T | string,
): T[] | string {
  if (!Array.isArray(v)) return `${name} must be a list`;
  if (v.length > max) return `too many ${name} (${v.length} > ${max})`;
  const out: T[] = [];
  for (const x of v) {
    const r = one(x);
    if (typeof r === 'string') return r;
    out.push(r);
  }
  return out;
}

/** An investigation's name, trimmed, or why it cannot be one. */
export function checkInvestigationName(v: unknown): string | { reason: string } {
  if (typeof v !== 'string') return { reason: 'investigation name is not text' };
  const name = v.trim();
  if (name === '') return { reason: 'investigation name is empty' };
  if (name.length > LIMITS.investigationName)
    return { reason: `investigation name longer than ${LIMITS.investigationName} characters` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name))
    return { reason: 'investigation name has control characters' };
  return name;
}

/** An entry's investigations: names checked and trimmed, each once, at most LIMITS.investigations. */
export function checkInvestigations(v: unknown): string[] | string {
  if (!Array.isArray(v)) return 'investigations must be a list';
  if (v.length > LIMITS.investigations)
    return `too many investigations (${v.length} > ${LIMITS.investigations})`;
  const names = new Set<string>();
  for (const x of v) {
    const name = checkInvestigationName(x);
    if (typeof name !== 'string') return name.reason;
    names.add(name);
  }
  return [...names];
}

export function checkEntryInput(v: unknown): Checked<LogEntryInput> {
  if (!isObj(v)) return { ok: false, reason: 'entry is not an object' };
  if (!str(v.url, LIMITS.url)) return { ok: false, reason: 'url missing or too long' };
  let url: URL;
  try {
    url = new URL(v.url);
  } catch {
    return { ok: false, reason: 'url is not a valid address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: 'url must be http or https' };
  if (!str(v.site, LIMITS.site)) return { ok: false, reason: 'site missing or too long' };
  if (!str(v.title, LIMITS.title)) return { ok: false, reason: 'title missing or too long' };
  if (!str(v.text, LIMITS.text) || v.text.trim() === '')
    return { ok: false, reason: 'text missing, empty or too long' };
  if (!CONTEXTS.includes(v.context as 'other')) return { ok: false, reason: 'unknown context' };
  if (!LEVELS.includes(v.level as 'none')) return { ok: false, reason: 'unknown level' };
  if (typeof v.score !== 'number' || !Number.isFinite(v.score) || v.score < 0)
    return { ok: false, reason: 'score must be a number ≥ 0' };
  if (v.note !== undefined && !str(v.note, LIMITS.note))
    return { ok: false, reason: 'note too long' };
  const text = v.text;
  const indicators = list(v.indicators, LIMITS.findings, 'indicators', (x) =>
    finding(x, text.length),
  );
  if (typeof indicators === 'string') return { ok: false, reason: indicators };
  const contacts = list(v.contacts, LIMITS.contacts, 'contacts', (x) => contact(x, text.length));
  if (typeof contacts === 'string') return { ok: false, reason: contacts };
  const value: LogEntryInput = {
    url: v.url,
    site: v.site,
    title: v.title,
    text,
    context: v.context as LogEntryInput['context'],
    level: v.level as LogEntryInput['level'],
    score: v.score,
    indicators,
    contacts,
  };
  if (typeof v.note === 'string') value.note = v.note;
  if (v.truncated === true) value.truncated = true;
  if (v.investigations !== undefined) {
    const names = checkInvestigations(v.investigations);
    if (typeof names === 'string') return { ok: false, reason: names };
    if (names.length) value.investigations = names;
  }
  return { ok: true, value };
}

/** A full stored entry (import): the input fields plus savedAt and note. The id is recomputed. */
export function checkEntry(v: unknown): Checked<Omit<LogEntry, 'id'>> {
  const base = checkEntryInput(v);
  if (!base.ok) return base;
  const r = v as Record<string, unknown>;
  if (typeof r.savedAt !== 'string' || r.savedAt.length > 40 || Number.isNaN(Date.parse(r.savedAt)))
    return { ok: false, reason: 'savedAt is not a date' };
  if (!str(r.note, LIMITS.note)) return { ok: false, reason: 'note missing or too long' };
  return {
    ok: true,
    value: { ...base.value, savedAt: new Date(r.savedAt).toISOString(), note: r.note },
  };
}
