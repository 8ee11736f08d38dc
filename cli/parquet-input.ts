/**
 * Parquet rows (hyparquet: pure JavaScript, no native code, reads Node 20's files directly) in
 * batches, one row group at a time, so memory follows the row group, not the file.
 * Row numbers (from 1) stand in for line numbers in errors.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { printable, type Columns } from './ads';
import type { Row } from './csv-input';

const cell = (v: unknown): string | undefined =>
  v === null || v === undefined ? undefined : typeof v === 'string' ? v : String(v);

export async function* parquetBatches(
  path: string,
  cols: Columns,
  onBytes: (n: number) => void,
  batch = 2000,
): AsyncGenerator<Row[]> {
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  const names = metadata.schema.slice(1).map((s) => s.name);
  if (!names.includes(cols.text))
    throw new Error(
      `no column "${printable(cols.text, 40)}" (columns: ${printable(names.join(', '), 200)}); choose one with --text`,
    );
  const wanted = Object.values(cols).filter((c) => names.includes(c));
  let start = 0;
  for (const group of metadata.row_groups) {
    const n = Number(group.num_rows);
    const objects = await parquetReadObjects({
      file,
      metadata,
      columns: wanted,
      rowStart: start,
      rowEnd: start + n,
    });
    onBytes(group.columns.reduce((a, c) => a + Number(c.meta_data?.total_compressed_size ?? 0), 0));
    for (let i = 0; i < objects.length; i += batch)
      yield objects.slice(i, i + batch).map((o, k) => {
        const row: Record<string, string> = {};
        for (const c of wanted) {
          const v = cell(o[c]);
          if (v !== undefined) row[c] = v;
        }
        return { line: start + i + k + 1, row };
      });
    start += n;
  }
}
