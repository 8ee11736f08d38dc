/** CSV rows (csv-parse: RFC 4180, quoted newlines, BOM) in batches, each with its line number. */
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { printable, type Columns } from './ads';

export type Row = { line: number; row: Record<string, string> };

export async function* csvBatches(
  bytes: AsyncIterable<Buffer>,
  cols: Columns,
  onError: (msg: string) => void,
  batch = 2000,
): AsyncGenerator<Row[]> {
  const parser = Readable.from(bytes).pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      columns: (header: string[]) => {
        if (!header.includes(cols.text))
          throw new Error(
            `no column "${printable(cols.text, 40)}" (columns: ${printable(header.join(', '), 200)}); choose one with --text`,
          );
        return header;
      },
    }),
  );
  parser.on('skip', (e: Error & { lines?: number }) =>
    onError(`line ${e.lines ?? '?'}: invalid CSV (${printable(e.message)})`),
  );
  let rows: Row[] = [];
  for await (const r of parser as AsyncIterable<{
    info: { lines: number };
    record: Record<string, string>;
  }>) {
    rows.push({ line: r.info.lines, row: r.record });
    if (rows.length >= batch) {
      yield rows;
      rows = [];
    }
  }
  if (rows.length) yield rows;
}
