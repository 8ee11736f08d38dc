/**
 * The work on one chunk of input, the same in a worker thread and inline (--jobs 1):
 * pass 1 hashes each ad's distinct contacts, pass 2 scans each ad and formats its result.
 * The 'spool' pass writes its lines itself, as UTF-8, to the spool file the job names (one per
 * worker; file descriptors are shared by the threads of a process) and replies with where they
 * went; the merge job reads them back from there. So the spooled results never pass through
 * the main thread: no copy into a message and out of it, and no buffer there waiting for a GC.
 */
import { readSync, writeSync } from 'node:fs';
import {
  applySharedContacts,
  createEngine,
  findContacts,
  type Engine,
  type Level,
  type ScanResult,
} from '../indicators';
import { adoptMatcherTable } from '../indicators/matcher';
import { adFrom, parseLine, type Ad, type Columns, type Parsed } from './ads';
import { ContactTable, hashContact, type TableBuffers } from './contact-table';
import { csvResult, formatResult, scanResultJson, type OutFormat } from './output';
import { parquetRow, type ParquetRow } from './parquet-output';
import { Bytes } from './bytes';
import { finishRecord, resultBytes, spoolRecord } from './result-line';

/** A chunk: whole JSONL lines as bytes, or CSV rows already split by the reader. */
export interface Job {
  seq: number;
  /** 1: contacts only; 2: scan with the table; 'spool': scan without it (JSONL + contact
   * hashes, for a merge at the end); 'merge': add shared contacts to spooled JSONL results. */
  pass: 1 | 2 | 'spool' | 'merge';
  firstLine: number;
  bytes?: Uint8Array;
  rows?: { line: number; row: Record<string, string> }[];
  /** 'spool': the file to append the lines to; 'merge': where a spool job's lines are. */
  spool?: SpoolPart;
}

/** A spool job's lines: `length` bytes at `offset` of the file `fd`. */
export interface SpoolPart {
  fd: number;
  offset: number;
  length: number;
}

export interface Pass1Reply {
  seq: number;
  ads: number;
  hashes: Uint32Array;
}

export interface Pass2Reply {
  seq: number;
  /** 'spool' only: each ad's distinct contacts as hash pairs, and where its lines went (in
   * parts of about SPOOL_PART bytes, one merge job each). */
  hashes?: Uint32Array;
  spool?: SpoolPart[];
  text: string;
  /** 'merge' to JSONL: the lines as UTF-8 (no string to clone, decode or encode again). */
  bytes?: Uint8Array;
  errors: string[];
  ads: number;
  /** For Parquet output: one row per ad. */
  rows?: ParquetRow[];
  /** For --summary: each ad's level and categories. */
  tally?: [Level, string[]][];
}

export interface WorkConfig {
  columns: Columns;
  out: OutFormat;
  table?: TableBuffers;
  /** The matcher's table, shared by the workers (matcher-table.ts). */
  matcher?: SharedArrayBuffer;
}

const decoder = new TextDecoder();
/**
 * A merge job's size: results are several times the size of their ads (a 512 KB chunk of short
 * ads with an e-mail each spools 3.5 MB), and a merge job holds its text and its output at once.
 */
const SPOOL_PART = 512 * 1024;

function* records(job: Job, cols: Columns): Generator<Parsed> {
  if (job.rows) {
    for (const { line, row } of job.rows) yield adFrom(row, line, cols);
    return;
  }
  const text = decoder.decode(job.bytes);
  let n = job.firstLine;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let line = text.slice(at, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (n === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1); // a UTF-8 BOM
    if (line.trim() !== '') yield parseLine(line, n, cols);
    at = end + 1;
    n++;
  }
}

export class ChunkWorker {
  private engine: Engine | undefined;
  private table: ContactTable | undefined;
  private h = new Uint32Array(2);
  private out = new Bytes();
  /** A merge job's spooled records. */
  private in = new Bytes();
  /** Bytes written to each spool file so far (where the next job's lines start). */
  private spooled = new Map<number, number>();

  constructor(private config: WorkConfig) {
    adoptMatcherTable(config.matcher);
  }

  setTable(table: TableBuffers): void {
    this.table = new ContactTable(table);
  }

  pass1(job: Job): Pass1Reply {
    const out: number[] = [];
    let ads = 0;
    for (const p of records(job, this.config.columns)) {
      if (!p.ok) continue;
      ads++;
      const values = new Set(findContacts(p.ad.text, p.ad.lang).map((c) => c.value));
      for (const v of values) {
        hashContact(v, this.h, 0);
        out.push(this.h[0]!, this.h[1]!);
      }
    }
    return { seq: job.seq, ads, hashes: Uint32Array.from(out) };
  }

  private isShared = (h1: number, h2: number): boolean => this.table!.isShared(h1, h2);

  private shared(r: ScanResult): ScanResult {
    if (r.contacts.length === 0 || !this.table) return r;
    const set = new Set<string>();
    for (const c of r.contacts) {
      hashContact(c.value, this.h, 0);
      if (this.table.isShared(this.h[0]!, this.h[1]!)) set.add(c.value);
    }
    return set.size ? applySharedContacts(r, set) : r;
  }

