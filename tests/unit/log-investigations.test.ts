// @vitest-environment node
// fake-indexeddb: a complete in-memory IndexedDB (its own spec test suite), so the store's
// transactions run for real in Node; the extension's real IndexedDB is checked in
// tests/e2e/investigate.e2e.ts.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addToInvestigation,
  investigationEntries,
  listInvestigations,
  undoAdd,
} from '../../log/investigations';
import { mergeNames } from '../../log/investigation-names';
import { parse } from 'csv-parse/sync';
import { exportCsv, exportJson } from '../../log/export';
import { parseImport } from '../../log/import';
import { LIMITS } from '../../log/limits';
import { deleteLog, listEntries, saveEntry, updateNote } from '../../log/store';
import type { LogEntry, LogEntryInput } from '../../log/types';
import { checkEntryInput, checkInvestigations } from '../../log/validate';
import { entry } from './log-fixtures';

const input = (n: number, over: Partial<LogEntryInput> = {}): LogEntryInput => {
  const e: Partial<LogEntry> = entry({
    url: `https://ads.example/ad/${n}`,
    text: `Ad ${n}: new in town, ring 912 34 56${n % 10}`,
    indicators: [],
    level: n % 2 ? 'none' : 'medium',
  });
  delete e.id;
  delete e.savedAt;
  delete e.note;
  return { ...(e as LogEntryInput), ...over };
};

beforeEach(() => deleteLog());

describe('addToInvestigation', () => {
  it('stores new ads (level none too) with the trimmed name, and lists names with counts', async () => {
    const r = await addToInvestigation('  Case Oslo spring ', [input(1), input(2), input(3)]);
    expect(r).toMatchObject({
      name: 'Case Oslo spring',
      merged: [],
      already: 0,
      full: 0,
      repeated: 0,
    });
    expect(r.added).toHaveLength(3);
    await addToInvestigation('Bergen', [input(3)]);
    const all = await listEntries();
    expect(all.map((e) => e.level).sort()).toEqual(['medium', 'none', 'none']);
    expect(await listInvestigations()).toEqual([
      { name: 'Bergen', count: 1 },
      { name: 'Case Oslo spring', count: 3 },
    ]);
    expect((await investigationEntries('Bergen')).map((e) => e.text)).toEqual([input(3).text]);
  });

  it('merges the name into an ad already saved and keeps its note, date and fields', async () => {
    const saved = await saveEntry({ ...input(4), note: 'Ring «sjefen» først' });
    await addToInvestigation('A', [input(5)]);
    const r = await addToInvestigation('B', [
      { ...input(4), title: 'A changed title', note: 'ignored' },
      input(5),
    ]);
    expect(r.added).toEqual([]);
    expect(r.merged).toHaveLength(2);
    const after = (await listEntries()).find((e) => e.id === saved.id)!;
    expect(after).toEqual({ ...saved, investigations: ['B'] });
    // Once in, adding again changes nothing.
    const again = await addToInvestigation('B', [input(4), input(4)]);
    expect(again).toMatchObject({ added: [], merged: [], already: 1, repeated: 1 });
  });

  it('a re-save ("Save to log") keeps the investigations; a note edit keeps them', async () => {
    const [id] = (await addToInvestigation('Case', [input(6)])).added;
    await saveEntry(input(6));
    await updateNote(id!, 'checked');
    expect((await listEntries())[0]).toMatchObject({ investigations: ['Case'], note: 'checked' });
  });

  it('refuses a bad name or a bad ad with a reason and stores nothing (all or nothing)', async () => {
    await expect(addToInvestigation('   ', [input(7)])).rejects.toThrow(
      'Refused: investigation name is empty',
    );
    await expect(addToInvestigation('x'.repeat(81), [input(7)])).rejects.toThrow(
      'longer than 80 characters',
    );
    await expect(addToInvestigation('a\u0000b', [input(7)])).rejects.toThrow('control characters');
    await expect(
      addToInvestigation('ok', [input(7), { ...input(8), url: 'javascript:alert(1)' }]),
    ).rejects.toThrow('Refused: url must be http or https');
    expect(await listEntries()).toEqual([]);
  });

  it('leaves an ad already in 20 investigations as it is', async () => {
    const names = Array.from({ length: LIMITS.investigations }, (_, i) => `N${i}`);
    await addToInvestigation('N0', [input(9, { investigations: names })]);
    const r = await addToInvestigation('One more', [input(9)]);
    expect(r).toMatchObject({ added: [], merged: [], full: 1 });
    expect((await listEntries())[0]!.investigations).toEqual(names);
  });

  it('undo deletes what it created and takes the name off the rest, keeping notes', async () => {
    const kept = await saveEntry({ ...input(10), note: 'mine' });
    await addToInvestigation('Other', [input(11)]);
    const r = await addToInvestigation('Case', [input(10), input(11), input(12), input(13)]);
    expect(r.added).toHaveLength(2);
    expect(r.merged).toHaveLength(2);
    // Meanwhile the user wrote a note on one of the new entries: it must survive the undo.
    await updateNote(r.added[1]!, 'looked at this');
    await undoAdd(r);
    const after = await listEntries();
    expect(after).toHaveLength(3);
    expect(after.find((e) => e.id === kept.id)).toEqual(kept);
    expect(after.find((e) => e.id === r.added[1])).toMatchObject({ note: 'looked at this' });
    expect(after.find((e) => e.id === r.added[1])!.investigations).toBeUndefined();
    expect(await listInvestigations()).toEqual([{ name: 'Other', count: 1 }]);
  });

  it('an investigation survives JSON export and import, and is a CSV column', async () => {
    await addToInvestigation('Case Oslo', [input(14), input(15)]);
    await addToInvestigation('=cmd|x', [input(15)]);
    const all = await listEntries();
    const parsed = await parseImport(exportJson(all));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.entries).toEqual(all);
    expect(all.map((e) => e.investigations).sort()).toEqual([
      ['Case Oslo'],
      ['Case Oslo', '=cmd|x'],
    ]);
    const rows = parse(exportCsv(all), { bom: true }) as string[][];
    const col = rows[0]!.indexOf('investigations');
    // A name is user-written but lands in a spreadsheet: formula-guarded like every cell.
    expect(
      rows
        .slice(1)
        .map((r) => r[col])
        .sort(),
    ).toEqual(['Case Oslo', "Case Oslo; '=cmd|x"]);
  });
});

