/** Result lines: JSONL in DESIGN.md's key order, or one RFC 4180 CSV row per ad. */
import { stringify } from 'csv-stringify/sync';
import type { Finding, ScanResult } from '../indicators';
import { neutralizeCell } from '../log/csv-cell';

export type OutFormat = 'jsonl' | 'csv' | 'parquet' | 'summary';

/** Output line in the exact key order of DESIGN.md (`truncated` only when set). */
export function formatResult(id: string, r: ScanResult): string {
  const { context, level, score, indicators, contacts, truncated } = r;
  return JSON.stringify({ id, context, level, score, indicators, contacts, truncated });
}

/** What JSON.stringify escapes in a string: '"', '\\', control characters, any surrogate (lone ones). */
// eslint-disable-next-line no-control-regex -- the control characters JSON escapes
const ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const str = (s: string) => (ESCAPE.test(s) ? JSON.stringify(s) : '"' + s + '"');
const num = (x: number) => (Number.isFinite(x) ? '' + x : 'null');
/** JSON of the few strings every result repeats (categories, terms, levels), made once each. */
const known = new Map<string, string>();
const knownStr = (s: string) => {
  let j = known.get(s);
  if (j === undefined) {
    j = str(s);
    if (known.size < 20_000) known.set(s, j);
  }
  return j;
};

/** JSON.stringify of a finding as the engine (or applySharedContacts) makes it. */
export function findingJson(f: Finding): string {
  let s = '{"category":' + knownStr(f.category) + ',"term":' + knownStr(f.term);
  s += ',"match":' + str(f.match) + ',"start":' + f.start + ',"end":' + f.end;
  s += ',"weight":' + num(f.weight);
  return f.base === undefined ? s + '}' : s + ',"base":' + num(f.base) + '}';
}

/**
 * formatResult for a result as engine.scan (and applySharedContacts) build it: findings and
 * contacts with exactly the engine's keys in its order. Built by hand, a quarter less time than
 * JSON.stringify of the objects on Node 20; byte for byte the same
 * (tests/unit/cli-result-line.test.ts). Other results (parsed, from the library's callers) go
 * through formatResult.
 */
export function scanResultJson(id: string, r: ScanResult): string {
  let s = '{"id":' + str(id) + ',"context":' + knownStr(r.context) + ',"level":';
  s += knownStr(r.level) + ',"score":' + num(r.score) + ',"indicators":[';
  const fs = r.indicators;
  for (let i = 0; i < fs.length; i++) s += (i === 0 ? '' : ',') + findingJson(fs[i]!);
  s += '],"contacts":[';
  const cs = r.contacts;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    s += (i === 0 ? '{"type":' : ',{"type":') + knownStr(c.type) + ',"value":' + str(c.value);
    if (c.match !== undefined) s += ',"match":' + str(c.match);
    s += ',"start":' + c.start + ',"end":' + c.end + '}';
  }
  return r.truncated === undefined ? s + ']}' : s + '],"truncated":' + r.truncated + '}';
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
