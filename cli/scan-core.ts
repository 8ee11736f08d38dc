/** The batch scan over one JSONL stream, in-process (tests and callers of the old API). */
import type { Readable, Writable } from 'node:stream';
import { DEFAULT_COLUMNS } from './ads';
import { runScan } from './scan-run';

export { parseLine } from './ads';
export { formatResult } from './output';

export interface ScanOptions {
  summary?: boolean;
}

/** Scans JSONL from `open()` (called once per pass) to `out`; errors go to `err`. Returns the bad line count. */
export async function scanJsonl(
  open: () => Readable,
  out: Writable,
  err: Writable,
  opts: ScanOptions = {},
): Promise<number> {
  const write = (s: string | Uint8Array) =>
    out.write(s) ? undefined : new Promise<void>((ok) => out.once('drain', ok));
  const stats = await runScan({
    source: { size: () => undefined, open, close() {} },
    from: 'jsonl',
    out: opts.summary ? 'summary' : 'jsonl',
    columns: DEFAULT_COLUMNS,
    jobs: 1,
    write,
    writeBytes: write,
    error: (line) => err.write(line + '\n'),
  });
  return stats.bad;
}
