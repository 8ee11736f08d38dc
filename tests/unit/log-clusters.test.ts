import { describe, expect, it } from 'vitest';
import { clusterAds, jaccard, reasonText, shingles, type ClusterAd } from '../../log/clusters';

const TEMPLATE = (name: string, city: string) =>
  `Hi gentlemen, I am ${name}, new in ${city} for a few days only. Sweet and discreet, ` +
  'incall and outcall, available late, private apartment near the station, call or text anytime.';
const ad = (id: string, text: string, contacts: ClusterAd['contacts'] = []): ClusterAd => ({
  id,
  text,
  contacts,
});
const phone = (value: string) => ({ type: 'phone' as const, value });

describe('clusterAds', () => {
  it('links ads from one template with small edits, with the exact share of text', () => {
    const a = ad('a', TEMPLATE('Anna', 'Oslo'));
    const b = ad('b', TEMPLATE('Bella', 'Bergen'));
    const other = ad(
      'c',
      'Selling a red sofa, two years old, pick up in Trondheim, cash only please.',
    );
    const [cluster, ...rest] = clusterAds([a, b, other]);
    expect(rest).toEqual([]);
    expect(cluster!.ids).toEqual(['a', 'b']);
    const sim = jaccard(shingles(a.text), shingles(b.text));
    expect(sim).toBeGreaterThan(0.5);
    expect(cluster!.links).toEqual([
      { a: 'a', b: 'b', reason: { kind: 'text', similarity: Math.round(sim * 100) / 100 } },
    ]);
    expect(reasonText(cluster!.links[0]!.reason)).toBe(`${Math.round(sim * 100)} % same text`);
  });

  it('merges contact and text links into one graph, each link with its reason', () => {
    const ads = [
      ad('x1', 'Thai massage in the city centre, call for a time.', [phone('+4791234567')]),
      ad('x2', 'Completely different words about massage and relaxing oils.', [
        phone('+4791234567'),
      ]),
      ad('x3', TEMPLATE('Anna', 'Oslo'), [phone('+4791234567')]),
      ad('x4', TEMPLATE('Mia', 'Drammen')),
      ad('lone', 'Nothing in common with anyone here at all, a bicycle for sale.'),
    ];
    const clusters = clusterAds(ads);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.ids).toEqual(['x1', 'x2', 'x3', 'x4']);
    expect(clusters[0]!.links.map((l) => reasonText(l.reason))).toEqual([
      'same phone +4791234567',
      'same phone +4791234567',
      expect.stringMatching(/^\d+ % same text$/),
    ]);
  });

  it('does not link short or unrelated texts', () => {
    expect(clusterAds([ad('s1', 'Call me now'), ad('s2', 'Call me now')])).toEqual([]);
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) % 5000;
    const unrelated = Array.from({ length: 200 }, (_, i) =>
      ad(`u${i}`, Array.from({ length: 30 }, () => `w${rnd()}`).join(' ')),
    );
    expect(clusterAds(unrelated)).toEqual([]);
  });

  it('keeps one line per ad for a big template group (not n² links)', () => {
    const ads = Array.from({ length: 1000 }, (_, i) => ad(`t${i}`, TEMPLATE(`Girl${i}`, 'Oslo')));
    const [c, ...rest] = clusterAds(ads);
    expect(rest).toEqual([]);
    expect(c!.ids).toHaveLength(1000);
    expect(c!.links).toHaveLength(999);
  });

  it('a higher threshold links fewer pairs', () => {
    const ads = [ad('a', TEMPLATE('Anna', 'Oslo')), ad('b', TEMPLATE('Bella', 'Bergen'))];
    expect(clusterAds(ads, { minSimilarity: 0.99 })).toEqual([]);
  });
});
