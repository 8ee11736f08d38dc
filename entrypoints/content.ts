/**
 * Lykt's content script, thin: the browser's side of content/session.ts (messages to the
 * background, the storage watcher, the script's lifetime). Runs at document_start so the
 * settings are asked for while the page still parses.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { MAX_BULK_INVESTIGATE, MAX_BULK_SAVE, onMessage, sendMessage } from '../messaging/protocol';
import {
  DISMISSED_KEY,
  validateDismissed,
  withDismissed,
  type DismissedEntry,
} from '../settings/dismissed';
import { runSession, type Host } from '../content/session';

const loadedAt = performance.now();

// "Not a concern here" lives in extension storage, read and written here directly (the
// storage library would cost the content script's size budget); options lists and undoes it.
const readDismissed = async () =>
  validateDismissed((await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY]);

const host: Host = {
  settings: () => sendMessage('getSettings'),
  report: (r) => sendMessage('reportScan', r).catch(() => undefined),
  scanAds: (data) => sendMessage('scanAds', data),
  startup: () => sendMessage('getStartup'),
  loadCards: (ids, lang) => sendMessage('getCards', { ids, lang }),
  loadNotes: (lang) => sendMessage('getCategoryNotes', { lang }),
  save: (entry) => sendMessage('saveToLog', entry),
  investigate: (data) => sendMessage('addToInvestigation', data),
  investigations: () => sendMessage('listInvestigations'),
  openLog: () => sendMessage('openLog'),
  // The popover's own module (web-accessible), imported on a badge's first use: the content
  // script every page loads stays small (issue 5). The URL is the extension's, never the page's.
  loadPopover: () => import(/* @vite-ignore */ browser.runtime.getURL('/popover.js')),
  // The page's own engine, likewise: only when the background cannot scan a batch.
  loadEngine: () => import(/* @vite-ignore */ browser.runtime.getURL('/page-engine.js')),
  dismissed: readDismissed,
  async dismiss(entry: DismissedEntry) {
    const next = withDismissed(await readDismissed(), entry);
    await browser.storage.local.set({ [DISMISSED_KEY]: next });
  },
  watchDismissed(onChange) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && DISMISSED_KEY in changes)
        onChange(validateDismissed(changes[DISMISSED_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
  watchSettings(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  async main(ctx) {
    const marks = { loaded: loadedAt, main: performance.now() };
    const session = await runSession(document, host, marks);
    if (ctx.isInvalid) return session.stop();
    // The popup's "save all flagged" and "add all to an investigation": only the background can
    // send these (runtime messaging).
    if (window === window.top) {
      ctx.onInvalidated(onMessage('collectFlagged', () => session.flagged(MAX_BULK_SAVE)));
      ctx.onInvalidated(onMessage('collectAds', () => session.flagged(MAX_BULK_INVESTIGATE, true)));
    }
    ctx.addEventListener(window, 'wxt:locationchange', () => session.navigated());
    ctx.onInvalidated(() => session.stop());
  },
});
