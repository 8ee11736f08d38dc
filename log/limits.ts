/** Size limits for one log entry and for the log: big enough for real ads, small enough that a
 * hostile file cannot fill the disk or freeze the page. The log itself holds at most
 * `logEntries`, and an import takes files of that many entries, so every export imports back
 * (import streams the file: there is no byte limit). */
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
  logEntries: 100_000,
  investigationName: 80,
  investigations: 20,
} as const;
