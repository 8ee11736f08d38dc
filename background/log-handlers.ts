/**
 * Background side of the research log: "Save to log" and "Add to investigation" from a content
 * script's popover (the content script sends them only on the user's trusted click).
 * The payload is validated before anything is stored; a malformed one is refused with a
 * logged reason. From a web page, where the ad was comes from the browser's view of the sender
 * (its frame's address), never from the page: the site is that address's host, and the ad's
 * link is kept only when it has the same origin. Saves are rate-limited per tab.
 * The lead's background.ts calls registerLogHandlers() once.
 */
import { browser } from 'wxt/browser';
import {
  onMessage,
  sendMessage,
  type InvestigateReply,
  type InvestigationList,
  type SaveReply,
} from '../messaging/protocol';
import { onLogChanged } from '../log/changes';
import {
  addToInvestigation,
  LAST_INVESTIGATION_KEY,
  listInvestigations,
} from '../log/investigations';
import { LogStorageError, saveEntry } from '../log/store';
import { checkEntryInput, checkInvestigationName } from '../log/validate';
import type { LogEntryInput } from '../log/types';
import { handleAddPageToInvestigation, handleSaveFlagged } from './bulk-save';
import { fitEntry } from './save-fit';
import { SaveLimiter, type Taken } from './save-limit';
import { getTabState } from './tab-state';

/** What the browser says about a message's sender (runtime.MessageSender's fields we use). */
export interface SaveSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

const limiter = new SaveLimiter();