describe('investigations field validation', () => {
  it('trims, drops repeats and refuses what is not a list of short names', () => {
    expect(checkInvestigations([' A ', 'A', 'B'])).toEqual(['A', 'B']);
    expect(checkInvestigations('A')).toBe('investigations must be a list');
    expect(checkInvestigations([''])).toBe('investigation name is empty');
    expect(checkInvestigations([3])).toBe('investigation name is not text');
    expect(checkInvestigations(Array(21).fill('A'))).toBe('too many investigations (21 > 20)');
    expect(checkInvestigations(['x'.repeat(80)])).toEqual(['x'.repeat(80)]);
    const e = input(1);
    expect(checkEntryInput({ ...e, investigations: [] })).toEqual({ ok: true, value: e });
    expect(checkEntryInput({ ...e, investigations: ['\u202eevil'] })).toMatchObject({
      ok: true,
      value: { investigations: ['\u202eevil'] },
    });
    expect(checkEntryInput({ ...e, investigations: [' '] })).toEqual({
      ok: false,
      reason: 'investigation name is empty',
    });
  });

  it('mergeNames keeps the old names first, each once, within the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 20 }),
        fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 20 }),
        (a, b) => {
          const old = [...new Set(a)];
          const m = mergeNames(old, b) ?? [];
          expect(m.slice(0, old.length)).toEqual(old);
          expect(new Set(m).size).toBe(m.length);
          expect(m.length).toBeLessThanOrEqual(LIMITS.investigations);
        },
      ),
    );
    expect(mergeNames(undefined, [])).toBeUndefined();
  });
});
