/**
 * Pages for tests/e2e/content-hardening.e2e.ts (issues 13 and 19): a deep hidden subtree, huge
 * ads, and ads whose text changes after the first scan. Ads come from the demo generator.
 */
import { generateAds } from '../../demo/generate';
import { renderAdsFragment } from '../../demo/render';
import { createEngine } from '../../indicators';

export const PHRASE = 'Nye jenter hver uke, ring sjåføren, uten kondom';
const FILLER = 'lorem ipsum dolor sit amet ';

/** Quiet ads (no indicator), so a planted phrase is the only thing that can flag one. */
const QUIET = generateAds(200, { seed: 11 }).filter((a) => !a.expectFlag && a.lang === 'nb');
const engine = createEngine({ langs: ['nb', 'en'] });
/**
 * Quiet ads that the phrase flags. The text is the one the content script reads: title, text,
 * place line, phrase.
 */
const flagsWith = (a: (typeof QUIET)[number]) =>
  ['medium', 'high'].includes(
    engine.scan({ text: `${a.title}\n${a.text}\n${PHRASE}. ${FILLER.repeat(40)}` }).level,
  );
const PLANT = QUIET.filter(flagsWith);
/** `n` ads, with plantable ones at the positions `at` and other quiet ads elsewhere. */
const ads = (n: number, at: number[]) => {
  const planted = at.map((_, k) => PLANT[k]!);
  const rest = QUIET.filter((a) => !planted.includes(a));
  return renderAdsFragment(
    Array.from({ length: n }, (_, i) => (at.includes(i) ? planted[at.indexOf(i)]! : rest[i]!)),
  );
};

const shell = (title: string, body: string, script = '') =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><section id="listings">${body}</section>${script ? `<script>${script}</script>` : ''}</body></html>`;

/**
 * 30 ads; inside the first, a `display:none` element with `depth` nested children (the HTML
 * parser caps nesting at 512, so a script builds it before DOMContentLoaded).
 */
export function deepPage(depth = 10_000): string {
  return shell(
    'Deep',
    ads(30, []),
    `(() => { const top = document.createElement('div'); top.style.display = 'none';
      let el = top; for (let i = 0; i < ${depth}; i++) el = el.appendChild(document.createElement('div'));
      el.textContent = 'skjult';
      document.querySelector('article.listing').appendChild(top); })();`,
  );
}

/**
 * 20 ads: the 3rd carries 300 KB of text, the 6th one 10 MB text node, both starting with the
 * phrase (built by a script: a 10 MB page would take the parser itself seconds).
 */
export function hugePage(): string {
  return shell(
    'Huge',
    ads(20, [2, 5]),
    `(() => { const ads = document.querySelectorAll('article.listing');
      const add = (ad, chars) => { const p = document.createElement('p');
        p.textContent = ${JSON.stringify(PHRASE + '. ')} + ${JSON.stringify(FILLER)}.repeat(chars / ${FILLER.length}); ad.appendChild(p); };
      add(ads[2], 300000); add(ads[5], 10000000); })();`,
  );
}

/** 12 quiet ads; the 2nd holds the phrase in a `hidden` "read more" part. */
export function changesPage(): string {
  return shell(
    'Changes',
    ads(12, [0, 1]),
    `document.querySelectorAll('article.listing')[1].insertAdjacentHTML('beforeend',
      '<p class="more" hidden>${PHRASE}</p>');`,
  );
}

/** A normal page: 12 quiet ads, the first with the phrase. */
export function normalPage(): string {
  return shell('Normal', ads(12, [0]));
}

/**
 * `n` ads of `chars` characters each, built by a script: text that keeps the engine busy
 * (digits written as words, which the contact reader must try) for about 0.1 s an ad.
 */
export function floodPage(n = 150, chars = 99_000): string {
  const unit = '9five5 nine1two ';
  return shell(
    'Flood',
    renderAdsFragment(generateAds(n, { seed: 12 })),
    `(() => { const text = ${JSON.stringify(unit)}.repeat(${Math.ceil(chars / unit.length)}).slice(0, ${chars});
      for (const ad of document.querySelectorAll('article.listing')) {
        const p = document.createElement('p'); p.textContent = text; ad.appendChild(p); } })();`,
  );
}
