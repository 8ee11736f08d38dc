import type { AdContext, Contact, Finding, Level } from '../indicators/types';

/** One ad saved to the research log (IndexedDB, extension origin). */
export interface LogEntry {
  /** Stable id derived from url + text, so a re-save or an import never duplicates. */
  id: string;
  url: string;
  site: string;
  title: string;
  /** Text snapshot of the ad as it was scanned. */
  text: string;
  context: AdContext;
  level: Level;
  score: number;
  indicators: Finding[];
  contacts: Contact[];
  /** ISO 8601. */
  savedAt: string;
  /** The ad was over the log's limits: its text (and findings) were cut to fit. */
  truncated?: boolean;
  note: string;
  /** Names of the investigations the user put this ad in (log/investigations.ts); absent: none. */
  investigations?: string[];
}

export type LogEntryInput = Omit<LogEntry, 'id' | 'savedAt' | 'note'> & { note?: string };
