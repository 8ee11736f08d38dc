/**
 * Export: JSON (lossless, versioned: what import reads back) and CSV for spreadsheets
 * (RFC 4180 quoting, and a guard against formula injection: an ad's text is attacker-written).
 */
import type { LogEntry } from './types';

export const LOG_FORMAT = 'lykt-log';
export const LOG_FORMAT_VERSION = 1;

export interface LogFile {
  format: typeof LOG_FORMAT;
  version: typeof LOG_FORMAT_VERSION;
  exportedAt: string;
  entries: LogEntry[];
}

export function exportJson(entries: readonly LogEntry[], now = new Date()): string {
  const file: LogFile = {
    format: LOG_FORMAT,
    version: LOG_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    entries: entries.map((e) => ({ ...e })),
  };
  return JSON.stringify(file, null, 2);
}

/** Cells starting with = + - @ (or tab/CR, which some spreadsheets strip first) run as formulas. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'id',
  'savedAt',
  'site',
  'url',
  'title',
  'context',
  'level',
  'score',
  'categories',
  'terms',
  'phones',
  'emails',
  'note',
  'text',
] as const;

export function exportCsv(entries: readonly LogEntry[]): string {
  const rows = entries.map((e) => {
    const contacts = (t: string) =>
      e.contacts
        .filter((c) => c.type === t)
        .map((c) => c.value)
        .join('; ');
    const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
      id: e.id,
      savedAt: e.savedAt,
      site: e.site,
      url: e.url,
      title: e.title,
      context: e.context,
      level: e.level,
      score: e.score,
      categories: [...new Set(e.indicators.map((i) => i.category))].join('; '),
      terms: [...new Set(e.indicators.map((i) => i.term))].join('; '),
      phones: contacts('phone'),
      emails: contacts('email'),
      note: e.note,
      text: e.text,
    };
    return CSV_COLUMNS.map((c) => csvCell(row[c])).join(',');
  });
  // BOM so spreadsheet programs read UTF-8 (æøå) correctly.
  return '\ufeff' + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
