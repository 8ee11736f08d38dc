/**
 * The popup's "Save all flagged ads on this page". A trusted action: only Lykt's own pages may
 * ask (a web page's content script cannot), so it does not spend the tab's "Save to log"
 * allowance (save-limit.ts), but has its own small limit per tab. The ads come from the tab's
 * top-frame content script; each goes through the same checks and store as a single save, with
 * the site taken from the tab's address. Ads already in the log are left as they are (their
 * notes too) and are not part of the undo. Ads the user marked "not a concern here" on this
 * site (settings/dismissed.ts) are left out. The popup's "add all ads to an investigation" asks
 * the same way (any level).
 */
import { browser } from 'wxt/browser';
import { checkEntryInput, checkInvestigationName } from '../log/validate';
import { entryId } from '../log/id';
import { listEntries, saveEntry } from '../log/store';
import type { LogEntryInput } from '../log/types';
import { addToInvestigation } from '../log/investigations';
import {
  MAX_BULK_INVESTIGATE,
  MAX_BULK_SAVE,
  type BulkSaveReply,
  type InvestigateReply,
} from '../messaging/protocol';
import { adTextHash, forSite } from '../settings/dismissed';
import { listDismissed } from '../settings/dismissed-store';
import { fromTab, rememberInvestigation, type SaveSender } from './log-handlers';
import { fitEntry } from './save-fit';
import { SaveLimiter } from './save-limit';

export interface BulkSaveDeps {
  /** The tab's address as the browser knows it. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The flagged ads, from the tab's content script. */
  collect(tabId: number): Promise<unknown>;
}

const limiter = new SaveLimiter({ burst: 5, refillMs: 5000 });

type Asked = { ok: true; tab: URL; tabId: number; raw: unknown[] } | { ok: false; error: string };

/** Checks who asks and for which tab, then asks the tab's content script for its ads. */
async function askTab(
  what: string,
  data: unknown,
  sender: SaveSender,
  deps: BulkSaveDeps,
  now: number,
  before: () => string | null = () => null,
): Promise<Asked> {
  const from = sender.url ?? '';
  if (sender.id !== browser.runtime.id || !from.startsWith(browser.runtime.getURL('/'))) {
    console.warn(`[lykt] ${what} refused: not from a Lykt page`);
    return { ok: false, error: 'Refused: not from a Lykt page' };
  }
  const tabId = (data as { tabId?: unknown } | null)?.tabId;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0)
    return { ok: false, error: 'Refused: no tab' };
  const refused = before();
  if (refused) return { ok: false, error: refused };
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
  return { ok: true, tab, tabId, raw };
}

export async function handleSaveFlagged(
  data: unknown,
  sender: SaveSender,
  deps: BulkSaveDeps,
  now = Date.now(),
): Promise<BulkSaveReply> {
  const asked = await askTab('saveFlagged', data, sender, deps, now);
  if (!asked.ok) return asked;
  const { tab, raw } = asked;
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

/**
 * The popup's "Add all ads on this page to an investigation": every scanned ad, any level
 * (templates matter for clustering), with the same checks as "save all flagged". Ads already
 * saved keep everything and get the name; "not a concern here" ads are left out.
 */
export async function handleAddPageToInvestigation(
  data: unknown,
  sender: SaveSender,
  deps: BulkSaveDeps,
  now = Date.now(),
): Promise<InvestigateReply> {
  const name = checkInvestigationName((data as { name?: unknown } | null)?.name);
  const asked = await askTab('addPageToInvestigation', data, sender, deps, now, () =>
    typeof name === 'string' ? null : `Refused: ${name.reason}`,
  );
  if (!asked.ok || typeof name !== 'string') return asked as InvestigateReply;
  const { tab, raw } = asked;
  const notAConcern = forSite(await listDismissed(), tab.hostname).ads;
  const ads: LogEntryInput[] = [];
  let refused = Math.max(0, raw.length - MAX_BULK_INVESTIGATE);
  let dismissed = 0;
  for (const item of raw.slice(0, MAX_BULK_INVESTIGATE)) {
    const checked = checkEntryInput(fitEntry(item));
    if (!checked.ok) refused++;
    else if (notAConcern.has(adTextHash(checked.value.text))) dismissed++;
    else ads.push(fromTab(checked.value, tab));
  }
  try {
    const r = await addToInvestigation(name, ads);
    await rememberInvestigation(r.name);
    return { ok: true, ...r, refused, dismissed };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
