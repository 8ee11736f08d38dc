import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter } from '../../content/adapters';
import { findAds } from '../../content/find-ads';
import { extractText } from '../../content/text';
import { loadPage, SITE_HOSTS as HOSTS } from './content-page';

// Ad counts and selectors from ../shared/fixtures/pages/SOURCES.md.
const PAGES: [file: string, adapter: string, ads: number, sample: RegExp][] = [
  ['finn-joblist-1.html', 'finn-joblist', 51, /offshore wind/],
  ['finn-jobdetail-1.html', 'finn-jobdetail', 1, /Piping Engineer/],
  ['navno-joblist-1.html', 'nav-joblist', 25, /Tannlege/],
  ['navno-jobdetail-1.html', 'nav-jobdetail', 1, /fulltid/],
  ['finn-detail-1.html', 'finn-detail', 1, /Gaming pc/i],
  ['finn-detail-2.html', 'finn-detail', 1, /Trondheim/],
  ['craigslist-listing-1.html', 'craigslist-listing', 120, /Solar tea light/],
  ['craigslist-detail-1.html', 'craigslist-detail', 1, /solar tea light new in\s*box/i],
  ['backpage-escortdetail-1.html', 'backpage-detail', 1, /Beautiful Asian Girls/],
  ['backpage-escortdetail-2.html', 'backpage-detail', 1, /\w/],
  ['backpage-escortdetail-3.html', 'backpage-detail', 1, /\w/],
  ['backpage-listing-1.html', 'backpage-listing', 100, /Mitsubishi/],
];

describe('site adapters on the saved pages', () => {
  it.each(PAGES)('%s → %s finds %i ads', (file, id, count, sample) => {
    const doc = loadPage(file);
    const adapter = pickAdapter(doc, HOSTS[file.split('-')[0]!]!);
    expect(adapter?.id).toBe(id);
    const ads = findAds(doc, adapter!);
    expect(ads).toHaveLength(count);
    const first = extractText(ads[0]!.roots).text;
    expect(first).toMatch(sample);
    for (const ad of ads) {
      expect(ad.title, 'every ad has a title').not.toBeNull();
      expect(ad.el.contains(ad.title!) || ad.el.getRootNode() !== ad.title!.getRootNode()).toBe(
        true,
      );
    }
  });

  it('puts the title first in a detail ad and keeps the page chrome out', () => {
    const doc = loadPage('backpage-escortdetail-1.html');
    const [ad] = findAds(doc, pickAdapter(doc, 'phoenix.backpage.com')!);
    const text = extractText(ad!.roots).text.trim();
    expect(text.startsWith('GOOD DAY SPA')).toBe(true);
    expect(text).toMatch(/Poster's age: 23/);
    expect(text).not.toMatch(/Post an ad|Terms of Use/i);
  });

  it('picks by host name before layout', () => {
    const doc = loadPage('craigslist-listing-1.html');
    expect(pickAdapter(doc, 'boston.craigslist.org')?.id).toBe('craigslist-listing');
    expect(pickAdapter(doc, 'www.finn.no')).toBeNull();
  });

  it('has unique ids and valid selectors', () => {
    const doc = loadPage('craigslist-detail-1.html');
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
    for (const a of ADAPTERS) {
      for (const sel of [a.signature, a.ad, a.title, a.text, a.contact]) {
        if (sel) expect(() => doc.querySelector(sel), `${a.id}: ${sel}`).not.toThrow();
      }
    }
  });
});
