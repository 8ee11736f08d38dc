import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleSaveFlagged } from '../../background/bulk-save';

// The success path (real IndexedDB, real content script) is in tests/e2e/popup-bulk.e2e.ts.
const popup = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
});

describe('saveFlagged handler: who may ask', () => {
  const collect = vi.fn(async () => []);
  const deps = (url = 'https://ads.example/list') => ({ tabUrl: async () => url, collect });
  beforeEach(() => {
    fakeBrowser.reset();
    collect.mockClear();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it("refuses a web page's content script and another extension, without asking the page", async () => {
    const page = 'https://ads.example/list';
    const fromPage = { id: fakeBrowser.runtime.id, url: page, tab: { id: 3, url: page } };
    for (const sender of [
      fromPage,
      { ...popup(), id: 'other-extension' },
      { id: fakeBrowser.runtime.id },
    ])
      expect(await handleSaveFlagged({ tabId: 3 }, sender, deps())).toEqual({
        ok: false,
        error: 'Refused: not from a Lykt page',
      });
    expect(collect).not.toHaveBeenCalled();
  });

  it('refuses a missing tab and a tab that is not a web page', async () => {
    for (const data of [null, {}, { tabId: -1 }, { tabId: 1.5 }, { tabId: '3' }])
      expect(await handleSaveFlagged(data, popup(), deps())).toEqual({
        ok: false,
        error: 'Refused: no tab',
      });
    for (const url of ['chrome://extensions/', 'about:blank', 'not a url'])
      expect(await handleSaveFlagged({ tabId: 4 }, popup(), deps(url))).toEqual({
        ok: false,
        error: 'Refused: not a web page',
      });
    expect(collect).not.toHaveBeenCalled();
  });

  it('refuses an answer that is not a list, and limits bulk saves per tab', async () => {
    const odd = { tabUrl: async () => 'https://ads.example/', collect: async () => ({ n: 1 }) };
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++)
      expect(await handleSaveFlagged({ tabId: 9 }, popup(), odd, t0)).toEqual({
        ok: false,
        error: 'Refused: not a list of ads',
      });
    expect(await handleSaveFlagged({ tabId: 9 }, popup(), odd, t0)).toEqual({
      ok: false,
      error: 'Too many bulk saves',
    });
    // Another tab has its own allowance; this one refills.
    expect(await handleSaveFlagged({ tabId: 10 }, popup(), odd, t0)).toEqual({
      ok: false,
      error: 'Refused: not a list of ads',
    });
    expect(await handleSaveFlagged({ tabId: 9 }, popup(), odd, t0 + 5000)).toEqual({
      ok: false,
      error: 'Refused: not a list of ads',
    });
  });
});
