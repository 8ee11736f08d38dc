import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromTab, handleSaveToLog } from '../../background/log-handlers';
import { fitEntry } from '../../background/save-fit';
import { checkEntryInput } from '../../log/validate';
import { SaveLimiter } from '../../background/save-limit';
import type { LogEntryInput } from '../../log/types';

const valid = {
  url: 'https://ads.example/1',
  site: 'ads.example',
  title: 'Ad',
  text: 'Young and new in town',
  context: 'escort',
  level: 'medium',
  score: 3,
  indicators: [{ category: 'youth', term: 'young', match: 'Young', start: 0, end: 5, weight: 2 }],
  contacts: [],
} as const;

const ext = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/log.html') });
let tabIds = 100;
/** A content script in a fresh web tab, as runtime.MessageSender describes it. */
const web = (url = 'https://ads.example/list?p=2') => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabIds++, url },
});

describe('saveToLog handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('refuses messages from another sender', async () => {
    expect(await handleSaveToLog(valid, { ...ext(), id: 'some-other-extension' })).toEqual({
      ok: false,
      error: 'Refused: unknown sender',
    });
  });

  it('refuses a sender that is neither a web page nor one of Lykt’s pages', async () => {
    for (const url of [undefined, 'file:///tmp/x.html', 'chrome-extension://other/log.html'])
      expect(await handleSaveToLog(valid, { id: fakeBrowser.runtime.id, url })).toEqual({
        ok: false,
        error: 'Refused: not from a web page',
      });
  });

  it.each([
    [null, 'entry is not an object'],
    [{ ...valid, url: 'javascript:alert(1)' }, 'url must be http or https'],
    [{ ...valid, level: 'severe' }, 'unknown level'],
    [
      { ...valid, indicators: [{ ...valid.indicators[0], end: 99 }] },
      'indicator offsets out of range',
    ],
    [{ ...valid, contacts: 'x' }, 'contacts must be a list'],
  ])('refuses a malformed payload with a logged reason (%#)', async (payload, reason) => {
    for (const sender of [ext(), web()]) {
      const reply = await handleSaveToLog(payload, sender);
      expect(reply).toEqual({ ok: false, error: `Refused: ${reason}` });
      expect(console.warn).toHaveBeenCalledWith('[lykt] saveToLog refused:', reason);
    }
  });

  it('limits one tab to 10 saves at once, then one every 2 s; other tabs are not affected', async () => {
    const tab = web();
    const t0 = 1_000_000;
    // Each attempt counts, refused or not (these stop at validation, before any storage).
    for (let i = 0; i < 10; i++)
      expect(await handleSaveToLog({ ...valid, level: 'x' }, tab, t0 + i)).toMatchObject({
        error: 'Refused: unknown level',
      });
    const limited = await handleSaveToLog(valid, tab, t0 + 10);
    expect(limited).toMatchObject({ ok: false, error: 'Too many saves from this tab' });
    expect((limited as { retryMs: number }).retryMs).toBeGreaterThan(1900);
    expect((limited as { retryMs: number }).retryMs).toBeLessThanOrEqual(2000);
    expect(await handleSaveToLog(null, web(), t0 + 10)).toMatchObject({
      error: 'Refused: entry is not an object',
    });
    expect(await handleSaveToLog(null, tab, t0 + 2100)).toMatchObject({
      error: 'Refused: entry is not an object',
    });
    expect(await handleSaveToLog(null, tab, t0 + 2200)).toMatchObject({ retryMs: 1800 });
    // Lykt's own pages are not web tabs and are not limited.
    for (let i = 0; i < 30; i++)
      expect(await handleSaveToLog(null, ext(), t0)).not.toHaveProperty('retryMs');
  });
});

describe('where a saved ad was: the tab, not the page', () => {
  const entry = (url: string, site = 'evil.example'): LogEntryInput =>
    ({ ...valid, indicators: [...valid.indicators], contacts: [], url, site }) as LogEntryInput;
  const tab = new URL('https://ads.example/list?p=2');

  it('keeps an ad link on the tab’s origin, with the site from the tab', () => {
    expect(fromTab(entry('https://ads.example/ad/7'), tab)).toMatchObject({
      url: 'https://ads.example/ad/7',
      site: 'ads.example',
    });
  });

  it.each([
    'https://other-site.example/ad/1',
    'http://ads.example/ad/1',
    'https://ads.example:8443/ad/1',
    'https://sub.ads.example/ad/1',
  ])('replaces a claimed %s with the tab’s address', (claimed) => {
    expect(fromTab(entry(claimed), tab)).toMatchObject({
      url: 'https://ads.example/list?p=2',
      site: 'ads.example',
    });
  });
});

describe('SaveLimiter', () => {
  it('gives a burst, then refills at the set rate, capped at the burst', () => {
    const l = new SaveLimiter({ burst: 3, refillMs: 1000 });
    const took = (n: number, at: number) =>
      Array.from({ length: n }, () => l.take('a', at).ok).filter(Boolean).length;
    expect(took(5, 0)).toBe(3);
    expect(l.take('a', 500)).toEqual({ ok: false, retryMs: 500 });
    expect(took(5, 1000)).toBe(1);
    expect(took(10, 1_000_000)).toBe(3);
    l.forget('a');
    expect(took(5, 1_000_000)).toBe(3);
  });
});

describe('saveToLog: an ad over the log’s limits (issue 19, item 9)', () => {
  it('is cut to fit and marked truncated, where before the validator refused it', () => {
    const text = 'Young '.repeat(5000); // 30,000 characters, 5,000 cues
    const indicators = Array.from({ length: 5000 }, (_, i) => ({
      category: 'youth',
      term: 'young',
      match: 'Young',
      start: i * 6,
      end: i * 6 + 5,
      weight: 2,
    }));
    const contacts = [{ type: 'phone', value: '+4791234567', start: 29_990, end: 29_999 }];
    const entry = { ...valid, text, indicators, contacts };
    expect(checkEntryInput(entry)).toEqual({
      ok: false,
      reason: 'text missing, empty or too long',
    });
    const checked = checkEntryInput(fitEntry(entry));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.truncated).toBe(true);
    expect(checked.value.text).toBe(text.slice(0, 20_000));
    expect(checked.value.indicators).toHaveLength(500);
    expect(checked.value.contacts).toEqual([]);
  });

  it('cuts 600 findings in a short text to 500; leaves an entry within the limits as it is', () => {
    const indicators = Array.from({ length: 600 }, () => valid.indicators[0]);
    const cut = checkEntryInput(fitEntry({ ...valid, indicators }));
    expect(cut.ok && [cut.value.indicators.length, cut.value.truncated]).toEqual([500, true]);
    expect(fitEntry(valid)).toBe(valid);
    const same = checkEntryInput(fitEntry(valid));
    expect(same.ok && 'truncated' in same.value).toBe(false);
  });
});