function httpUrl(s: string | undefined): URL | null {
  try {
    const u = new URL(s ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The entry with url and site as the browser knows them: the page cannot claim another site. */
export function fromTab(entry: LogEntryInput, tab: URL): LogEntryInput {
  const claimed = new URL(entry.url);
  const url = claimed.origin === tab.origin ? entry.url : tab.href;
  return { ...entry, url, site: tab.hostname };
}

type Guarded = { ok: true; tab: URL | null } | { ok: false; error: string; retryMs?: number };

/**
 * Who may save: this extension's content script in a web tab (rate-limited per tab, `tab` is
 * the tab's address) or Lykt's own pages (`tab` null: they may save any address).
 */
function guard(sender: SaveSender, what: string, now: number): Guarded {
  if (sender.id !== browser.runtime.id) {
    console.warn(`[lykt] ${what} refused: message not from this extension`);
    return { ok: false, error: 'Refused: unknown sender' };
  }
  const from = sender.url ?? sender.tab?.url;
  // Lykt's own pages (the log, tests) may save any address; everything else must be a web tab.
  const ours = !!from && from.startsWith(browser.runtime.getURL('/'));
  const tab = ours ? null : httpUrl(from);
  if (!ours && !tab) {
    console.warn(`[lykt] ${what} refused: not from a web page`);
    return { ok: false, error: 'Refused: not from a web page' };
  }
  const taken: Taken = tab
    ? limiter.take(`tab:${sender.tab?.id ?? tab.origin}`, now)
    : { ok: true };
  if (!taken.ok) {
    console.warn(`[lykt] ${what} refused: rate limit, retry in`, taken.retryMs, 'ms');
    return { ok: false, error: 'Too many saves from this tab', retryMs: taken.retryMs };
  }
  return { ok: true, tab };
}

const failed = (what: string, err: unknown) => {
  const message = err instanceof LogStorageError ? err.message : String(err);
  console.warn(`[lykt] ${what} failed:`, message);
  return { ok: false as const, error: message };
};

/**
 * The ad as it will be stored (url and site from the tab), or why it is refused (logged). Over
 * the log's limits it is cut and marked `truncated`, never refused for its size.
 */
function checkedAd(what: string, data: unknown, tab: URL | null): LogEntryInput | string {
  const checked = checkEntryInput(fitEntry(data));
  if (checked.ok) return tab ? fromTab(checked.value, tab) : checked.value;
  console.warn(`[lykt] ${what} refused:`, checked.reason);
  return `Refused: ${checked.reason}`;
}

export async function handleSaveToLog(
  data: unknown,
  sender: SaveSender,
  now = Date.now(),
): Promise<SaveReply> {
  const g = guard(sender, 'saveToLog', now);
  if (!g.ok) return g;
  const entry = checkedAd('saveToLog', data, g.tab);
  if (typeof entry === 'string') return { ok: false, error: entry };
  try {
    return { ok: true, entry: await saveEntry(entry) };
  } catch (err) {
    return failed('saveToLog', err);
  }
}

export const rememberInvestigation = (name: string) => {
  forgetNames();
  return browser.storage.local.set({ [LAST_INVESTIGATION_KEY]: name }).catch(() => undefined);
};

/** The popover's "Add to investigation": one ad, with the same guards as "Save to log". */
export async function handleAddToInvestigation(
  data: unknown,
  sender: SaveSender,
  now = Date.now(),
): Promise<InvestigateReply> {
  const g = guard(sender, 'addToInvestigation', now);
  if (!g.ok) return g;
  const d = (typeof data === 'object' && data) || {};
  const name = checkInvestigationName((d as { name?: unknown }).name);
  if (typeof name !== 'string') {
    console.warn('[lykt] addToInvestigation refused:', name.reason);
    return { ok: false, error: `Refused: ${name.reason}` };
  }
  const entry = checkedAd('addToInvestigation', (d as { entry?: unknown }).entry, g.tab);
  if (typeof entry === 'string') return { ok: false, error: entry };
  try {
    const r = await addToInvestigation(name, [entry]);
    await rememberInvestigation(r.name);
    return { ok: true, ...r, refused: 0, dismissed: 0 };
  } catch (err) {
    return failed('addToInvestigation', err);
  }
}

/**
 * The names, read once and kept until the log changes: the popover asks each time its name
 * field opens, and a read walks the whole investigations index.
 */
let names: Promise<string[]> | null = null;
const forgetNames = () => (names = null);

export async function handleListInvestigations(sender: SaveSender): Promise<InvestigationList> {
  if (sender.id !== browser.runtime.id) return { names: [], last: null };
  const stored = (await browser.storage.local.get(LAST_INVESTIGATION_KEY))[LAST_INVESTIGATION_KEY];
  const last = checkInvestigationName(stored);
  const reading = (names ??= listInvestigations().then((l) => l.map((n) => n.name)));
  try {
    return { names: await reading, last: typeof last === 'string' ? last : null };
  } catch (err) {
    forgetNames(); // a failed read is not kept
    throw err;
  }
}

// Without the "tabs" permission the tab's url is the one its content script reported from.
const tabUrl = async (tabId: number) =>
  (await browser.tabs.get(tabId)).url ?? (await getTabState(tabId))?.url;

export function registerLogHandlers(): void {
  onMessage('saveToLog', ({ data, sender }) => handleSaveToLog(data, sender));
  onMessage('saveFlagged', ({ data, sender }) =>
    handleSaveFlagged(data, sender, {
      tabUrl,
      collect: (tabId) => sendMessage('collectFlagged', undefined, { tabId, frameId: 0 }),
    }),
  );
  onMessage('addToInvestigation', ({ data, sender }) => handleAddToInvestigation(data, sender));
  onMessage('listInvestigations', ({ sender }) => handleListInvestigations(sender));
  onMessage('addPageToInvestigation', ({ data, sender }) =>
    handleAddPageToInvestigation(data, sender, {
      tabUrl,
      collect: (tabId) => sendMessage('collectAds', undefined, { tabId, frameId: 0 }),
    }),
  );
  // Another page changed the log (import, delete, the log's own edits): read the names again.
  onLogChanged(forgetNames);
  browser.tabs?.onRemoved.addListener((tabId) => limiter.forget(`tab:${tabId}`));
}
