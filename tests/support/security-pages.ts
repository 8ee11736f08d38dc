/**
 * Hostile pages for tests/e2e/security-hostile.e2e.ts (issue 9). Ads come from the demo
 * generator (renderAd's `<article class="listing">` markup: the generic detector finds them).
 */
import { generateAds, type DemoAd } from '../../demo/generate';
import { escapeHtml, renderAd, renderAdsFragment } from '../../demo/render';

export const FLAGGED: DemoAd[] = generateAds(120, { seed: 9 }).filter((a) => a.expectFlag);

const shell = (title: string, head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const nest = (depth: number, inner: string) =>
  '<div class="n">'.repeat(depth) + inner + '</div>'.repeat(depth);

/** (a) 100,000+ elements, 20 levels deep, with 12 ads nested 20 levels down. */
export function bigPage(): string {
  const tower = nest(20, '<span>filler text that is no ad</span>');
  const towers = Array.from({ length: 4_800 }, () => `<div class="t">${tower}</div>`).join('');
  const ads = nest(
    20,
    `<section id="listings">${renderAdsFragment(FLAGGED.slice(0, 12))}</section>`,
  );
  return shell('Big', '', `<h1>Big page</h1>${ads}<div id="filler">${towers}</div>`);
}

/** (b) Adds, removes and rewrites listings every 10 ms for `ms`; sets window.__mutDone. */
export function mutatingPage(ms = 10_000): string {
  const pool = JSON.stringify(FLAGGED.slice(0, 40).map(renderAd)).replace(/</g, '\\u003c');
  const script = `<script>(() => {
  const pool = ${pool}; const list = document.getElementById('listings');
  let i = 0; const t0 = performance.now();
  const tick = setInterval(() => {
    i++;
    const tpl = document.createElement('template'); tpl.innerHTML = pool[i % pool.length];
    const ad = tpl.content.firstElementChild; ad.dataset.adId = 'm' + i; list.append(ad);
    if (list.children.length > 30) list.firstElementChild.remove();
    const p = list.children[i % list.children.length].querySelector('.listing-text');
    if (p) p.firstChild.data = p.firstChild.data.slice(0, 400) + ' ny i byen ' + i;
    document.getElementById('ticker').textContent = 'tick ' + i;
    if (performance.now() - t0 > ${ms}) { clearInterval(tick); window.__mutDone = i; }
  }, 10);
})();</script>`;
  return shell(
    'Mutating',
    '',
    `<h1>Mutating page</h1><p id="ticker"></p><section id="listings">${renderAdsFragment(FLAGGED.slice(0, 8))}</section>${script}`,
  );
}

/** Counted and poisoned: every overwritten builtin bumps window.__hijacked, then throws. */
const HIJACK = `<script>(() => {
  let n = 0;
  Object.defineProperty(window, '__hijacked', { get: () => n });
  const poison = (obj, key) => { obj[key] = function () { n++; throw new Error('hijacked ' + key); }; };
  for (const k of ['map', 'forEach', 'push', 'filter', 'includes', 'indexOf', 'join', 'slice', 'some'])
    poison(Array.prototype, k);
  poison(JSON, 'parse'); poison(JSON, 'stringify');
  poison(Node.prototype, 'appendChild'); poison(Node.prototype, 'insertBefore');
  poison(Element.prototype, 'setAttribute'); poison(Element.prototype, 'attachShadow');
  poison(customElements, 'define');
})();</script>`;

/** (c) Overwrites Array.prototype, JSON, Node.prototype.appendChild, customElements.define. */
export function hijackPage(): string {
  return shell(
    'Hijack',
    HIJACK,
    `<h1>Hijacked builtins</h1><section id="listings">${renderAdsFragment(FLAGGED.slice(0, 6))}</section>`,
  );
}

const RLO = '\u202e';
/** The hostile ad text (plain text: escaped into the HTML). */
export const XSS_TEXT =
  `Young girls, new girls every week, yo${RLO}ung and fr${RLO}esh. ` +
  '<img src=x onerror=window.__pwned=1> <script>window.__pwned=2</script> ' +
  `<a href="javascript:window.__pwned=3">click</a> javascript:window.__pwned=4 ${RLO}100% real, ring 912 34 567`;

/**
 * (d) Ad text carrying markup as text and an RLO; the ad markup itself holds real elements whose
 * handlers count in window.__pageHandlers (the page's own image fires once; a copy would fire again).
 */
export function xssPage(): string {
  const hostile =
    `<article class="listing" data-ad-id="x1"><h2 class="listing-title"><a href="/ad/x1">${escapeHtml(`Ny i byen ${RLO}real girls`)}</a></h2>` +
    `<p class="listing-text">${escapeHtml(XSS_TEXT)}<img src="/missing.png" alt="" onerror="window.__pageHandlers=(window.__pageHandlers||0)+1">` +
    `<a class="js-link" href="javascript:window.__pwned=5">more</a><svg onload="window.__pageHandlers=(window.__pageHandlers||0)+1"></svg></p>` +
    `<p class="listing-meta"><span class="listing-place">Oslo</span></p></article>`;
  return shell(
    'XSS',
    '',
    `<h1>Hostile ad text</h1><section id="listings">${hostile}${renderAdsFragment(FLAGGED.slice(0, 5))}</section>`,
  );
}
