/**
 * The research log in IndexedDB (database `lykt-log`, at most LIMITS.logEntries entries, store `entries` keyed by id).
 * Indexes (what the log is filtered on): `contact` (multiEntry over contact values), `site`,
 * `savedAt`; since version 2 also `level` and `investigations` (multiEntry over its names).
 * An upgrade only adds indexes: the browser fills them from the entries already saved.
 * Each call is one transaction: a crash or a full disk leaves the log as it was before the call.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LogEntry, LogEntryInput } from './types';
import { entryId } from './id';
import { checkEntryInput } from './validate';
import { LIMITS } from './limits';
import { notifyLogChanged } from './changes';
import { mergeNames } from './investigation-names';

type Stored = LogEntry & { contactValues: string[] };
interface LogDB extends DBSchema {
  entries: {
    key: string;
    value: Stored;
    indexes: {
      contact: string;
      site: string;
      savedAt: string;
      level: string;
      investigations: string;
    };
  };
}

/** A storage failure the UI can explain: `quota` (disk or browser quota full) or `other`. */
export class LogStorageError extends Error {
  constructor(
    readonly kind: 'quota' | 'full' | 'invalid' | 'other',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'LogStorageError';
  }
}

export const LOG_DB = 'lykt-log';
/** 1: entries with contact, site and savedAt indexes; 2: + level and investigations. */
export const LOG_DB_VERSION = 2;
let dbPromise: Promise<IDBPDatabase<LogDB>> | null = null;
export function db(): Promise<IDBPDatabase<LogDB>> {
  if (dbPromise) return dbPromise;
  const opening = openDB<LogDB>(LOG_DB, LOG_DB_VERSION, {
    // Each step runs once, in order, in the upgrade's one transaction: all or nothing.
    upgrade(d, oldVersion, _newVersion, tx) {
      const s =
        oldVersion < 1
          ? d.createObjectStore('entries', { keyPath: 'id' })
          : tx.objectStore('entries');
      if (oldVersion < 1) {
        s.createIndex('contact', 'contactValues', { multiEntry: true });
        s.createIndex('site', 'site');
        s.createIndex('savedAt', 'savedAt');
      }
      if (oldVersion < 2) {
        s.createIndex('level', 'level');
        s.createIndex('investigations', 'investigations', { multiEntry: true });
      }
    },
    // Another context deletes the database ("delete everything"): let go, so the deletion is
    // not blocked; the next call opens a new, empty log.
    blocking() {
      void opening.then((d) => d.close());
      if (dbPromise === current) dbPromise = null;
    },
  });
  const current = opening.catch((err) => {
    dbPromise = null;
    throw wrap(err);
  });
  dbPromise = current;
  return current;
}

export function wrap(err: unknown): LogStorageError {
  if (err instanceof LogStorageError) return err;
  const name = (err as { name?: string })?.name;
  if (name === 'QuotaExceededError')
    return new LogStorageError(
      'quota',
      'Storage is full: the entry was not saved. Free disk space or delete old entries, then try again. Saved entries are unchanged.',
      { cause: err },
    );
  return new LogStorageError('other', `Storage error: ${(err as Error)?.message ?? String(err)}`, {
    cause: err,
  });
}

/** A failed write must not let earlier writes of the same call commit (all or nothing). */
export function abort(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined); // its rejection is the error we already report
  try {
    tx.abort();
  } catch {
    // Already aborted or finished: nothing to undo.
  }
}

export const toStored = (e: LogEntry): Stored => ({
  ...e,
  contactValues: [...new Set(e.contacts.map((c) => c.value))],
});
function fromStored({ contactValues: _, ...e }: Stored): LogEntry {
  return e;
}

export const fullError = () =>
  new LogStorageError(
    'full',
    `The log is full (${LIMITS.logEntries} ads): export it and delete old entries, then try again. Saved entries are unchanged.`,
  );

