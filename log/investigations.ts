/**
 * Investigations: names the user gives to sets of saved ads ("Case Oslo spring"). An entry lists
 * its names in `investigations`. Adding ads stores new ones as log entries with the name (level
 * `none` too: clustering needs whole templates) and adds the name to ads already in the log,
 * keeping their note, date and every other field. Each call is one transaction (all or nothing).
 */
import type { LogEntry, LogEntryInput } from './types';
import { entryId } from './id';
import { LIMITS } from './limits';
import {
  abort,
  db,
  fullError,
  investigationCounts,
  LogStorageError,
  toStored,
  wrap,
} from './store';
import { mergeNames } from './investigation-names';
import { notifyLogChanged } from './changes';
import { checkEntryInput, checkInvestigationName } from './validate';

/** Extension storage key of the investigation last added to (the name fields offer it first). */
export const LAST_INVESTIGATION_KEY = 'lastInvestigation';

export interface AddOutcome {
  /** The name as stored (trimmed). */
  name: string;
  /** Ids of the entries this call created (undo deletes them). */
  added: string[];
  /** Ids of entries already in the log that now carry the name too (undo takes it off). */
  merged: string[];
  /** Already in this investigation: unchanged. */
  already: number;
  /** Already in LIMITS.investigations investigations: unchanged. */
  full: number;
  /** The same ad (url and text) more than once in the call (a page that shows an ad twice). */
  repeated: number;
}

export interface InvestigationCount {
  name: string;
  /** Entries that carry the name. */
  count: number;
}

/** The trimmed name, or a LogStorageError('invalid') saying what is wrong with it. */
export function investigationName(v: unknown): string {
  const name = checkInvestigationName(v);
  if (typeof name !== 'string') throw new LogStorageError('invalid', `Refused: ${name.reason}`);
  return name;
}

/** Adds ads (checked like any save) to the investigation `rawName`. */
export async function addToInvestigation(
  rawName: string,
  inputs: readonly LogEntryInput[],
  now = new Date(),
): Promise<AddOutcome> {
  const name = investigationName(rawName);
  const ads = new Map<string, LogEntryInput>();
  let repeated = 0;
  for (const input of inputs) {
    const checked = checkEntryInput(input);
    if (!checked.ok) throw new LogStorageError('invalid', `Refused: ${checked.reason}`);
    // Ids first: awaiting anything but IndexedDB inside the transaction would end it.
    const id = await entryId(checked.value.url, checked.value.text);
    if (ads.has(id)) repeated++;
    else ads.set(id, checked.value);
  }
  const out: AddOutcome = { name, added: [], merged: [], already: 0, full: 0, repeated };
  const tx = (await db()).transaction('entries', 'readwrite');
  try {
    let room = LIMITS.logEntries - (await tx.store.count());
    for (const [id, v] of ads) {
      const old = await tx.store.get(id);
      const names = old?.investigations ?? [];
      if (old && names.includes(name)) out.already++;
      else if (old && names.length >= LIMITS.investigations) out.full++;
      else if (old) {
        await tx.store.put({ ...old, investigations: [...names, name] });
        out.merged.push(id);
      } else {
        if (room-- <= 0) throw fullError();
        const { note, investigations, ...fields } = v;
        const entry: LogEntry = {
          ...fields,
          id,
          savedAt: now.toISOString(),
          note: note ?? '',
          investigations: mergeNames([name], investigations),
        };
        await tx.store.add(toStored(entry));
        out.added.push(id);
      }
    }
    await tx.done;
  } catch (err) {
    abort(tx);
    throw wrap(err);
  }
  if (out.added.length || out.merged.length) notifyLogChanged();
  return out;
}

/**
 * Takes back an addToInvestigation: its new entries are deleted, unless they got a note or
 * another investigation since (then only the name comes off), and the merged ones lose the name.
 */
export async function undoAdd(o: Pick<AddOutcome, 'name' | 'added' | 'merged'>): Promise<void> {
  const created = new Set(o.added);
  const tx = (await db()).transaction('entries', 'readwrite');
  try {
    for (const id of [...o.added, ...o.merged]) {
      const old = await tx.store.get(id);
      if (!old) continue;
      const rest = (old.investigations ?? []).filter((n) => n !== o.name);
      if (created.has(id) && rest.length === 0 && old.note === '') await tx.store.delete(id);
      else {
        const kept: typeof old = { ...old, investigations: rest };
        if (!rest.length) delete kept.investigations;
        await tx.store.put(kept);
      }
    }
    await tx.done;
  } catch (err) {
    abort(tx);
    throw wrap(err);
  }
  notifyLogChanged();
}

/** Every investigation name in the log with its number of entries, by name (reading never
 * creates the database). */
export async function listInvestigations(): Promise<InvestigationCount[]> {
  return [...(await investigationCounts())]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
