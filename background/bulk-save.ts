/**
 * The popup's "Save all flagged ads on this page". A trusted action: only Lykt's own pages may
 * ask (a web page's content script cannot), so it does not spend the tab's "Save to log"
 * allowance (save-limit.ts), but has its own small limit per tab. The ads come from the tab's
 * top-frame content script; each goes through the same checks and store as a single save, with
 * the site taken from the tab's address. Ads already in the log are left as they are (their
 * notes too) and are not part of the undo. Ads the user marked "not a concern here" on this
 * site (settings/dismissed.ts) are left out.
 */
import { browser } from 'wxt/browser';
import { checkEntryInput } from '../log/validate';
import { entryId } from '../log/id';
import { listEntries, saveEntry } from '../log/store';
import type { LogEntryInput } from '../log/types';
import { MAX_BULK_SAVE, type BulkSaveReply } from '../messaging/protocol';
import { adTextHash, forSite } from '../settings/dismissed';
import { listDismissed } from '../settings/dismissed-store';
import { fromTab, type SaveSender } from './log-handlers';
import { SaveLimiter } from './save-limit';

export interface BulkSaveDeps {
  /** The tab's address as the browser knows it. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The flagged ads, from the tab's content script. */
  collect(tabId: number): Promise<unknown>;
}

const limiter = new SaveLimiter({ burst: 5, refillMs: 5000 });

export async function handleSaveFlagged(
  data: unknown,
  sender: SaveSender,
  deps: BulkSaveDeps,
  now = Date.now(),
): Promise<BulkSaveReply> {
  const from = sender.url ?? '';
  if (sender.id !== browser.runtime.id || !from.startsWith(browser.runtime.getURL('/'))) {
    console.warn('[lykt] saveFlagged refused: not from a Lykt page');
    return { ok: false, error: 'Refused: not from a Lykt page' };
  }
  const tabId = (data as { tabId?: unknown } | null)?.tabId;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0)
    return { ok: false, error: 'Refused: no tab' };
  let tab: URL;
  try {
    tab = new URL((await deps.tabUrl(tabId)) ?? '');
  } catch {
    return { ok: false, error: 'Refused: not a web page' };
  }
  if (tab.protocol !== 'http:' && tab.protocol !== 'https:')
    return { ok: false, error: 'Refused: not a web page' };
  if (!limiter.take(`bulk:${tabId}`, now).ok) return { ok: false, error: 'Too many bulk saves' };
  let raw: unknown;
  try {
    raw = await deps.collect(tabId);
  } catch (err) {
    return { ok: false, error: `The page did not answer: ${String(err)}` };
  }
  if (!Array.isArray(raw)) return { ok: false, error: 'Refused: not a list of ads' };
  const known = new Set((await listEntries()).map((e) => e.id));
  const notAConcern = forSite(await listDismissed(), tab.hostname).ads;
  const added: string[] = [];
  let already = 0;
  let refused = 0;
  let dismissed = 0;
  for (const item of raw.slice(0, MAX_BULK_SAVE)) {
    const checked = checkEntryInput(item);
    if (!checked.ok || (checked.value.level !== 'medium' && checked.value.level !== 'high')) {
      refused++;
      continue;
    }
    if (notAConcern.has(adTextHash(checked.value.text))) {
      dismissed++;
      continue;
    }
    const entry: LogEntryInput = fromTab(checked.value, tab);
    const id = await entryId(entry.url, entry.text);
    if (known.has(id)) {
      already++;
      continue;
    }
    known.add(id);
    added.push((await saveEntry(entry)).id);
  }
  refused += Math.max(0, raw.length - MAX_BULK_SAVE);
  return { ok: true, added, already, refused, dismissed };
}