/** Saves an ad; re-saving the same url + text updates it and keeps its note and first date. */
export async function saveEntry(input: LogEntryInput): Promise<LogEntry> {
  const checked = checkEntryInput(input);
  if (!checked.ok) throw new LogStorageError('invalid', `Refused: ${checked.reason}`);
  const v = checked.value;
  const id = await entryId(v.url, v.text);
  const tx = (await db()).transaction('entries', 'readwrite');
  try {
    const old = await tx.store.get(id);
    if (!old && (await tx.store.count()) >= LIMITS.logEntries) throw fullError();
    const { note, ...fields } = v;
    const entry: LogEntry = {
      ...fields,
      id,
      savedAt: old?.savedAt ?? new Date().toISOString(),
      note: note ?? old?.note ?? '',
    };
    // A re-save never takes the ad out of an investigation.
    const investigations = mergeNames(old?.investigations, v.investigations);
    if (investigations) entry.investigations = investigations;
    await tx.store.put(toStored(entry));
    await tx.done;
    notifyLogChanged();
    return entry;
  } catch (err) {
    abort(tx);
    throw wrap(err);
  }
}

export async function updateNote(id: string, note: string): Promise<LogEntry> {
  if (note.length > LIMITS.note)
    throw new LogStorageError('invalid', `Note longer than ${LIMITS.note} characters`);
  try {
    const tx = (await db()).transaction('entries', 'readwrite');
    const old = await tx.store.get(id);
    if (!old) throw new LogStorageError('invalid', 'No such entry');
    await tx.store.put({ ...old, note });
    await tx.done;
    notifyLogChanged();
    return fromStored({ ...old, note });
  } catch (err) {
    throw wrap(err);
  }
}

export async function deleteEntry(id: string): Promise<void> {
  await (await db()).delete('entries', id).catch((e) => Promise.reject(wrap(e)));
  notifyLogChanged();
}

/** Reading never creates the database, so after "delete everything" none is left behind. */
async function exists(): Promise<boolean> {
  if (dbPromise || typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((d) => d.name === LOG_DB);
}

/** All entries, newest first. */
export async function listEntries(): Promise<LogEntry[]> {
  if (!(await exists())) return [];
  const all = await (
    await db()
  )
    .getAllFromIndex('entries', 'savedAt')
    .catch((e) => Promise.reject(wrap(e)));
  return all.reverse().map(fromStored);
}

/** Entries that carry one contact value (index lookup). */
export async function entriesByContact(value: string): Promise<LogEntry[]> {
  if (!(await exists())) return [];
  return (await (await db()).getAllFromIndex('entries', 'contact', value)).map(fromStored);
}

/** Entries in one investigation (index lookup), newest first. */
export async function entriesInInvestigation(name: string): Promise<LogEntry[]> {
  if (!(await exists())) return [];
  const found = await (await db()).getAllFromIndex('entries', 'investigations', name);
  return found.map(fromStored).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/** Each investigation name with its number of entries, read from the index's keys alone. */
export async function investigationCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!(await exists())) return counts;
  const index = (await db()).transaction('entries').store.index('investigations');
  for (let c = await index.openKeyCursor(); c; c = await c.continue())
    counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  return counts;
}

export interface ImportOutcome {
  added: number;
  /** Already in the log (same id): left untouched, never duplicated. */
  duplicates: number;
}

/** Adds validated entries in one transaction: all or nothing, existing entries never touched. */
export async function importEntries(entries: LogEntry[]): Promise<ImportOutcome> {
  const tx = (await db()).transaction('entries', 'readwrite');
  try {
    let added = 0;
    let room = LIMITS.logEntries - (await tx.store.count());
    for (const e of entries) {
      if ((await tx.store.getKey(e.id)) !== undefined) continue;
      if (room-- <= 0) throw fullError();
      await tx.store.add(toStored(e));
      added++;
    }
    await tx.done;
    if (added > 0) notifyLogChanged();
    return { added, duplicates: entries.length - added };
  } catch (err) {
    abort(tx);
    throw wrap(err);
  }
}

/**
 * "Delete everything": removes the whole IndexedDB database, not only its records, so the browser
 * drops its files instead of keeping deleted records until a later compaction (issue 19.15).
 */
export async function deleteLog(): Promise<void> {
  const open = dbPromise;
  dbPromise = null;
  if (open) (await open.catch(() => null))?.close();
  try {
    await deleteDB(LOG_DB, {
      blocked: () => undefined, // other contexts close on their `blocking` call; then it goes on
    });
  } catch (err) {
    throw wrap(err);
  }
  notifyLogChanged();
}
