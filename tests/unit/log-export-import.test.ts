import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvCell } from '../../log/csv-cell';
import { CSV_COLUMNS, exportCsv, exportJson, exportJsonParts } from '../../log/export';
import { parseImport, parseImportStream } from '../../log/import';
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

  it('imports back an export over 20 MB and 10,000 entries, streamed (issue 19.7)', async () => {
    const filler = 'Ny i byen, ring for time. '.repeat(80); // 2 KB of ad text
    const es: LogEntry[] = [];
    for (let i = 0; i < 12_000; i++) {
      const e = entry({ url: `https://big.example/ad/${i}`, text: `${i} ${filler}` });
      es.push({ ...e, id: await entryId(e.url, e.text) });
    }
    const parts = exportJsonParts(es);
    const blob = new Blob(parts);
    expect(blob.size).toBeGreaterThan(20 * 1024 * 1024); // the old import limit
    const parsed = await parseImportStream(blob.stream());
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.refused).toEqual([]);
    expect(parsed.entries).toHaveLength(es.length);
    expect(parsed.entries).toEqual(es);
  }, 60_000);

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
    [file(Array(LIMITS.logEntries + 1).fill(0)), /Too many entries/],
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

describe('CSV export (issue 19.8)', () => {
  it('quotes every cell and guards cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    for (const s of ['+47 912', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(csvCell(s).slice(0, 2)).toBe(`"'`);
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell(4.5)).toBe('"4.5"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('Nice girl;=1+1;@SUM(2+2)')).toBe(`"Nice girl;'=1+1;'@SUM(2+2)"`);
  });

  it('writes one header and one row per entry, with a BOM for æøå', async () => {
    const e = await real({
      text: 'Hei, ny i byen\n"ekte"',
      contacts: [phone('+4791234567'), email('a@b.no')],
    });
    const csv = exportCsv([e]);
    expect(csv.startsWith('\ufeff"id","savedAt","site","url","title"')).toBe(true);
    expect(csv).toContain(`"'+4791234567"`);
    expect(csv).toContain('"Hei, ny i byen\n""ekte"""');
    expect(parse(csv, { bom: true })).toHaveLength(2);
  });

  // The attack, in every column a page or a file can fill.
  const attack = 'Nice girl;=1+1;@SUM(2+2)';
  const hostile = () =>
    real({
      title: attack,
      site: '@evil.example',
      text: `-2+3 ${attack},=cmd|' /C calc'!A0\n\t=1`,
      note: '+47 912; =HYPERLINK("http://x")',
      contacts: [phone('+4791234567')],
      indicators: [{ category: 'youth', term: '=1', match: '-x', start: 0, end: 2, weight: 1 }],
    });
  const formula = /^["\s]*[=+\-@]/;

  it('parsed with "," (RFC 4180): every cell whole, none starts a formula', async () => {
    const rows: string[][] = parse(exportCsv([await hostile(), await real()]), { bom: true });
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(formula);
    }
    expect(rows[1]![CSV_COLUMNS.indexOf('title')]).toBe("Nice girl;'=1+1;'@SUM(2+2)");
  });

  it('parsed with ";" (quotes honoured or not): no field starts a formula', async () => {
    const csv = exportCsv([await hostile()]);
    for (const quote of ['"', false] as const) {
      const rows: string[][] = parse(csv, {
        bom: true,
        delimiter: ';',
        quote,
        relax_quotes: true,
        relax_column_count: true,
      });
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const cell of rows.flat()) expect(cell).not.toMatch(formula);
    }
    // Before: the unquoted title split into live `=1+1` and `@SUM(2+2)` fields.
    const naive = 'id,title\r\nx,Nice girl;=1+1;@SUM(2+2)\r\n';
    const before: string[][] = parse(naive, { delimiter: ';', relax_column_count: true });
    expect(before.flat().some((c) => formula.test(c))).toBe(true);
  });
});
