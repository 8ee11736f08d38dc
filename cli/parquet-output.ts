/**
 * Parquet output (hyparquet-writer: pure JavaScript, streams row groups to the file), one row
 * per ad with the CSV output's columns; cells are not neutralised (no spreadsheet reads Parquet).
 */
import { fileWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import type { ScanResult } from '../indicators';
import { CSV_COLUMNS, csvCells } from './output';

export type ParquetRow = (string | number | boolean | null)[];

const TYPES: Record<string, 'STRING' | 'DOUBLE' | 'BOOLEAN'> = {
  score: 'DOUBLE',
  truncated: 'BOOLEAN',
};

export function parquetRow(id: string, r: ScanResult): ParquetRow {
  return csvCells(id, r).map((v, i) =>
    CSV_COLUMNS[i] === 'truncated' ? v === 'true' : (v as string | number),
  );
}

export class ParquetOut {
  private rows: ParquetRow[] = [];
  private writer: ParquetWriter;

  constructor(path: string) {
    const columnData = this.columns([]);
    this.writer = new ParquetWriter({
      writer: fileWriter(path),
      schema: schemaFromColumnData({ columnData }),
    });
  }

  private columns(rows: ParquetRow[]) {
    return CSV_COLUMNS.map((name, i) => ({
      name,
      type: TYPES[name] ?? ('STRING' as const),
      nullable: false,
      data: rows.map((r) => r[i]),
    }));
  }

  add(rows: ParquetRow[]): void {
    for (const r of rows) this.rows.push(r);
    if (this.rows.length >= 50_000) this.flush();
  }

  private flush(): void {
    if (this.rows.length) this.writer.write({ columnData: this.columns(this.rows) });
    this.rows = [];
  }

  finish(): void {
    this.flush();
    this.writer.finish();
  }
}
