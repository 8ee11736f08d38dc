/**
 * Lykt as a library (`import { createEngine, scanAds } from 'lykt'`), the same engine the
 * extension, the widget and `lykt scan` run. See cli/API.md.
 */
import {
  createEngine,
  linkSharedContacts,
  type AdInput,
  type Engine,
  type EngineOptions,
  type ScanResult,
} from '../indicators';
import { DEFAULT_COLUMNS, type Columns } from './ads';
import { fileSource } from './input';
import { runScan, type InFormat, type RunStats } from './scan-run';

export {
  applySharedContacts,
  CATEGORIES,
  CONTEXTS,
  createEngine,
  findContacts,
  LANGS,
  LEVELS,
  linkSharedContacts,
  SCAN_LIMIT,
} from '../indicators';
export type {
  AdContext,
  AdInput,
  Category,
  Contact,
  CustomTerm,
  Engine,
  EngineOptions,
  Finding,
  Lang,
  Level,
  ScanResult,
} from '../indicators';
export type { Columns } from './ads';
export type { RunStats } from './scan-run';
export { neutralizeCell } from '../log/csv-cell';
export { csvHeader, csvResult, formatResult } from './output';

export interface ScanAdsOptions extends EngineOptions {
  /** An engine to reuse (building one takes some milliseconds); made from the options if absent. */
  engine?: Engine;
}

/**
 * Scans ads in memory, in order, and marks contacts shared by two or more of them
 * (`shared-contact`). For inputs that do not fit in memory, use scanFile.
 */
export function scanAds(ads: Iterable<AdInput>, options: ScanAdsOptions = {}): ScanResult[] {
  const engine = options.engine ?? createEngine(options);
  const results = Array.from(ads, (ad) => engine.scan(ad));
  linkSharedContacts(results);
  return results;
}

export interface ScanFileOptions {
  /** Input format; default from the name (`.csv`, `.csv.gz`, `.parquet`), else jsonl. gzip is read directly. */
  from?: InFormat;
  /** Output: JSONL lines (DESIGN.md's batch format) or RFC 4180 CSV rows with a header. */
  to?: 'jsonl' | 'csv';
  /** Column (CSV) or key (JSONL) names; defaults: text, id, title, url, lang. */
  columns?: Partial<Columns>;
  /** Worker threads (default 1 here; `lykt scan` defaults to every core). */
  jobs?: number;
  /** Receives the output in input order; may return a promise to apply backpressure. */
  write: (chunk: string) => void | Promise<void>;
  /** Each malformed line, with its line number (skipped). */
  onError?: (message: string) => void;
}

/** Scans a file as `lykt scan` does: two streaming passes, bounded memory, exact shared contacts. */
export function scanFile(path: string, options: ScanFileOptions): Promise<RunStats> {
  const source = fileSource(path);
  return runScan({
    source,
    from:
      options.from ??
      (/\.csv(\.gz)?$/i.test(path) ? 'csv' : /\.parquet$/i.test(path) ? 'parquet' : 'jsonl'),
    out: options.to ?? 'jsonl',
    columns: { ...DEFAULT_COLUMNS, ...options.columns },
    jobs: options.jobs ?? 1,
    write: options.write,
    error: options.onError ?? (() => {}),
  }).finally(() => source.close());
}
