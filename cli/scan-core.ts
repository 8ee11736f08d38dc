/**
 * Batch scan over JSONL in two streaming passes, so memory stays constant in the file size:
 * pass 1 counts contacts (for shared-contact), pass 2 scans each ad and writes one line.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  applySharedContacts,
  createEngine,
  findContacts,
  type AdInput,
  type ScanResult,
} from '../indicators';
import { Summary } from './summary';

type Parsed = { ok: true; ad: AdInput & { id: string } } | { ok: false; error: string };

export function parseLine(line: string, lineNo: number): Parsed {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `line ${lineNo}: invalid JSON (${(e as Error).message})` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return { ok: false, error: `line ${lineNo}: not a JSON object` };
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string')
    return { ok: false, error: `line ${lineNo}: "text" must be a string` };
  for (const k of ['title', 'url', 'lang'] as const)
    if (o[k] !== undefined && typeof o[k] !== 'string')
      return { ok: false, error: `line ${lineNo}: "${k}" must be a string` };
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : String(lineNo);
  return { ok: true, ad: { ...(o as unknown as AdInput), id } };
}

async function* lines(input: Readable): AsyncGenerator<[string, number]> {
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (line.trim() !== '') yield [line, n];
  }
}

/** Output line in the exact key order of DESIGN.md (`truncated` only when set). */
export function formatResult(id: string, r: ScanResult): string {
  const { context, level, score, indicators, contacts, truncated } = r;
  return JSON.stringify({ id, context, level, score, indicators, contacts, truncated });
}

export interface ScanOptions {
  summary?: boolean;
}

/** Scans JSONL from `open()` (called twice) to `out`; errors go to `err`. Returns the bad line count. */
export async function scanJsonl(
  open: () => Readable,
  out: Writable,
  err: Writable,
  opts: ScanOptions = {},
): Promise<number> {
  const counts = new Map<string, number>();
  for await (const [line] of lines(open())) {
    const p = parseLine(line, 0);
    if (!p.ok) continue;
    for (const v of new Set(findContacts(p.ad.text, p.ad.lang).map((c) => c.value)))
      counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const shared = new Set([...counts].filter(([, n]) => n >= 2).map(([v]) => v));
  counts.clear();
  const engine = createEngine();
  const summary = new Summary();
  let bad = 0;
  for await (const [line, n] of lines(open())) {
    const p = parseLine(line, n);
    if (!p.ok) {
      bad++;
      err.write(`error: ${p.error} (skipped)\n`);
      continue;
    }
    const r = applySharedContacts(engine.scan(p.ad), shared);
    if (opts.summary) summary.add(r);
    else if (!out.write(formatResult(p.ad.id, r) + '\n'))
      await new Promise((ok) => out.once('drain', ok));
  }
  if (opts.summary) out.write(summary.format(bad));
  return bad;
}
