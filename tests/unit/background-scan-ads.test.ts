import { describe, expect, it } from 'vitest';
import { scanAds } from '../../background/scan-ads';
import { checkScanAds } from '../../background/validate';
import { createEngine } from '../../indicators';
import { SCAN_LIMIT } from '../../indicators/core';
import { DEFAULT_SETTINGS } from '../../settings/defaults';

const TEXTS = ['Ung jente, ny i byen, ring sjåføren', 'Pent brukt sofa selges, hentes på Tøyen'];

describe('scanAds: the background engine for content scripts', () => {
  it('gives one result per text, in order, the same as an engine built in the page', () => {
    const req = { url: 'https://example.test/ads', texts: TEXTS };
    const local = createEngine({ langs: DEFAULT_SETTINGS.langs });
    expect(scanAds(DEFAULT_SETTINGS, req)).toEqual(
      TEXTS.map((text) => local.scan({ text, url: req.url })),
    );
  });

  it('follows the settings: a disabled category is not reported', () => {
    const req = { url: 'https://example.test/', texts: [TEXTS[0]!] };
    const all = scanAds(DEFAULT_SETTINGS, req)[0]!;
    const cat = all.indicators[0]!.category;
    const off = scanAds({ ...DEFAULT_SETTINGS, disabledCategories: [cat] }, req)[0]!;
    expect(off.indicators.map((f) => f.category)).not.toContain(cat);
  });
});

describe('checkScanAds', () => {
  const ok = { url: 'https://example.test/', texts: ['a', 'b'] };
  it('cuts a text over the limit (one past it, so the engine sees more came) and keeps the batch', () => {
    const big = 'x'.repeat(SCAN_LIMIT * 3);
    const r = checkScanAds({ ...ok, texts: ['a', big, 'b'] });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.texts.map((t) => t.length)).toEqual([1, SCAN_LIMIT + 1, 1]);
  });
  it('takes a well-formed request and drops unknown fields', () => {
    expect(checkScanAds({ ...ok, lang: 'nb', extra: 1 })).toEqual({
      ok: true,
      value: { ...ok, lang: 'nb' },
    });
  });
  it.each([
    ['not an object', 'x', /not an object/],
    ['no url', { texts: [] }, /url/],
    ['texts not a list', { ...ok, texts: 'a' }, /texts/],
    ['too many texts', { ...ok, texts: Array(1001).fill('a') }, /at most 1000/],
    ['a text not a string', { ...ok, texts: ['a', 3] }, /a text/],
    ['a bad lang', { ...ok, lang: { toString: 1 } }, /lang/],
  ])('refuses %s with a reason', (_name, payload, reason) => {
    const r = checkScanAds(payload);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
