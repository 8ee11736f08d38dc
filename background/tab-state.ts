/**
 * Per-tab scan totals: what the toolbar badge counts, which contacts several ads of a tab
 * share, and the popup's summary. Kept in memory and in storage.session, because an MV3
 * service worker can be stopped between two reports.
 */
import { browser } from 'wxt/browser';
import { LEVELS, type Level } from '../indicators/types';
import type { TabReport, TabSummary } from '../messaging/protocol';

export interface TabState {
  url: string;
  report: TabReport;
}

const tabs = new Map<number, TabState>();
const key = (tabId: number) => `tab:${tabId}`;
const session = () => browser.storage?.session;

/** Ads at the badge level or above: the same number as badges on the page. */
export function badgeCount(report: TabReport, badgeLevel: Exclude<Level, 'none'>): number {
  return LEVELS.slice(LEVELS.indexOf(badgeLevel)).reduce((n, l) => n + report.byLevel[l], 0);
}

/** Contact values carried by two or more ads of the tab. */
export function sharedContacts(report: TabReport): string[] {
  return Object.entries(report.contacts)
    .filter(([, n]) => n >= 2)
    .map(([v]) => v);
}

export function recordReport(tabId: number, url: string, report: TabReport): void {
  const state = { url, report };
  tabs.set(tabId, state);
  session()
    ?.set({ [key(tabId)]: state })
    .catch(() => undefined);
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  const known = tabs.get(tabId);
  if (known) return known;
  const stored = (
    await session()
      ?.get(key(tabId))
      .catch(() => undefined)
  )?.[key(tabId)];
  return (stored as TabState | undefined) ?? null;
}

export function forgetTab(tabId: number): void {
  tabs.delete(tabId);
  session()
    ?.remove(key(tabId))
    .catch(() => undefined);
}

export function toSummary(state: TabState, paused: boolean): TabSummary {
  return { ...state.report, url: state.url, paused };
}
