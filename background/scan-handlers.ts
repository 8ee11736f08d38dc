/**
 * Messages from content scripts and extension pages about scans: running totals in,
 * shared contacts and the toolbar count out; cards on a popover's first open; settings.
 */
import { browser } from 'wxt/browser';
import { getCard } from '../cards';
import type { Card } from '../cards/types';
import { onMessage } from '../messaging/protocol';
import { isPausedHost } from '../settings/paused';
import { loadSettings } from '../settings/store';
import { getSettings, watchSettings } from './settings-cache';
import {
  badgeCount,
  forgetTab,
  getTabState,
  recordReport,
  sharedContacts,
  toSummary,
} from './tab-state';
import { startupFor } from './startup';
import { showCount } from './toolbar';
import { engineFor, scanAdsFairly, turns } from './scan-ads';
import { checkGetCards, checkScanAds, checkTabId, checkTabReport } from './validate';

const fromUs = (id: string | undefined) => id === browser.runtime.id;

function refuse<T>(what: string, reason: string, empty: T): T {
  console.warn(`[lykt] ${what} refused: ${reason}`);
  return empty;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function registerScanHandlers(): void {
  onMessage('ping', ({ data }) => ({
    version: browser.runtime.getManifest().version,
    receivedFrom: data?.from === 'page' ? 'page' : 'content',
  }));

  onMessage('reportScan', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (!fromUs(sender.id) || tabId === undefined)
      return refuse('reportScan', 'not from a tab of ours', { sharedContacts: [] });
    const checked = checkTabReport(data);
    if (!checked.ok) return refuse('reportScan', checked.reason, { sharedContacts: [] });
    recordReport(tabId, sender.url ?? sender.tab?.url ?? '', checked.value);
    const settings = await getSettings();
    await showCount(tabId, badgeCount(checked.value, settings.badgeLevel));
    return { sharedContacts: sharedContacts(checked.value) };
  });

  // A refusal throws: the content script then scans that batch in the page.
  onMessage('scanAds', async ({ data, sender }) => {
    if (!fromUs(sender.id)) throw new Error(refuse('scanAds', 'unknown sender', 'refused'));
    const checked = checkScanAds(data);
    if (!checked.ok) throw new Error(refuse('scanAds', checked.reason, 'refused'));
    // Fresh settings, not the watcher's cache: right after a change, the page asks at once.
    const { settings } = await loadSettings();
    return scanAdsFairly(sender.tab?.id ?? 'pages', settings, checked.value);
  });

  onMessage('getTabSummary', async ({ data, sender }) => {
    if (!fromUs(sender.id)) return refuse('getTabSummary', 'unknown sender', null);
    const checked = checkTabId(data);
    if (!checked.ok) return refuse('getTabSummary', checked.reason, null);
    const state = await getTabState(checked.value);
    if (!state) return null;
    return toSummary(state, isPausedHost(await getSettings(), hostOf(state.url)));
  });

  onMessage('getCards', ({ data, sender }) => {
    if (!fromUs(sender.id)) return refuse('getCards', 'unknown sender', []);
    const checked = checkGetCards(data);
    if (!checked.ok) return refuse('getCards', checked.reason, []);
    return checked.value.ids
      .map((id) => getCard(id, checked.value.lang))
      .filter((c): c is Card => !!c);
  });

  // Read fresh, not from the cache: a content script asks right after a storage change.
  onMessage('getSettings', async ({ sender }) => {
    if (!fromUs(sender.id)) return refuse('getSettings', 'unknown sender', undefined as never);
    const { settings } = await loadSettings();
    // A page asks first thing; its ads come next: have the engine warm once this reply is out.
    if (sender.tab) setTimeout(() => engineFor(settings), 0);
    return settings;
  });
  onMessage('getStartup', async ({ sender }) => {
    if (!fromUs(sender.id)) return refuse('getStartup', 'unknown sender', undefined as never);
    return startupFor((await loadSettings()).settings);
  });

  // A new page in the tab starts from zero; a closed tab is forgotten.
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    turns.drop(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) {
      forgetTab(tabId);
      void showCount(tabId, 0);
    }
  });
  // A new badge level changes what the toolbar counts.
  watchSettings(async (settings) => {
    for (const tab of await browser.tabs.query({})) {
      const state = tab.id === undefined ? null : await getTabState(tab.id);
      if (state && tab.id !== undefined)
        await showCount(tab.id, badgeCount(state.report, settings.badgeLevel));
    }
  });
}
