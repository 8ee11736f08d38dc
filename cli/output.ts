/** Result lines: JSONL in DESIGN.md's key order, or one RFC 4180 CSV row per ad. */
import { stringify } from 'csv-stringify/sync';
import type { ScanResult } from '../indicators';
import { neutralizeCell } from '../log/csv-cell';

export type OutFormat = 'jsonl' | 'csv' | 'parquet' | 'summary';

/** Output line in the exact key order of DESIGN.md (`truncated` only when set). */
export function formatResult(id: string, r: ScanResult): string {
  const { context, level, score, indicators, contacts, truncated } = r;
  return JSON.stringify({ id, context, level, score, indicators, contacts, truncated });
}

export const CSV_COLUMNS = [
  'id',
  'context',
  'level',
  'score',
  'categories',
  'terms',
  'contacts',
  'shared_contacts',
  'truncated',
  'indicators',
] as const;

const uniq = (xs: string[]) => [...new Set(xs)].join('; ');

/** Every cell quoted (RFC 4180) and neutralised, so no spreadsheet runs one as a formula. */
function csvRows(rows: (string | number)[][]): string {
  return stringify(
    rows.map((r) => r.map(neutralizeCell)),
    { quoted: true, quoted_empty: true, record_delimiter: '\r\n' },
  );
}

export const csvHeader = (): string => csvRows([[...CSV_COLUMNS]]);

/** One ad's cells in CSV_COLUMNS order (not neutralised). */
export function csvCells(id: string, r: ScanResult): (string | number)[] {
  const shared = r.indicators.filter((f) => f.category === 'shared-contact').map((f) => f.term);
  return [
    id,
    r.context,
    r.level,
    r.score,
    uniq(r.indicators.map((f) => f.category)),
    uniq(r.indicators.map((f) => f.match)),
    uniq(r.contacts.map((c) => c.value)),
    uniq(shared),
    r.truncated ? 'true' : '',
    JSON.stringify(r.indicators),
  ];
}

export function csvResult(id: string, r: ScanResult): string {
  return csvRows([csvCells(id, r)]);
}
