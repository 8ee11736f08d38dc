/**
 * Research-log import of hostile files (issue 9), beyond tests/unit/log-export-import.test.ts:
 * prototype keys (`__proto__`, `constructor`, `prototype`) at every level, wrong types, huge
 * strings, deep nesting. Each is refused with a short reason (or its extra keys dropped), nothing
 * is polluted, nothing throws. That nothing already stored is lost is proven in real IndexedDB by
 * tests/e2e/research-log.e2e.ts ("refuses a hostile file record by record … loses nothing").
 */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../log/import';
import { entryId } from '../../log/id';
import type { LogEntry } from '../../log/types';
import { entry } from './log-fixtures';

async function real(over: Partial<LogEntry> = {}): Promise<LogEntry> {
  const e = entry(over);
  return { ...e, id: await entryId(e.url, e.text) };
}
const envelope = (entries: unknown[]) => ({ format: 'lykt-log', version: 1, entries });
const clean = () => {
  const probe = {} as Record<string, unknown>;
  return (
    probe.polluted === undefined &&
    probe.isAdmin === undefined &&
    Object.keys(Object.prototype).length === 0
  );
};

describe('hostile import files', () => {
  it('ignores prototype keys at the envelope, record and nested levels', async () => {
    const good = await real();
    const text = JSON.stringify(envelope([good]))
      .replace('{', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"isAdmin":true}},')
      .replace(
        '"indicators":[{',
        '"indicators":[{"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}},',
      )
      .replace('"url"', '"prototype":{"polluted":4},"__proto__":{"isAdmin":1},"url"');
    const r = await parseImport(text);
    expect(r.ok && r.entries).toEqual([good]);
    expect(r.ok && Object.keys(r.entries[0]!.indicators[0]!).sort()).toEqual([
      'category',
      'end',
      'match',
      'start',
      'term',
      'weight',
    ]);
    expect(clean()).toBe(true);
  });

  it('refuses an envelope that only hides under __proto__', async () => {
    const r = await parseImport('{"__proto__":{"format":"lykt-log","version":1,"entries":[]}}');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/Not a Lykt log file/);
    expect(clean()).toBe(true);
  });

  it('refuses wrong types with a reason per record', async () => {
    const g = await real();
    const records = [
      { ...g, url: ['https://x.no'] },
      { ...g, url: 'https://x.no/2', score: '9' },
      { ...g, url: 'https://x.no/3', score: Infinity },
      { ...g, url: 'https://x.no/4', indicators: {} },
      { ...g, url: 'https://x.no/5', contacts: 'none' },
      { ...g, url: 'https://x.no/6', text: 42 },
      { ...g, url: 'https://x.no/7', note: { toString: 'x' } },
      { ...g, url: 'https://x.no/8', indicators: [{ ...g.indicators[0], start: '0' }] },
      { ...g, url: 'https://x.no/9', indicators: [{ ...g.indicators[0], weight: null }] },
      { ...g, url: 'https://x.no/10', contacts: [{ type: 'fax', value: '1', start: 0, end: 1 }] },
      [g],
      true,
    ];
    const r = await parseImport(JSON.stringify(envelope(records)));
    if (!r.ok) throw new Error(r.error);
    expect(r.entries).toEqual([]);
    expect(r.refused.map((x) => x.record)).toEqual(records.map((_, i) => i + 1));
    for (const x of r.refused) expect(x.reason).toMatch(/\w/);
  });

  it('refuses huge strings with short reasons (nothing echoed back)', async () => {
    const g = await real();
    const huge = 'A'.repeat(1_000_000);
    const records = [
      { ...g, url: `https://x.no/${huge}` },
      { ...g, url: 'https://x.no/b', title: huge },
      { ...g, url: 'https://x.no/c', note: huge },
      { ...g, url: 'https://x.no/d', site: huge },
      { ...g, url: 'https://x.no/e', level: huge },
      { ...g, url: 'https://x.no/f', indicators: [{ ...g.indicators[0], category: huge }] },
      { ...g, url: 'https://x.no/g', indicators: [{ ...g.indicators[0], term: huge }] },
      { ...g, url: 'https://x.no/h', savedAt: huge },
    ];
    const text = JSON.stringify(envelope(records));
    expect(text.length).toBeGreaterThan(8_000_000);
    const r = await parseImport(text);
    if (!r.ok) throw new Error(r.error);
    expect(r.entries).toEqual([]);
    expect(r.refused).toHaveLength(records.length);
    for (const x of r.refused) expect(x.reason.length).toBeLessThan(120);
  });

  it('survives deep nesting without a stack overflow', async () => {
    const g = await real();
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const asExtra = JSON.stringify(envelope([g])).replace(
      '"url"',
      `"extra":${deep(100_000)},"url"`,
    );
    const r1 = await parseImport(asExtra);
    expect(r1.ok && r1.entries).toEqual([g]);
    const asRecord = JSON.stringify(envelope([])).replace(
      '"entries":[]',
      `"entries":[${deep(100_000)}]`,
    );
    const r2 = await parseImport(asRecord);
    expect(r2.ok && r2.refused).toEqual([{ record: 1, reason: 'entry is not an object' }]);
    const asIndicator = JSON.stringify(envelope([{ ...g, indicators: [] }])).replace(
      '"indicators":[]',
      `"indicators":[${deep(50_000)}]`,
    );
    const r3 = await parseImport(asIndicator);
    expect(r3.ok && r3.refused[0]?.reason).toBe('indicator is not an object');
  });

  it('refuses NUL-filled and binary files as not JSON', async () => {
    for (const text of [
      '\u0000'.repeat(1000),
      '\ufeff\ufeff{}',
      String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
    ]) {
      const r = await parseImport(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.length).toBeLessThan(200);
    }
  });
});
