/**
 * One CSV cell for spreadsheets (pure, no imports: the log export and the CLI share it). Every cell is
 * quoted (RFC 4180). A cell that starts with `= + - @`, tab or CR would run as a formula: it gets
 * a leading `'` (OWASP's advice), which spreadsheets show as text. A reader whose locale splits
 * on the other separator (Excel in nb-NO splits on `;`), or that ignores quotes, starts a new
 * field after any `;` or `,` inside a cell: a formula character there gets the same `'`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_AFTER_SEPARATOR = /([;,][ \t\r\n]*)(?=[=+\-@])/g;

/** The cell's text with every formula start guarded (not quoted: a CSV writer quotes it). */
export function neutralizeCell(value: string | number): string {
  const s = String(value).replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export const csvCell = (value: string | number): string =>
  `"${neutralizeCell(value).replace(/"/g, '""')}"`;

/** One CSV record: quoted cells, comma-separated, CRLF-terminated (RFC 4180). */
export const csvRow = (cells: readonly (string | number)[]): string =>
  cells.map(csvCell).join(',') + '\r\n';
