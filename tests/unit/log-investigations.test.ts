// @vitest-environment node
// The pure side of investigations (validation, mergeNames). What touches IndexedDB (adding,
// merging, undo, listing, export/import) runs against the extension's real IndexedDB in real
// Chromium: tests/e2e/log-investigations.e2e.ts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeNames } from '../../log/investigation-names';
import { LIMITS } from '../../log/limits';
import { checkEntryInput, checkInvestigations } from '../../log/validate';
import { adInput as input } from './log-fixtures';

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
