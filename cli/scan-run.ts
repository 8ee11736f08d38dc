/**
 * The batch scan in two streaming passes, so memory does not grow with the file's size (only
 * the contact table does, by about 18 bytes per distinct contact) and shared contacts are exact
 * across the whole input. Two strategies (measured by npm run bench:cli):
 *   'merge' (default): pass 1 scans each ad and spools its JSONL result to unlinked temp files
 *     (one per worker, written by the worker: chunk-work.ts) while the main thread counts
 *     contacts in a ContactTable; pass 2 re-reads the spool, adds shared contacts (only results
 *     with contacts are parsed) and writes the output format.
 *   'first-pass': pass 1 only finds contacts; pass 2 reads the input again and scans.
 * At most a few chunks per worker are in flight, and output waits for the writer (backpressure).
 */
import type { Columns } from './ads';
import type { Job, Pass1Reply, Pass2Reply, SpoolPart } from './chunk-work';
import { ContactTable } from './contact-table';
import { csvBatches } from './csv-input';
import { lineChunks, plainBytes, tempFile, type Source } from './input';
import { csvHeader, type OutFormat } from './output';
import { parquetBatches } from './parquet-input';
import type { ParquetRow } from './parquet-output';
import { Pool } from './pool';
import type { Progress } from './progress';
import { Summary } from './summary';

export interface RunOptions {
  source: Source;
  from: InFormat;
  out: OutFormat;
  columns: Columns;
  jobs: number;
  write: (s: string) => Promise<void> | void;
  /** The same for UTF-8 bytes (JSONL from the merge pass); else they are decoded for `write`. */
  writeBytes?: (b: Uint8Array) => Promise<void> | void;
  /** Parquet output's rows (out === 'parquet'). */
  writeRows?: (rows: ParquetRow[]) => void;
  error: (line: string) => void;
  progress?: Progress;
  strategy?: Strategy;
}

export type Strategy = 'merge' | 'first-pass';
export type InFormat = 'jsonl' | 'csv' | 'parquet';

export interface RunStats {
  ads: number;
  bad: number;
  contacts: number;
  pass1Ms: number;
  pass2Ms: number;
}

const decoder = new TextDecoder();

export async function runScan(o: RunOptions): Promise<RunStats> {
  const table = new ContactTable();
  const pool = new Pool(o.jobs, { columns: o.columns, out: o.out });
  const inFlight = o.jobs <= 1 ? 1 : o.jobs * 3;
  const stats: RunStats = { ads: 0, bad: 0, contacts: 0, pass1Ms: 0, pass2Ms: 0 };
  const summary = new Summary();
  let raw = 0;
  let shown = 0;

  async function* jobs(pass: Job['pass']): AsyncGenerator<Job> {
    let seq = 0;
    if (pass === 'merge') {
      for (const part of spooled) {
        raw += part.length;
        yield { seq: seq++, pass, firstLine: 0, spool: part };
      }
      return;
    }
    if (o.from === 'parquet') {
      if (!o.source.path) throw new Error('Parquet is read from a file, not from stdin');
      for await (const rows of parquetBatches(o.source.path, o.columns, (n) => (raw += n)))
        yield { seq: seq++, pass, firstLine: 0, rows };
      return;
    }
    const bytes = plainBytes(o.source.open(pass === 2 ? 2 : 1), (n) => (raw += n));
    if (o.from === 'csv') {
      const onError = (e: string) => {
        if (pass !== 1) {
          stats.bad++;
          o.error(`error: ${e} (skipped)`);
        }
      };
      for await (const rows of csvBatches(bytes, o.columns, onError))
        yield { seq: seq++, pass, firstLine: 0, rows };
    } else for await (const c of lineChunks(bytes)) yield { seq: seq++, pass, ...c };
  }

  const labels = {
    1: 'pass 1/2 contacts',
    2: 'pass 2/2 scan',
    spool: 'pass 1/2 scan',
    merge: 'pass 2/2 merge',
  };
  async function pass<R>(n: Job['pass'], handle: (r: R) => Promise<void> | void): Promise<number> {
    const t0 = performance.now();
    raw = shown = 0;
    const spoolSize = () => spooled.reduce((a, p) => a + p.length, 0);
    o.progress?.start(`lykt: ${labels[n]}`, n === 'merge' ? spoolSize() : o.source.size());
    const queue: Promise<unknown>[] = [];
    const done = async () => {
      const r = (await queue.shift()) as R & { ads?: number };
      o.progress?.add(raw - shown, r.ads ?? 0);
      shown = raw;
      await handle(r);
    };
    for await (const job of jobs(n)) {
      queue.push(pool.run(job));
      if (queue.length >= inFlight) await done();
    }
    while (queue.length) await done();
    o.progress?.clear();
    return Math.round(performance.now() - t0);
  }

  const output = async (r: Pass2Reply) => {
    for (const e of r.errors) o.error(`error: ${e} (skipped)`);
    stats.bad += r.errors.length;
    if (r.tally) for (const [level, cats] of r.tally) summary.addLevel(level, cats);
    if (r.rows) o.writeRows!(r.rows);
    if (r.text) await o.write(r.text);
    if (r.bytes?.length)
      await (o.writeBytes ? o.writeBytes(r.bytes) : o.write(decoder.decode(r.bytes)));
  };
  // One spool file per worker (each appends to its own), and where each chunk's lines went.
  const spool = o.strategy !== 'first-pass';
  const spools: ReturnType<typeof tempFile>[] = [];
  const spooled: SpoolPart[] = [];
  try {
    for (let i = 0; spool && i < Math.max(1, o.jobs); i++) spools.push(tempFile());
    pool.spoolTo(spools.map((f) => f.fd));
    if (spool) {
      stats.pass1Ms = await pass<Pass2Reply>('spool', (r) => {
        for (const e of r.errors) o.error(`error: ${e} (skipped)`);
        stats.bad += r.errors.length;
        stats.ads += r.ads;
        table.addAll(r.hashes!);
        spooled.push(...r.spool!);
      });
    } else stats.pass1Ms = await pass<Pass1Reply>(1, (r) => table.addAll(r.hashes));
    stats.contacts = table.size;
    pool.setTable(table.buffers);
    if (o.out === 'csv') await o.write(csvHeader());
    stats.pass2Ms = await pass<Pass2Reply>(spool ? 'merge' : 2, async (r) => {
      if (!spool) stats.ads += r.ads;
      await output(r);
    });
    if (o.out === 'summary') await o.write(summary.format(stats.bad));
    return stats;
  } finally {
    await pool.close(); // before the spool files close: workers write to them
    for (const f of spools) f.close();
  }
}