  scanAd(ad: Ad): ScanResult {
    this.engine ??= createEngine();
    return this.shared(this.engine.scan(ad));
  }

  private rows: ParquetRow[] = [];

  private emit(id: string, r: ScanResult, parts: string[], tally: [Level, string[]][]): void {
    const { out } = this.config;
    if (out === 'parquet') this.rows.push(parquetRow(id, r));
    else if (out === 'summary') tally.push([r.level, r.indicators.map((f) => f.category)]);
    else if (out === 'csv') parts.push(csvResult(id, r));
    else parts.push(scanResultJson(id, r) + '\n'); // r: the engine's, maybe with shared contacts
  }

  pass2(job: Job): Pass2Reply {
    if (job.pass === 'merge') return this.merge(job);
    const spool = job.pass === 'spool';
    const jsonl = this.config.out === 'jsonl';
    const parts: string[] = [];
    const errors: string[] = [];
    const tally: [Level, string[]][] = [];
    const hashes: number[] = [];
    const out = this.out;
    out.n = 0;
    const cuts: number[] = [];
    let ads = 0;
    for (const p of records(job, this.config.columns)) {
      if (!p.ok) {
        errors.push(p.error);
        continue;
      }
      ads++;
      if (!spool) {
        this.emit(p.ad.id, this.scanAd(p.ad), parts, tally);
        continue;
      }
      this.engine ??= createEngine();
      const r = this.engine.scan(p.ad);
      // JSONL: with a patch, so the merge need not parse it again (result-line.ts).
      if (jsonl) spoolRecord(out, p.ad.id, r);
      else out.add(`J${formatResult(p.ad.id, r)}\n`);
      if (out.n - (cuts.at(-1) ?? 0) >= SPOOL_PART) cuts.push(out.n);
      this.hashDistinct(r, hashes);
    }
    return {
      seq: job.seq,
      text: parts.join(''),
      errors,
      ads,
      tally: this.config.out === 'summary' && !spool ? tally : undefined,
      rows: this.takeRows(),
      hashes: spool ? Uint32Array.from(hashes) : undefined,
      spool: spool ? this.spool(job.spool!.fd, cuts) : undefined,
    };
  }

  /** Appends the hash pairs of r's distinct contact values (no Set for the usual 0 or 1). */
  private hashDistinct(r: ScanResult, hashes: number[]): void {
    const cs = r.contacts;
    if (cs.length === 0) return;
    const values = cs.length === 1 ? [cs[0]!.value] : new Set(cs.map((c) => c.value));
    for (const v of values) {
      hashContact(v, this.h, 0);
      hashes.push(this.h[0]!, this.h[1]!);
    }
  }

  /** Appends the lines in `out` to spool file `fd`; where they went, cut after `cuts`. */
  private spool(fd: number, cuts: number[]): SpoolPart[] {
    const { buf, n } = this.out;
    const offset = this.spooled.get(fd) ?? 0;
    for (let at = 0; at < n;) at += writeSync(fd, buf, at, n - at, offset + at);
    this.spooled.set(fd, offset + n);
    if (cuts.at(-1) !== n) cuts.push(n);
    return cuts.map((end, i) => {
      const start = i === 0 ? 0 : cuts[i - 1]!;
      return { fd, offset: offset + start, length: end - start };
    });
  }

  /** A spool job's records, read back from its file into `in`. */
  private unspool({ fd, offset, length }: SpoolPart): Uint8Array {
    this.in.n = 0;
    this.in.reserve(length);
    const buf = this.in.buf;
    for (let at = 0; at < length;) {
      const got = readSync(fd, buf, at, length - at, offset + at);
      if (got === 0) throw new Error('the spool file ended early');
      at += got;
    }
    return buf;
  }

  private takeRows(): ParquetRow[] | undefined {
    if (this.config.out !== 'parquet') return undefined;
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  /** Spooled results → final output; JSONL records with no contact or a patch are only copied. */
  private merge(job: Job): Pass2Reply {
    const { length } = job.spool!;
    const buf = this.unspool(job.spool!);
    const jsonl = this.config.out === 'jsonl';
    const out = this.out;
    out.n = 0;
    const parts: string[] = [];
    const tally: [Level, string[]][] = [];
    let ads = 0;
    for (let at = 0, end = 0; at < length; at = end + 1) {
      end = buf.indexOf(10, at);
      if (end < 0 || end >= length) end = length;
      if (end === at) continue;
      ads++;
      if (jsonl && finishRecord(buf, at, end, this.isShared, out)) continue;
      const [from, to] = resultBytes(buf, at, end);
      const r = JSON.parse(decoder.decode(buf.subarray(from, to))) as ScanResult & { id: string };
      if (jsonl) out.add(formatResult(r.id, this.shared(r)) + '\n');
      else this.emit(r.id, this.shared(r), parts, tally);
    }
    const summary = this.config.out === 'summary';
    return {
      seq: job.seq,
      text: parts.join(''),
      bytes: jsonl ? out.take() : undefined,
      errors: [],
      ads,
      tally: summary ? tally : undefined,
      rows: this.takeRows(),
    };
  }
}
