import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleSaveToLog } from '../../background/log-handlers';

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
};

describe('saveToLog handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('refuses messages from another sender', async () => {
    expect(await handleSaveToLog(valid, 'some-other-extension')).toEqual({
      ok: false,
      error: 'Refused: unknown sender',
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
    const reply = await handleSaveToLog(payload, fakeBrowser.runtime.id);
    expect(reply).toEqual({ ok: false, error: `Refused: ${reason}` });
    expect(console.warn).toHaveBeenCalledWith('[lykt] saveToLog refused:', reason);
  });
});
