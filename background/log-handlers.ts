/**
 * Background side of the research log: "Save to log" from a content script's popover.
 * The payload is validated before anything is stored; a malformed one is refused with a
 * logged reason. From a web page, where the ad was comes from the browser's view of the sender
 * (its frame's address), never from the page: the site is that address's host, and the ad's
 * link is kept only when it has the same origin. Saves are rate-limited per tab.
 * The lead's background.ts calls registerLogHandlers() once.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type SaveReply } from '../messaging/protocol';
import { LogStorageError, saveEntry } from '../log/store';
import { checkEntryInput } from '../log/validate';
import type { LogEntryInput } from '../log/types';
import { handleSaveFlagged } from './bulk-save';
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

export async function handleSaveToLog(
  data: unknown,
  sender: SaveSender,
  now = Date.now(),
): Promise<SaveReply> {
  if (sender.id !== browser.runtime.id) {
    console.warn('[lykt] saveToLog refused: message not from this extension');
    return { ok: false, error: 'Refused: unknown sender' };
  }
  const from = sender.url ?? sender.tab?.url;
  // Lykt's own pages (the log, tests) may save any address; everything else must be a web tab.
  const ours = !!from && from.startsWith(browser.runtime.getURL('/'));
  const tab = ours ? null : httpUrl(from);
  if (!ours && !tab) {
    console.warn('[lykt] saveToLog refused: not from a web page');
    return { ok: false, error: 'Refused: not from a web page' };
  }
  const taken: Taken = tab
    ? limiter.take(`tab:${sender.tab?.id ?? tab.origin}`, now)
    : { ok: true };
  if (!taken.ok) {
    console.warn('[lykt] saveToLog refused: rate limit, retry in', taken.retryMs, 'ms');
    return { ok: false, error: 'Too many saves from this tab', retryMs: taken.retryMs };
  }
  // Over the log's limits: saved cut and marked `truncated`, never refused for its size.
  const checked = checkEntryInput(fitEntry(data));
  if (!checked.ok) {
    console.warn('[lykt] saveToLog refused:', checked.reason);
    return { ok: false, error: `Refused: ${checked.reason}` };
  }
  try {
    return { ok: true, entry: await saveEntry(tab ? fromTab(checked.value, tab) : checked.value) };
  } catch (err) {
    const message = err instanceof LogStorageError ? err.message : String(err);
    console.warn('[lykt] saveToLog failed:', message);
    return { ok: false, error: message };
  }
}

export function registerLogHandlers(): void {
  onMessage('saveToLog', ({ data, sender }) => handleSaveToLog(data, sender));
  onMessage('saveFlagged', ({ data, sender }) =>
    handleSaveFlagged(data, sender, {
      // Without the "tabs" permission the tab's url is the one its content script reported from.
      tabUrl: async (tabId) =>
        (await browser.tabs.get(tabId)).url ?? (await getTabState(tabId))?.url,
      collect: (tabId) => sendMessage('collectFlagged', undefined, { tabId, frameId: 0 }),
    }),
  );
  browser.tabs?.onRemoved.addListener((tabId) => limiter.forget(`tab:${tabId}`));
}
