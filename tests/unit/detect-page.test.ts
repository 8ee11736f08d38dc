import { describe, expect, it, vi } from 'vitest';
import { detectPage, mainAd } from '../../content/detail';
import { detectListings } from '../../content/detect';
import { Discovery, outermostAds } from '../../content/discovery';
import { findAds } from '../../content/find-ads';
import { mainContent } from '../../content/main-content';
import { loadPage } from './content-page';

/** Detail pages of ../shared/fixtures/pages and the ad body truth.jsonl gives for each. */
const DETAILS: [file: string, body: string][] = [
  ['finn-jobdetail-1.html', 'div.import-decoration'],
  ['navno-jobdetail-1.html', 'div.arb-rich-text'],
  ['craigslist-detail-1.html', 'section#postingbody'],
  ['backpage-escortdetail-3.html', 'div.postingBody'],
];

const text = (els: Element[]) => els.map((e) => e.textContent ?? '').join(' ');

describe('detail pages without an adapter', () => {
  it.each(DETAILS)('%s is one ad whose text holds the ad body %s', (file, body) => {
    const doc = loadPage(file);
    const page = detectPage(doc);
    expect(page.lists).toEqual([]);
    const ad = page.main!;
    const truth = doc.querySelector(body)!;
    expect(ad.el.contains(truth) || truth.contains(ad.el)).toBe(true);
    expect(text(ad.roots)).toContain((truth.textContent ?? '').trim().slice(0, 60));
    expect(ad.title?.localName).toBe('h1');
  });

  it('finds the description among menus, related ads and a footer, and leaves them alone', () => {
    const related = [1, 2, 3, 4, 5, 6]
      .map(
        (i) => `<li class="card"><a href="/ad/${i}">Related ad number ${i}</a> 100 kr, Oslo</li>`,
      )
      .join('');
    document.body.innerHTML = `
      <div class="topbar"><ul>${'<li><a href="/x">Menu entry link</a></li>'.repeat(6)}</ul></div>
      <h1>Sofa for sale</h1>
      <div class="price">1 200 kr</div>
      <div class="content"><p>A grey three-seat sofa, barely used, from a smoke-free home.</p>
        <p>Pick-up in Oslo, cash or Vipps, the cover can be washed at 40 degrees.</p></div>
      <aside><h2>Similar ads</h2><ul>${related}</ul></aside>
      <div class="site-footer"><ul>${'<li><a href="/y">About this service</a></li>'.repeat(6)}</ul></div>`;
    const page = detectPage(document);
    expect(page.lists).toEqual([]);
    expect(page.main!.el.textContent).toContain('barely used');
    expect(page.main!.el.textContent).not.toContain('Related ad');
    expect(page.main!.title?.textContent).toBe('Sofa for sale');
  });

  it('scores prose above a link-heavy list (Readability: link density)', () => {
    document.body.innerHTML = `
      <div id="links">${'<p><a href="/z">A long link text, with commas, that says a lot</a></p>'.repeat(8)}</div>
      <div id="prose"><p>Prose with a few commas, some words, and more words to read here.</p>
        <p>Another paragraph of the ad, with its own commas, and a little more text.</p></div>`;
    expect(mainContent(document.body)?.id).toBe('prose');
  });

  it('finds the same main content on a slow machine: no clock decides it', () => {
    // 600 short divs before the prose; a clock that jumps 100 ms a read once cut the scoring off
    // after 256 candidates (CI: a real listing read as one detail ad on a loaded machine).
    document.body.innerHTML = `${'<div>x</div>'.repeat(600)}<div id="prose"><p>Prose with a few commas, some words, and more words to read here.</p>
      <p>Another paragraph of the ad, with its own commas, and a little more text.</p></div>`;
    let clock = 0;
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 100));
    try {
      expect(mainContent(document.body)?.id).toBe('prose');
    } finally {
      spy.mockRestore();
    }
  });

  it('has no main ad on a page without text', () => {
    document.body.innerHTML = '<h1>Title</h1><p>Short.</p>';
    expect(mainAd(document)).toBeNull();
  });
});

