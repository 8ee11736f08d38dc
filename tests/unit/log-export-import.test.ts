import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, exportCsv, exportJson } from '../../log/export';
import { parseImport } from '../../log/import';
import { entryId } from '../../log/id';
import { LIMITS } from '../../log/limits';
import type { LogEntry } from '../../log/types';
import { email, entry, phone } from './log-fixtures';

async function real(over: Partial<LogEntry> = {}): Promise<LogEntry> {
  const e = entry(over);
  return { ...e, id: await entryId(e.url, e.text) };
}
const file = (entries: unknown[], extra: object = {}) =>
  JSON.stringify({ format: 'lykt-log', version: 1, entries, ...extra });

describe('JSON export → import', () => {
  it('round-trips losslessly', async () => {
    const es = [
      await real({ contacts: [phone('+4791234567')], note: 'Ring «sjefen»\n"quoted"' }),
      await real({ text: 'Ny i byen 🍒 ✈️ — æøå', contacts: [email('a@b.no')] }),
    ];
    const parsed = await parseImport(exportJson(es));
    expect(parsed).toEqual({ ok: true, entries: es, refused: [] });
  });

  it('recomputes ids instead of trusting the file', async () => {
    const e = await real();
    const parsed = await parseImport(file([{ ...e, id: 'forged' }]));
    expect(parsed.ok && parsed.entries[0]!.id).toBe(e.id);
  });

  it('refuses bad records with reasons and keeps the good ones', async () => {
    const good = await real();
    const records = [
      good,
      { ...good, url: 'javascript:alert(1)' },
      { ...good, url: 'https://x.no/2', level: 'catastrophic' },
      {
        ...good,
        url: 'https://x.no/3',
        indicators: [
          { category: 'youth', term: 't', match: 't', start: 5, end: 999999, weight: 1 },
        ],
      },
      { ...good, url: 'https://x.no/4', savedAt: 'yesterday' },
      { ...good, url: 'https://x.no/5', text: 'x'.repeat(LIMITS.text + 1) },
      { ...good, url: 'https://x.no/6', contacts: Array(LIMITS.contacts + 1).fill(phone('+47')) },
      'a string',
      null,
      { ...good, note: 'different note, same ad' },
    ];
    const parsed = await parseImport(file(records));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.entries).toEqual([good]);
    expect(parsed.refused).toEqual([
      { record: 2, reason: 'url must be http or https' },
      { record: 3, reason: 'unknown level' },
      { record: 4, reason: 'indicator offsets out of range' },
      { record: 5, reason: 'savedAt is not a date' },
      { record: 6, reason: 'text missing, empty or too long' },
      { record: 7, reason: `too many contacts (${LIMITS.contacts + 1} > ${LIMITS.contacts})` },
      { record: 8, reason: 'entry is not an object' },
      { record: 9, reason: 'entry is not an object' },
      { record: 10, reason: 'duplicate of an earlier record in the file' },
    ]);
  });

  it('drops unknown and prototype keys from records', async () => {
    const e = await real();
    const hostile = JSON.parse(
      JSON.stringify(e).replace(
        '{',
        '{"__proto__":{"polluted":1},"extra":"<img src=x onerror=alert(1)>",',
      ),
    );
    const parsed = await parseImport(file([hostile]));
    expect(parsed.ok && parsed.entries[0]).toEqual(e);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['not json {', /^Not a JSON file/],
    ['[]', /^Not a Lykt log file/],
    ['{"format":"other","version":1,"entries":[]}', /format is not "lykt-log"/],
    ['{"format":"lykt-log","version":2,"entries":[]}', /Unsupported log version 2/],
    ['{"format":"lykt-log","version":1}', /no list of entries/],
    [file(Array(LIMITS.importEntries + 1).fill(0)), /Too many entries/],
    ['x'.repeat(LIMITS.importBytes + 1), /File too large/],
  ])('refuses a whole file that is wrong (%#)', async (text, error) => {
    const parsed = await parseImport(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it('never throws on arbitrary JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 5 }), async (records) => {
        const r = await parseImport(file(records));
        return r.ok && r.entries.length + r.refused.length === records.length;
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV export', () => {
  it('guards cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    for (const s of ['+47 912', '-2+3', '@SUM(A1)', '\t=1'])
      expect(csvCell(s).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(4.5)).toBe('4.5');
  });

  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
  });

  it('writes one header and one row per entry, with a BOM for æøå', async () => {
    const e = await real({
      text: 'Hei, ny i byen\n"ekte"',
      contacts: [phone('+4791234567'), email('a@b.no')],
    });
    const csv = exportCsv([e]);
    expect(csv.startsWith('\ufeffid,savedAt,site,url,title')).toBe(true);
    expect(csv).toContain("'+4791234567");
    expect(csv).toContain('"Hei, ny i byen\n""ekte"""');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
  });
});
