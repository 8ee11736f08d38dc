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

/** What each ad of `evasionPage` holds, and whether a reader sees the phrase. */
export const EVASION = [
  ['a same-origin frame (srcdoc)', true],
  ['SVG <text>', true],
  ['[hidden] shown by CSS', true],
  ['a same-origin frame loaded from /frame', true],
  ['display:none', false],
  ['visibility:hidden', false],
  ['opacity:0', false],
  ['aria-hidden and clipped', false],
  ['a cross-origin (sandboxed) frame', false],
  ['visible, plus 20 KB of display:none filler and 600 hidden "teen"', true],
  ['visible, then 30 KB of visible filler', true],
] as const;

/** The frame `evasionPage` loads from its own origin. */
export const FRAME_PAGE = `<!doctype html><html><body><p>${PHRASE}</p></body></html>`;

/**
 * Issue 19, items 9 and 12: 12 quiet ads, the phrase planted in the first 11 as EVASION says
 * (where a reader sees it, and where only the markup holds it).
 */
export function evasionPage(): string {
  const p = JSON.stringify(PHRASE);
  const f = JSON.stringify(FILLER);
  return shell(
    'Evasion',
    ads(12, [...EVASION.keys()]),
    `(() => { const ads = document.querySelectorAll('article.listing'); const P = ${p};
      const add = (i, html) => ads[i].insertAdjacentHTML('beforeend', html);
      const frame = (i, attrs) => { const f = document.createElement('iframe');
        for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v); ads[i].appendChild(f); };
      frame(0, { srcdoc: '<p>' + P + '</p>' });
      add(1, '<svg width="600" height="30"><text x="0" y="20">' + P + '</text></svg>');
      add(2, '<style>.shown[hidden]{display:block}</style><p class="shown" hidden>' + P + '</p>');
      frame(3, { src: '/frame' });
      add(4, '<p style="display:none">' + P + '</p>');
      add(5, '<p style="visibility:hidden">' + P + '</p>');
      add(6, '<p style="opacity:0">' + P + '</p>');
      add(7, '<p aria-hidden="true" style="position:absolute;clip:rect(0 0 0 0)">' + P + '</p>');
      frame(8, { sandbox: '', srcdoc: '<p>' + P + '</p>' });
      add(9, '<p>' + P + '</p><div style="display:none">' + ${f}.repeat(760) + 'teen '.repeat(600) + '</div>');
      add(10, '<p>' + P + '. ' + ${f}.repeat(1140) + '</p>');
    })();`,
  );
}
