/**
 * Import of a JSON log file, streamed: the file is parsed chunk by chunk (@streamparser/json), so
 * an export of any size imports back without one giant string, and the page stays responsive.
 * Checks the envelope and every record, refuses what is wrong with a reason per record,
 * recomputes ids (never trusts the file's) and drops duplicates in the file.
 * Pure: storing (which skips entries already in the log) is log/store.ts's importEntries.
 */
import { JSONParser } from '@streamparser/json';
import type { LogEntry } from './types';
import { LOG_FORMAT, LOG_FORMAT_VERSION } from './export';
import { entryId } from './id';
import { LIMITS } from './limits';
import { checkEntry } from './validate';

export interface Refusal {
  /** 1-based position in the file's `entries`. */
  record: number;
  reason: string;
}

export type ParsedImport =
  { ok: true; entries: LogEntry[]; refused: Refusal[] } | { ok: false; error: string };

const fail = (error: string): ParsedImport => ({ ok: false, error });
/** Files up to this size are also checked whole when they hold no entries (`[]`, `{}`, …). */
const SMALL = 1024 * 1024;
const BOM = [0xef, 0xbb, 0xbf];

class Refused extends Error {}

export async function parseImport(text: string): Promise<ParsedImport> {
  const bytes = new TextEncoder().encode(text);
  return parseImportStream(
    new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes);
        c.close();
      },
    }),
  );
}

export async function parseImportStream(stream: ReadableStream<Uint8Array>): Promise<ParsedImport> {
  const env: { format?: unknown; version?: unknown } = {};
  let records = 0;
  let pending: { record: number; raw: unknown }[] = [];
  const parser = new JSONParser({
    paths: ['$.format', '$.version', '$.entries.*'],
    keepStack: false,
  });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1 && key === 'format') {
      env.format = value;
      if (value !== LOG_FORMAT) throw new Refused(envelopeError(env) ?? '');
    } else if (stack.length === 1 && key === 'version') env.version = value;
    else if (stack.length === 2 && typeof key === 'number') {
      if (++records > LIMITS.logEntries)
        throw new Refused(`Too many entries (more than ${LIMITS.logEntries}).`);
      pending.push({ record: key + 1, raw: value });
    } else throw new Refused('The file has no list of entries.');
  };

  const entries: LogEntry[] = [];
  const refused: Refusal[] = [];
  const seen = new Set<string>();
  const drain = async () => {
    const batch = pending;
    pending = [];
    for (const { record, raw } of batch) {
      const r = checkEntry(raw);
      if (!r.ok) {
        refused.push({ record, reason: r.reason });
        continue;
      }
      const id = await entryId(r.value.url, r.value.text);
      if (seen.has(id)) {
        refused.push({ record, reason: 'duplicate of an earlier record in the file' });
        continue;
      }
      seen.add(id);
      entries.push({ id, ...r.value });
    }
  };

  const reader = stream.getReader();
  const head: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let chunk = value;
      if (size === 0 && BOM.every((b, i) => chunk[i] === b)) chunk = chunk.subarray(3);
      if (size < SMALL) head.push(chunk);
      size += chunk.length;
      if (chunk.length) parser.write(chunk);
      await drain();
    }
    if (!parser.isEnded) parser.end();
  } catch (err) {
    void reader.cancel().catch(() => undefined);
    if (err instanceof Refused) return fail(err.message);
    return fail(`Not a JSON file: ${String((err as Error)?.message).slice(0, 120)}`);
  }
  await drain();
  const bad = envelopeError(env);
  if (bad) return fail(bad);
  if (records === 0 && !hasEntryList(head, size)) return fail('The file has no list of entries.');
  return { ok: true, entries, refused };
}

function envelopeError(env: { format?: unknown; version?: unknown }): string | undefined {
  if (env.format !== LOG_FORMAT) return 'Not a Lykt log file (format is not "lykt-log").';
  if (env.version !== LOG_FORMAT_VERSION)
    return `Unsupported log version ${JSON.stringify(env.version)?.slice(0, 20)} (this Lykt reads version ${LOG_FORMAT_VERSION}).`;
  return undefined;
}

/** No entry was streamed: is there an empty list, or none at all? (Only small files can have
 * an empty list and nothing else; a big file without entries is refused.) */
function hasEntryList(head: Uint8Array[], size: number): boolean {
  if (size > SMALL) return false;
  const d = JSON.parse(new TextDecoder().decode(concat(head))) as { entries?: unknown };
  return Array.isArray(d.entries);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
