/** The active tab's host and the background's scan summary for it (null when none yet). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type TabSummary } from '../../messaging/protocol';
import { normaliseHost } from '../../settings/validate';

export interface ActiveTab {
  host: string | null;
  tabId: number | null;
  summary: TabSummary | null;
  ready: boolean;
}

const webHost = (url: string | undefined) =>
  url && /^https?:\/\//.test(url) ? normaliseHost(url) : null;

export type SummarySource = (tabId: number) => Promise<TabSummary | null>;
const fromBackground: SummarySource = (tabId) => sendMessage('getTabSummary', { tabId });

export function useActiveTab(getSummary: SummarySource = fromBackground): ActiveTab {
  const [state, setState] = useState<ActiveTab>({
    host: null,
    tabId: null,
    summary: null,
    ready: false,
  });
  useEffect(() => {
    void (async () => {
      let summary: TabSummary | null = null;
      let url: string | undefined;
      let tabId: number | null = null;
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        url = tab?.url;
        if (tab?.id !== undefined) {
          tabId = tab.id;
          summary = await getSummary(tab.id);
        }
      } catch (err) {
        console.warn('[lykt] no summary for this tab', err);
      }
      setState({ host: webHost(url ?? summary?.url), tabId, summary, ready: true });
    })();
  }, []);
  return state;
}
