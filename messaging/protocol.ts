/**
 * The one typed protocol between content scripts, extension pages and the background.
 * Only extension messaging (runtime.sendMessage) is used: page scripts cannot reach it.
 * The background validates every payload before acting on it (see issue 9).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CategoryNotes } from '../cards/category-info';
import type { Card, CardLang } from '../cards/types';
import type { Lexicon } from '../indicators/lexicon/types';
import type { PhoneMetadata } from '../indicators/phone-plan';
import type { Category, Lang, Level, ScanResult } from '../indicators/types';
import type { AddOutcome } from '../log/investigations';
import type { LogEntry, LogEntryInput } from '../log/types';
import type { Settings } from '../settings/types';

export interface PingReply {
  version: string;
  receivedFrom: 'content' | 'page';
}

/** What a tab's content script has scanned so far (sent after each batch). */
export interface TabReport {
  scanned: number;
  byLevel: Record<Level, number>;
  categories: Partial<Record<Category, number>>;
  /** Normalised contact values on the page, each with how many ads carry it. */
  contacts: Record<string, number>;
}

export interface TabSummary extends TabReport {
  url: string;
  paused: boolean;
}

/** What a content script needs to start: settings, the enabled lexicons and the phone metadata. */
export interface Startup {
  settings: Settings;
  /** Sent by the background so the lexicon data stays out of the content script's bundle. */
  lexicons: Partial<Record<Lang, Lexicon>>;
  /** The same for phone validity (indicators/phone-metadata.json, ~11 KB, 4.5 KB gzipped). */
  phones: PhoneMetadata;
}

export interface ScanAdsRequest {
  /** The page's address: the engine reads context from it. */
  url: string;
  /** The page's declared language, when it has one. */
  lang?: string;
  texts: string[];
}

/**
 * A refused or failed save says why (English, for logs); `retryMs` is set when the tab's save
 * rate limit was hit, so the popover can say so in the user's language.
 */
export type SaveReply =
  { ok: true; entry: LogEntry } | { ok: false; error: string; retryMs?: number };

/** At most this many ads per "save all flagged" (a page can show thousands). */
export const MAX_BULK_SAVE = 200;

/** "Save all flagged ads on this page" (popup): ids of the entries it added, for undo. */
export type BulkSaveReply =
  | { ok: true; added: string[]; already: number; refused: number; dismissed: number }
  | { ok: false; error: string };

/** At most this many ads per "add all ads on this page to an investigation". */
export const MAX_BULK_INVESTIGATE = 500;

/**
 * "Add to investigation": ids of the entries it created and of the saved ones that got the name
 * (both for undo), and how many were already in it, in too many investigations (`full`), shown
 * twice on the page (`repeated`), refused by the checks, or left out as "not a concern here".
 */
export type InvestigateReply =
  | ({ ok: true; refused: number; dismissed: number } & AddOutcome)
  | { ok: false; error: string; retryMs?: number };

/** The investigations in the log (by name) and the one last added to, for the name field. */
export interface InvestigationList {
  names: string[];
  last: string | null;
}

export interface ProtocolMap {
  /** Liveness check: the content script asks, the background answers with its version. */
  ping(data: { from: 'content' | 'page' }): PingReply;
  /** Content → background: the tab's running totals; replies with contacts shared across its ads. */
  reportScan(data: TabReport): { sharedContacts: string[] };
  /** Popup → background: the active tab's summary, or null when nothing was scanned there. */
  getTabSummary(data: { tabId: number }): TabSummary | null;
  /** Cards load on first open of a popover, so the content script stays small. */
  getCards(data: { ids: string[]; lang: CardLang }): Card[];
  getSettings(): Settings;
  /** Content → background, once per page (sent at document_start): settings + lexicons. */
  getStartup(): Startup;
  /**
   * Content → background: ads' text scanned by the background's engine (off the page's main
   * thread); one result per text, in order. The engine follows the background's settings.
   */
  scanAds(data: ScanAdsRequest): ScanResult[];
  /**
   * Content (popover "Save to log") → background → IndexedDB. From a web page's content script
   * the background takes the site from the tab's own address and keeps `url` only when it has
   * that origin (else the tab's address), and limits saves per tab (background/save-limit.ts).
   */
  saveToLog(data: LogEntryInput): SaveReply;
  /** Popover → background: why each category matters and what it cannot tell (with the cards). */
  getCategoryNotes(data: { lang: CardLang }): CategoryNotes;
  /** Content (popover "Open the log") → background: opens log.html in a new tab. */
  openLog(): void;
  /**
   * Popup → background: saves every flagged ad of the tab (asked from its content script with
   * `collectFlagged`). Only Lykt's own pages may ask (background/bulk-save.ts).
   */
  saveFlagged(data: { tabId: number }): BulkSaveReply;
  /** Background → the tab's top-frame content script: the flagged ads as log entries. */
  collectFlagged(): LogEntryInput[];
  /**
   * Content (popover "Add to investigation", on a trusted click) → background: the same checks,
   * site and rate limit as `saveToLog`, then log/investigations.ts.
   */
  addToInvestigation(data: { name: string; entry: LogEntryInput }): InvestigateReply;
  /** Content (popover) → background: investigation names for the name field. */
  listInvestigations(): InvestigationList;
  /**
   * Popup → background: every scanned ad of the tab (any level, asked with `collectAds`) into
   * one investigation. Only Lykt's own pages may ask (background/bulk-save.ts).
   */
  addPageToInvestigation(data: { tabId: number; name: string }): InvestigateReply;
  /** Background → the tab's top-frame content script: every scanned ad as a log entry. */
  collectAds(): LogEntryInput[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
