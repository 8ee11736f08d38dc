// fake-indexeddb: a complete in-memory IndexedDB, so the handlers store for real; the extension's
// own IndexedDB, content script and popup are in tests/e2e/investigate.e2e.ts.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleAddPageToInvestigation } from '../../background/bulk-save';
import {
  handleAddToInvestigation,
  handleListInvestigations,
  handleSaveToLog,
  registerLogHandlers,
} from '../../background/log-handlers';
import { addToInvestigation } from '../../log/investigations';
import { deleteLog, listEntries, saveEntry } from '../../log/store';
import type { LogEntryInput } from '../../log/types';
import { adTextHash } from '../../settings/dismissed';
import { addDismissed } from '../../settings/dismissed-store';

const ad = (n: number, level = 'none') => ({
  url: `https://ads.example/ad/${n}`,
  site: 'ads.example',
  title: `Ad ${n}`,
  text: `Ad ${n}: massasje, ring 912 34 56${n}`,
  context: 'massage',
  level,
  score: 0,
  indicators: [],
  contacts: [],
});
let tabIds = 500;
const web = (url = 'https://ads.example/list') => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabIds++, url },
});
const popup = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
});

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteLog();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('addToInvestigation (popover)', () => {
  it('refuses another sender, a non-web sender, a bad name and a bad ad', async () => {
    const data = { name: 'Case', entry: ad(1) };
    expect(await handleAddToInvestigation(data, { ...web(), id: 'other' })).toEqual({
      ok: false,
      error: 'Refused: unknown sender',
    });
    expect(
      await handleAddToInvestigation(data, { id: fakeBrowser.runtime.id, url: 'file:///x' }),
    ).toEqual({ ok: false, error: 'Refused: not from a web page' });
    expect(await handleAddToInvestigation({ ...data, name: ' ' }, web())).toEqual({
      ok: false,
      error: 'Refused: investigation name is empty',
    });
    expect(
      await handleAddToInvestigation({ name: 'Case', entry: { ...ad(1), level: 'x' } }, web()),
    ).toEqual({ ok: false, error: 'Refused: unknown level' });
    expect(await handleAddToInvestigation(null, web())).toMatchObject({ ok: false });
    expect(await listEntries()).toEqual([]);
  });

  it('takes the site from the tab, remembers the name, and shares "Save to log"’s rate limit', async () => {
    const tab = web('https://real.example/list');
    const t0 = 2_000_000;
    const r = await handleAddToInvestigation({ name: ' Case ', entry: ad(1) }, tab, t0);
    expect(r).toMatchObject({ ok: true, name: 'Case', merged: [], already: 0 });
    expect(await listEntries()).toMatchObject([
      { site: 'real.example', url: 'https://real.example/list', investigations: ['Case'] },
    ]);
    expect(await handleListInvestigations(tab)).toEqual({
      names: ['Case'],
      last: 'Case',
    });
    expect(await handleListInvestigations({ ...tab, id: 'other' })).toEqual({
      names: [],
      last: null,
    });
    for (let i = 0; i < 9; i++) await handleSaveToLog(ad(10 + i), tab, t0);
    expect(await handleAddToInvestigation({ name: 'Case', entry: ad(2) }, tab, t0)).toEqual({
      ok: false,
      error: 'Too many saves from this tab',
      retryMs: 2000,
    });
  });
});

describe('addPageToInvestigation (popup)', () => {
  const deps = (ads: unknown, url = 'https://ads.example/list') => ({
    tabUrl: async () => url,
    collect: vi.fn(async () => ads),
  });

  it("refuses a web page's content script and a bad name without asking the page", async () => {
    const d = deps([ad(1)]);
    expect(await handleAddPageToInvestigation({ tabId: 1, name: 'C' }, web(), d)).toEqual({
      ok: false,
      error: 'Refused: not from a Lykt page',
    });
    expect(await handleAddPageToInvestigation({ tabId: 1, name: '' }, popup(), d)).toEqual({
      ok: false,
      error: 'Refused: investigation name is empty',
    });
    expect(await handleAddPageToInvestigation({ tabId: 1 }, popup(), d)).toEqual({
      ok: false,
      error: 'Refused: investigation name is not text',
    });
    expect(d.collect).not.toHaveBeenCalled();
  });

  it('adds every ad of any level, merges saved ones, leaves out "not a concern" and bad ones', async () => {
    const saved = await saveEntry({ ...ad(2, 'high'), note: 'keep me' } as LogEntryInput);
    await addDismissed({
      kind: 'ad',
      site: 'ads.example',
      hash: adTextHash(ad(3).text),
      title: 'Ad 3',
      at: 1,
    });
    const page = [
      ad(1),
      ad(1),
      ad(2, 'high'),
      ad(3),
      { ...ad(4), url: 'javascript:x' },
      ad(5, 'low'),
    ];
    const r = await handleAddPageToInvestigation({ tabId: 7, name: 'Oslo' }, popup(), deps(page));
    expect(r).toMatchObject({
      ok: true,
      name: 'Oslo',
      already: 0,
      repeated: 1,
      refused: 1,
      dismissed: 1,
    });
    if (!r.ok) return;
    expect(r.added).toHaveLength(2);
    expect(r.merged).toEqual([saved.id]);
    const all = await listEntries();
    expect(all.map((e) => e.level).sort()).toEqual(['high', 'low', 'none']);
    expect(all.every((e) => e.investigations?.includes('Oslo'))).toBe(true);
    expect(all.find((e) => e.id === saved.id)).toEqual({ ...saved, investigations: ['Oslo'] });
    expect((await handleListInvestigations(popup())).last).toBe('Oslo');
  });
});

describe('listInvestigations: names kept until the log changes', () => {
  it('reads them again after a change from another page (BroadcastChannel)', async () => {
    registerLogHandlers();
    await handleAddToInvestigation({ name: 'Case', entry: ad(1) }, web());
    expect((await handleListInvestigations(popup())).names).toEqual(['Case']);
    // The log page adds (or imports, deletes): it signals the change, the next list sees it.
    await addToInvestigation('Other', [ad(2) as LogEntryInput]);
    await expect
      .poll(async () => (await handleListInvestigations(popup())).names)
      .toEqual(['Case', 'Other']);
    await deleteLog();
    await expect.poll(async () => (await handleListInvestigations(popup())).names).toEqual([]);
  });
});
