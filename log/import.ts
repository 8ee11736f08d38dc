/**
 * Import of a JSON log file: checks the envelope and every record, refuses what is wrong with
 * a reason per record, recomputes ids (never trusts the file's) and drops duplicates in the file.
 * Pure: storing (which skips entries already in the log) is log/store.ts's importEntries.
 */
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

export async function parseImport(text: string): Promise<ParsedImport> {
  if (text.length > LIMITS.importBytes)
    return fail(`File too large (limit ${LIMITS.importBytes / 1024 / 1024} MB).`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    return fail(`Not a JSON file: ${(err as Error).message.slice(0, 120)}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail('Not a Lykt log file.');
  const d = data as Record<string, unknown>;
  if (d.format !== LOG_FORMAT) return fail('Not a Lykt log file (format is not "lykt-log").');
  if (d.version !== LOG_FORMAT_VERSION)
    return fail(
      `Unsupported log version ${JSON.stringify(d.version)?.slice(0, 20)} (this Lykt reads version ${LOG_FORMAT_VERSION}).`,
    );
  if (!Array.isArray(d.entries)) return fail('The file has no list of entries.');
  if (d.entries.length > LIMITS.importEntries)
    return fail(`Too many entries (${d.entries.length} > ${LIMITS.importEntries}).`);
  const entries: LogEntry[] = [];
  const refused: Refusal[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of d.entries.entries()) {
    const r = checkEntry(raw);
    if (!r.ok) {
      refused.push({ record: i + 1, reason: r.reason });
      continue;
    }
    const id = await entryId(r.value.url, r.value.text);
    if (seen.has(id)) {
      refused.push({ record: i + 1, reason: 'duplicate of an earlier record in the file' });
      continue;
    }
    seen.add(id);
    entries.push({ id, ...r.value });
  }
  return { ok: true, entries, refused };
}
