/** The toolbar badge: how many ads of the tab carry a badge. MV3 `action`, MV2 `browserAction`. */
import { browser } from 'wxt/browser';

type ActionApi = {
  setBadgeText(d: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(d: { tabId: number; color: string }): Promise<void>;
};

function api(): ActionApi | undefined {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction;
}

export async function showCount(tabId: number, count: number): Promise<void> {
  const a = api();
  if (!a) return;
  // A closed tab rejects; nothing to show then.
  await a.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
  await a.setBadgeBackgroundColor({ tabId, color: '#9b2c1f' }).catch(() => undefined);
}