describe('listings without an adapter', () => {
  const card = (i: number, tag = 'article', cls = 'ad') =>
    `<${tag} class="${cls}"><h3><a href="/ad/${i}">Ad title number ${i}</a></h3><p>Some text ${i} about it</p></${tag}>`;

  it('stays a listing when its records hold the text (no main ad)', () => {
    document.body.innerHTML = `<main>${[1, 2, 3, 4, 5, 6].map((i) => card(i)).join('')}</main>`;
    const page = detectPage(document);
    expect(page.main).toBeNull();
    expect(page.lists.map((a) => a.ad)).toEqual(['article.ad']);
  });

  it('finds records that are bare <a> cards, but not lists of plain links', () => {
    document.body.innerHTML = `
      <ul class="menu">${'<li><a href="/m">Jobs</a></li>'.repeat(8)}</ul>
      <ul>${'<li><a href="/s">Cleaning jobs in the city centre</a></li>'.repeat(8)}</ul>
      <div id="list">${[1, 2, 3, 4, 5]
        .map(
          (i) =>
            `<a href="/ad/${i}"><span>Almost new bike ${i}</span> <span>$1,000, Oslo</span></a>`,
        )
        .join('')}</div>`;
    const lists = detectListings(document.body);
    expect(lists.map((a) => a.ad)).toEqual(['#list > a']);
    expect(findAds(document, lists[0]!)).toHaveLength(5);
  });

  it('finds table rows as records', () => {
    const row = (i: number) =>
      `<tr class="project-row"><td><h2><a href="/p/${i}">Project number ${i}</a></h2><p>Build a small app ${i} for us</p></td></tr>`;
    document.body.innerHTML = `<table><tbody>${[1, 2, 3, 4, 5].map(row).join('')}</tbody></table>`;
    expect(detectListings(document.body).map((a) => a.ad)).toEqual(['tr.project-row']);
  });

  it('leaves out lists under containers named as chrome (no <nav> or <footer> tags)', () => {
    const links = [1, 2, 3, 4, 5, 6]
      .map(
        (i) =>
          `<li><a href="/h/${i}">A long footer link that reads like a title ${i}</a> more</li>`,
      )
      .join('');
    document.body.innerHTML = `
      <div id="ads">${[1, 2, 3, 4, 5].map((i) => card(i)).join('')}</div>
      <div class="site-footer"><div><ul>${links}</ul></div></div>
      <div class="sidebar-nav"><ul>${links}</ul></div>`;
    expect(detectListings(document.body).map((a) => a.ad)).toEqual(['article.ad']);
  });

  it('leaves out boxes of related-search links beside the ads', () => {
    const box = (i: number) =>
      `<aside class="related"><p>Related searches ${i}</p><ul>${[1, 2, 3, 4, 5]
        .map((j) => `<li><a href="/s/${i}-${j}">Cleaning jobs in district ${j}</a></li>`)
        .join('')}</ul></aside>`;
    document.body.innerHTML = `
      <main>${[1, 2, 3, 4].map((i) => card(i, 'section', 'result')).join('')}</main>
      <div class="bottom">${[1, 2, 3, 4].map(box).join('')}</div>`;
    expect(detectListings(document.body).map((a) => a.ad)).toEqual(['section.result']);
  });

  it('does not read state classes as chrome ("cl-hide-filters" on the page)', () => {
    document.body.innerHTML = `<main class="cl-search cl-hide-filters"><ol>${[1, 2, 3, 4, 5]
      .map((i) => card(i, 'li', 'result'))
      .join('')}</ol></main>`;
    expect(detectListings(document.body).map((a) => a.ad)).toEqual(['li.result']);
  });

  it('finds two runs on one page (promoted and regular ads)', () => {
    document.body.innerHTML = `
      <section id="top">${[1, 2, 3, 4].map((i) => card(i, 'div', 'promoted')).join('')}</section>
      <section id="all">${[5, 6, 7, 8, 9, 10, 11, 12].map((i) => card(i)).join('')}</section>`;
    expect(
      detectListings(document.body)
        .map((a) => a.ad)
        .sort(),
    ).toEqual(['article.ad', 'div.promoted']);
  });

  it('keeps the outer ad of nested ads', () => {
    document.body.innerHTML = '<div id="o"><div id="i"></div></div><div id="x"></div>';
    const t = (id: string) => ({ el: document.getElementById(id)!, title: null, roots: [] });
    expect(outermostAds([t('i'), t('o'), t('x')]).map((a) => a.el.id)).toEqual(['o', 'x']);
  });

  it('finds every ad of a listing, and only the outer one of an ad nested in an ad', () => {
    const ad = (id: string, inner = '') =>
      `<article class="card" id="${id}"><h2><a href="/${id}">Sofa ${id}</a></h2><p>Pent brukt sofa, hentes i Oslo.</p>${inner}</article>`;
    const ids = (doc: Document) =>
      new Discovery(doc, 'example.test')
        .discover()
        .map((a) => a.el.id)
        .sort();
    document.body.innerHTML = `<main>${['a', 'b', 'c', 'd', 'e'].map((id) => ad(id)).join('')}</main>`;
    expect(ids(document)).toEqual(['a', 'b', 'c', 'd', 'e']);
    document.body.innerHTML = `<main>${['a', 'b', 'c', 'd'].map((id) => ad(id)).join('')}${ad('e', ad('f'))}</main>`;
    expect(ids(document)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
