/**
 * One rule for every CSV Lykt writes (the CLI's results, the research log's export): an ad's text
 * is attacker-written, so a cell starting with = + - @ (or tab/CR, which some spreadsheets strip
 * first) is prefixed with ' so it never runs as a formula. Pure, no imports: any host may use it.
 */
export function neutralizeCell(value: string | number): string {
  const s = String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
