/**
 * HTML for the demo site. The per-ad markup is a contract for tests (see renderAd);
 * the site has no Lykt adapter on purpose, so the generic detector must find the ads.
 */
import type { DemoAd } from './generate';
import type { DemoCategory, DemoLang } from './templates';
import { CSS } from './style';
import { CATEGORY_NAMES, UI } from './ui-text';
import { MORE_SCRIPT } from './more-script';

export const PAGE_SIZE = 50;

export interface ListingPageOptions {
  lang: DemoLang;
  title?: string;
  /** When set, the page fetches `moreUrl?page=N` fragments as the reader scrolls. */
  moreUrl?: string;
  /** First page the scroll fetches; defaults to ads.length / PAGE_SIZE (pages hold PAGE_SIZE ads). */
  nextPage?: number;
  query?: string;
  category?: DemoCategory;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** One ad: `<article class="listing" data-ad-id>` with title link, text and meta. */
export function renderAd(ad: DemoAd): string {
  const e = escapeHtml;
  let meta = `<span class="listing-place">${e(ad.place)}</span>`;
  if (ad.phone)
    meta += ` · <a class="listing-phone" href="${e(telHref(ad.phone))}">${e(ad.phone)}</a>`;
  if (ad.email)
    meta += ` · <a class="listing-email" href="mailto:${e(ad.email)}">${e(ad.email)}</a>`;
  if (ad.price) meta += ` · <span class="listing-price">${e(ad.price)}</span>`;
  return (
    `<article class="listing" data-ad-id="${e(ad.id)}">` +
    `<h2 class="listing-title"><a href="/ad/${encodeURIComponent(ad.id)}">${e(ad.title)}</a></h2>` +
    `<p class="listing-text">${e(ad.text)}</p>` +
    `<p class="listing-meta">${meta}</p></article>`
  );
}

export function renderAdsFragment(ads: readonly DemoAd[]): string {
  return ads.map(renderAd).join('\n');
}

const langQuery = (lang: DemoLang): string => (lang === 'en' ? '?lang=en' : '');

function layout(
  lang: DemoLang,
  title: string,
  body: string,
  opts: { query?: string; category?: DemoCategory } = {},
): string {
  const t = UI[lang];
  const other: DemoLang = lang === 'nb' ? 'en' : 'nb';
  const cats = (Object.keys(CATEGORY_NAMES[lang]) as DemoCategory[])
    .map((c) => {
      const current = c === opts.category ? ' aria-current="page"' : '';
      const q = `?cat=${c}${lang === 'en' ? '&lang=en' : ''}`;
      return `<a href="/${q}"${current}>${escapeHtml(CATEGORY_NAMES[lang][c])}</a>`;
    })
    .join('');
  const allCurrent = opts.category || opts.query !== undefined ? '' : ' aria-current="page"';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${t.site}</title><style>${CSS}</style></head>
<body><header><div class="site-header"><div class="bar">
<a class="brand" href="/${langQuery(lang)}">${t.site}</a><span class="tagline">${t.tagline}</span>
<form role="search" action="/search"><label class="visually-hidden" for="q">${t.searchLabel}</label>
<input id="q" name="q" type="search" value="${escapeHtml(opts.query ?? '')}">${lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}
<button type="submit">${t.search}</button></form>
<a class="lang" href="/${langQuery(other)}" lang="${other}">${t.other}</a>
</div></div>
<p class="demo-note">${t.demo}</p></header>
<nav class="cats" aria-label="${t.category}"><a href="/${langQuery(lang)}"${allCurrent}>${t.all}</a>${cats}</nav>
<main>${body}</main>
<footer>${t.site} · ${t.demo}</footer></body></html>`;
}

/** A full listing document; with `moreUrl`, real infinite scroll (plus a button for keyboards). */
export function renderListingPage(ads: readonly DemoAd[], opts: ListingPageOptions): string {
  const t = UI[opts.lang];
  const heading = opts.title ?? t.count(ads.length);
  let body = `<h1>${escapeHtml(heading)}</h1><section id="listings" aria-label="${escapeHtml(heading)}">\n${renderAdsFragment(ads)}\n</section>`;
  if (opts.moreUrl) {
    const next = opts.nextPage ?? Math.ceil(ads.length / PAGE_SIZE);
    body +=
      `<button type="button" id="more" data-url="${escapeHtml(opts.moreUrl)}" data-page="${next}"` +
      ` data-loading="${escapeHtml(t.loading)}" data-end="${escapeHtml(t.end)}" data-failed="${escapeHtml(t.failed)}">${t.more}</button>` +
      `<p id="more-status" class="visually-hidden" aria-live="polite"></p><script>${MORE_SCRIPT}</script>`;
  }
  return layout(opts.lang, heading, body, opts);
}

export function renderDetailPage(ad: DemoAd, lang: DemoLang = ad.lang): string {
  const t = UI[lang];
  const e = escapeHtml;
  const rows: [string, string][] = [
    [t.category, e(CATEGORY_NAMES[lang][ad.category])],
    [t.place, e(ad.place)],
  ];
  if (ad.phone)
    rows.push([
      t.phone,
      `<a class="listing-phone" href="${e(telHref(ad.phone))}">${e(ad.phone)}</a>`,
    ]);
  if (ad.email)
    rows.push([
      t.email,
      `<a class="listing-email" href="mailto:${e(ad.email)}">${e(ad.email)}</a>`,
    ]);
  if (ad.price) rows.push([t.price, e(ad.price)]);
  rows.push([t.posted, `<time datetime="${e(ad.postedAt)}">${e(ad.postedAt.slice(0, 10))}</time>`]);
  const body =
    `<p><a href="/${langQuery(lang)}">← ${t.back}</a></p>` +
    `<article class="ad-detail" data-ad-id="${e(ad.id)}" lang="${ad.lang}"><h1 class="listing-title">${e(ad.title)}</h1>` +
    `<p class="listing-text">${e(ad.text)}</p><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></article>`;
  return layout(lang, ad.title, body, { category: ad.category });
}

export function renderNotFound(lang: DemoLang): string {
  return layout(
    lang,
    UI[lang].notFound,
    `<h1>${UI[lang].notFound}</h1><p><a href="/">${UI[lang].back}</a></p>`,
  );
}
