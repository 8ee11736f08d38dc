/**
 * Export: JSON (lossless, versioned: what import reads back) and CSV for spreadsheets
 * (RFC 4180 quoting, and a guard against formula injection: an ad's text is attacker-written).
 */
import type { LogEntry } from './types';
import { csvRow } from './csv-cell';

export const LOG_FORMAT = 'lykt-log';
export const LOG_FORMAT_VERSION = 1;

/** The file's shape (what JSON.parse of an export gives). */
export interface LogFile {
  format: typeof LOG_FORMAT;
  version: typeof LOG_FORMAT_VERSION;
  exportedAt: string;
  entries: LogEntry[];
}

/**
 * The JSON export as parts, one per entry, so a log of any size becomes a Blob without one
 * giant string (V8 strings stop near 512 MB); import streams it back (log/import.ts).
 */
export function exportJsonParts(entries: readonly LogEntry[], now = new Date()): string[] {
  const head = { format: LOG_FORMAT, version: LOG_FORMAT_VERSION, exportedAt: now.toISOString() };
  const parts = [JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "entries": [')];
  entries.forEach((e, i) => {
    const json = JSON.stringify({ ...e }, null, 2).replace(/\n/g, '\n    ');
    parts.push(`${i ? ',' : ''}\n    ${json}`);
  });
  parts.push(entries.length ? '\n  ]\n}' : ']\n}');
  return parts;
}

export const exportJson = (entries: readonly LogEntry[], now = new Date()): string =>
  exportJsonParts(entries, now).join('');

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
  'investigations',
  'text',
] as const;

/** The CSV export as parts (header, then one row per entry), for the same reason as JSON. */
export function exportCsvParts(entries: readonly LogEntry[]): string[] {
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
      investigations: (e.investigations ?? []).join('; '),
      text: e.text,
    };
    return csvRow(CSV_COLUMNS.map((c) => row[c]));
  });
  // BOM so spreadsheet programs read UTF-8 (æøå) correctly.
  return ['\ufeff' + csvRow(CSV_COLUMNS), ...rows];
}

export const exportCsv = (entries: readonly LogEntry[]): string => exportCsvParts(entries).join('');
