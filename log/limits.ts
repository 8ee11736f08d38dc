/** Size limits for one log entry and for import files: big enough for real ads, small enough
 * that a hostile file cannot fill the disk or freeze the page. */
export const LIMITS = {
  url: 2048,
  site: 253,
  title: 500,
  text: 20_000,
  note: 5_000,
  findings: 500,
  term: 200,
  contacts: 50,
  contactValue: 320,
  importBytes: 20 * 1024 * 1024,
  importEntries: 10_000,
} as const;
