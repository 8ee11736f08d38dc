import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { generateAds, type DemoAd } from '../../demo/generate';

const e164 = (phone: string): string | undefined => {
  const parsed = parsePhoneNumberFromString(phone, 'NO');
  return parsed?.isValid() ? parsed.number : undefined;
};

const countBy = <K extends string>(ads: DemoAd[], key: (a: DemoAd) => K): Record<string, number> =>
  ads.reduce<Record<string, number>>(
    (acc, a) => ({ ...acc, [key(a)]: (acc[key(a)] ?? 0) + 1 }),
    {},
  );

describe('generateAds', () => {
  const ads = generateAds(200);

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateAds(200)).toEqual(ads);
    expect(generateAds(200, { seed: 7 })).toEqual(generateAds(200, { seed: 7 }));
    expect(generateAds(200, { seed: 7 }).map((a) => a.text)).not.toEqual(ads.map((a) => a.text));
  });

  it('makes exactly `count` ads with unique ids and every field filled', () => {
    for (const n of [0, 1, 5, 200, 1000]) expect(generateAds(n)).toHaveLength(n);
    expect(new Set(ads.map((a) => a.id)).size).toBe(200);
    for (const a of ads) {
      expect(a.title.length).toBeGreaterThan(3);
      expect(a.text.length).toBeGreaterThan(15);
      expect(a.text).not.toMatch(/\{\w+\}/);
      expect(Number.isNaN(Date.parse(a.postedAt))).toBe(false);
    }
  });

  it('covers every category in both languages, goods the largest and each at least 8%', () => {
    const byCat = countBy(ads, (a) => a.category);
    expect(Object.keys(byCat).sort()).toEqual(['escort', 'goods', 'housing', 'job', 'massage']);
    for (const n of Object.values(byCat)) expect(n).toBeGreaterThanOrEqual(16);
    expect(Math.max(...Object.values(byCat))).toBe(byCat.goods);
    expect(countBy(ads, (a) => a.lang)).toEqual({ nb: expect.any(Number), en: expect.any(Number) });
    expect(countBy(ads, (a) => a.lang).nb).toBeGreaterThan(40);
    expect(countBy(ads, (a) => a.lang).en).toBeGreaterThan(40);
  });

  it('keeps indicator ads a minority, only in escort, massage and job ads', () => {
    const flagged = ads.filter((a) => a.expectFlag);
    expect(flagged.length / ads.length).toBeGreaterThan(0.1);
    expect(flagged.length / ads.length).toBeLessThan(0.35);
    expect(new Set(flagged.map((a) => a.category))).toEqual(new Set(['escort', 'massage', 'job']));
    // Benign escort and massage ads exist too: Lykt must not flag a whole category.
    expect(ads.some((a) => a.category === 'escort' && !a.expectFlag)).toBe(true);
    expect(ads.some((a) => a.category === 'massage' && !a.expectFlag)).toBe(true);
  });

  it('always includes the innocent uses of trigger words, none expected to flag', () => {
    for (const seed of [1, 2, 3]) {
      const texts = generateAds(60, { seed })
        .filter((a) => !a.expectFlag)
        .map((a) => a.text);
      expect(texts.some((t) => /young and fresh design/.test(t))).toBe(true);
      expect(texts.some((t) => /^New in town: .*café/.test(t))).toBe(true);
      expect(texts.some((t) => /24\/7 customer service/.test(t))).toBe(true);
      expect(texts.some((t) => /Ingen seksuelle tjenester|No sexual services/.test(t))).toBe(true);
      expect(texts.some((t) => /^Independent, \d+/.test(t))).toBe(true);
    }
  });

  it('uses valid Norwegian numbers, some shared by 2–4 ads in different spellings', () => {
    const phones = ads.filter((a) => a.phone).map((a) => a.phone as string);
    expect(phones.length).toBeGreaterThan(120);
    for (const p of phones) expect(e164(p), p).toMatch(/^\+474\d{2}00\d{3}$/);
    const groups = new Map<string, string[]>();
    for (const p of phones) groups.set(e164(p)!, [...(groups.get(e164(p)!) ?? []), p]);
    const shared = [...groups.values()].filter((g) => g.length > 1);
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const g of shared) expect(g.length).toBeLessThanOrEqual(4);
    expect(shared.some((g) => new Set(g).size > 1)).toBe(true);
    // Most shared numbers sit behind indicator ads; a few are one seller's goods.
    const flaggedShared = ads.filter(
      (a) => a.expectFlag && a.phone && groups.get(e164(a.phone)!)!.length > 1,
    );
    expect(flaggedShared.length).toBeGreaterThanOrEqual(4);
  });

  it('uses only reserved example domains for e-mail', () => {
    const emails = ads.flatMap((a) => (a.email ? [a.email] : []));
    expect(emails.length).toBeGreaterThan(5);
    for (const m of emails) expect(m).toMatch(/^[a-z]+\.\d{3}@example\.com$/);
  });

  it('writes indicator language in the style of the dev set (hidden words included)', () => {
    const all = generateAds(2000)
      .filter((a) => a.expectFlag)
      .map((a) => a.text)
      .join('\n');
    for (const cue of [
      'new girls every week',
      'happy ending',
      'ny i byen',
      'ekstra service',
      'lønn kontant',
      'visa',
      '100% ekte bilder',
    ]) {
      expect(all.toLowerCase()).toContain(cue);
    }
    expect(all).toMatch(/\u200b/); // zero-width space inside a word
    expect(all).toMatch(/y0ung/i); // leetspeak
  });
});
