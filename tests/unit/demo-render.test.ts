import { describe, expect, it } from 'vitest';
import type { DemoAd } from '../../demo/generate';
import { generateAds } from '../../demo/generate';
import {
  escapeHtml,
  renderAdsFragment,
  renderDetailPage,
  renderListingPage,
} from '../../demo/render';

const hostile: DemoAd = {
  id: 'x1',
  category: 'goods',
  lang: 'en',
  title: '<img src=x onerror=alert(1)> "Sofa" & \'co\'',
  text: 'Call <b>now</b> & </p><script>alert(2)</script>',
  place: 'Oslo<br>',
  phone: '+47 412 00 345',
  price: '<1 000 kr>',
  postedAt: '2025-06-01T10:00:00.000Z',
  expectFlag: false,
};

describe('demo render', () => {
  it('writes the stable per-ad markup', () => {
    const ad: DemoAd = {
      ...hostile,
      title: 'Sofa',
      text: 'Nice sofa.',
      place: 'Oslo',
      price: undefined,
    };
    expect(renderAdsFragment([ad])).toBe(
      '<article class="listing" data-ad-id="x1"><h2 class="listing-title"><a href="/ad/x1">Sofa</a></h2>' +
        '<p class="listing-text">Nice sofa.</p><p class="listing-meta"><span class="listing-place">Oslo</span> · ' +
        '<a class="listing-phone" href="tel:+4741200345">+47 412 00 345</a></p></article>',
    );
  });

  it('HTML-escapes every piece of ad text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    for (const html of [renderAdsFragment([hostile]), renderDetailPage(hostile)]) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelector('img, b, br, script:not(:empty)')).toBeNull();
      expect(doc.querySelector('.listing-title')?.textContent).toBe(hostile.title);
      expect(doc.querySelector('.listing-text')?.textContent).toBe(hostile.text);
    }
  });

  it('renders a listing document a parser reads back ad for ad', () => {
    const ads = generateAds(120);
    const doc = new DOMParser().parseFromString(
      renderListingPage(ads, { lang: 'nb' }),
      'text/html',
    );
    expect(doc.documentElement.lang).toBe('nb');
    const found = [...doc.querySelectorAll('article.listing')];
    expect(found.map((a) => a.getAttribute('data-ad-id'))).toEqual(ads.map((a) => a.id));
    expect(found[3]?.querySelector('.listing-text')?.textContent).toBe(ads[3]?.text);
    expect(doc.querySelector('#more')).toBeNull();
    expect(doc.querySelector('form[role=search] input[name=q]')).not.toBeNull();
  });

  it('adds infinite scroll only with moreUrl, starting after the pages already shown', () => {
    const doc = new DOMParser().parseFromString(
      renderListingPage(generateAds(100), { lang: 'en', moreUrl: '/more?cat=job' }),
      'text/html',
    );
    const more = doc.querySelector<HTMLElement>('#more');
    expect(more?.dataset.url).toBe('/more?cat=job');
    expect(more?.dataset.page).toBe('2');
    expect(more?.textContent).toBe('Show more ads');
  });
});
