import { describe, expect, it } from 'vitest';
import { pickAdapter } from '../../content/adapters';
import { detailAdapter, detectListings, looksLikeAd } from '../../content/detect';
import { findAds } from '../../content/find-ads';
import { loadPage } from './content-page';

/**
 * The generic detector, run WITHOUT the site's adapter. Tolerance: it must find at least 95%
 * of the listing's ads (SOURCES.md counts) and report at most 15% more ad elements than that.
 */
const LISTINGS: [file: string, ads: number][] = [
  ['craigslist-listing-1.html', 120],
  ['finn-joblist-1.html', 51],
  ['navno-joblist-1.html', 25],
  ['backpage-listing-1.html', 100],
];

describe('generic ad detector', () => {
  it.each(LISTINGS)('finds the ads of %s (%i) within tolerance', (file, count) => {
    const doc = loadPage(file);
    const site = findAds(doc, pickAdapter(doc, '127.0.0.1')!).map((t) => t.el);
    const found = detectListings(doc.body)
      .flatMap((a) => findAds(doc, a))
      .map((t) => t.el);
    const hits = site.filter((el) =>
      found.some((f) => f === el || f.contains(el) || el.contains(f)),
    );
    expect(hits.length).toBeGreaterThanOrEqual(Math.ceil(count * 0.95));
    expect(found.length).toBeLessThanOrEqual(Math.floor(count * 1.15));
    // Each detected ad has a title to put its badge by.
    for (const t of detectListings(doc.body).flatMap((a) => findAds(doc, a)))
      expect(t.title).not.toBeNull();
  });

  it('treats a page without a listing as one ad', () => {
    const doc = loadPage('backpage-escortdetail-2.html');
    expect(detectListings(doc.body)).toEqual([]);
    const ads = findAds(doc, detailAdapter(doc));
    expect(ads).toHaveLength(1);
    expect(ads[0]!.title?.localName).toBe('h1');
  });

  it('finds a listing of repeated cards and ignores menus and filter panels', () => {
    document.body.innerHTML = `
      <nav><ul>${'<li><a href="/x">Menu entry link</a> more</li>'.repeat(8)}</ul></nav>
      <form><div class="filters">${'<div class="f"><h3>Filter</h3><a href="#">all</a><input type="checkbox"></div>'.repeat(6)}</div></form>
      <section>${[1, 2, 3, 4, 5, 6]
        .map(
          (i) =>
            `<article class="listing"><h2><a href="/ad/${i}">Ad number ${i}</a></h2><p>Some text ${i}</p></article>`,
        )
        .join('')}</section>`;
    const lists = detectListings(document.body);
    expect(lists.map((a) => a.ad)).toEqual(['article.listing']);
    expect(findAds(document, lists[0]!).map((t) => t.title?.localName)).toEqual(
      Array(6).fill('h2'),
    );
  });

  it('needs a link and text beyond the title', () => {
    document.body.innerHTML =
      '<div id="a"><a href="/1">Only a link here</a></div><div id="b"><p>No link, only words here</p></div>';
    expect(looksLikeAd(document.querySelector('#a')!)).toBe(false);
    expect(looksLikeAd(document.querySelector('#b')!)).toBe(false);
  });
});
