// @vitest-environment jsdom
/**
 * Issue 19.14: finding the ads of a huge page spans slices. The search paused after every step
 * (the tightest budget) must give exactly what it gives in one go: the same ad elements, titles
 * and text parts, on the saved real pages and on generated ones; and the cut-up queries under
 * it must find what one native query finds.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Discovery } from '../../content/discovery';
import { matchesSteps, queryAllSteps } from '../../content/dom';
import type { AdTarget } from '../../content/find-ads';
import { finish, step, type Job } from '../../content/schedule';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { loadPage, PAGES_DIR, SITE_HOSTS as HOSTS } from './content-page';

/** Runs a job one step per slice (a budget already spent); returns the result and the slices. */
function sliced<T>(job: Job<T>): { value: T; slices: number } {
  for (let slices = 1; ; slices++) {
    const r = step(job, -Infinity);
    if (r.done) return { value: r.value, slices };
  }
}

/** Ads as positions in the document: the element, its title and its text parts. */
function shape(doc: Document, ads: AdTarget[]): number[][] {
  const all = [...doc.querySelectorAll('*')];
  return ads.map((t) => [
    all.indexOf(t.el),
    all.indexOf(t.title!),
    ...t.roots.map((r) => all.indexOf(r)),
  ]);
}

/** One page's ads found in one go and found a step per slice, each on its own fresh copy. */
function both(load: () => Document, host: string) {
  const a = load();
  const b = load();
  const d = new Discovery(b, host);
  let found: AdTarget[] | null = null;
  let slices = 0;
  while (!found) {
    found = d.discoverUntil(-Infinity);
    slices++;
  }
  return { once: shape(a, new Discovery(a, host).discover()), sliced: shape(b, found), slices };
}

const parse = (html: string) => () => new DOMParser().parseFromString(html, 'text/html');

describe('finding ads in slices', () => {
  const pages = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));
  it.each(pages)(
    'finds the same ads on %s, with and without its site adapter',
    (file) => {
      for (const host of ['127.0.0.1', HOSTS[file.split('-')[0]!]!]) {
        const { once, sliced: steps } = both(() => loadPage(file), host);
        expect(once.length).toBeGreaterThan(0);
        expect(steps).toEqual(once);
      }
    },
    30_000,
  );

  it('cuts a listing too large for one query into many slices, and finds every ad', () => {
    // 600 ads of 8 elements: more than one piece (4,000 elements) in one list.
    const html = renderListingPage(generateAds(600, { seed: 3 }), { lang: 'nb' });
    const { once, sliced: steps, slices } = both(parse(html), '127.0.0.1');
    expect(once).toHaveLength(600);
    expect(steps).toEqual(once);
    expect(slices).toBeGreaterThan(20);
  }, 30_000);

  it('finds the same ads on generated listing pages (property)', () => {
    const page = fc.record({
      ads: fc.integer({ min: 0, max: 30 }),
      seed: fc.integer({ min: 1, max: 1000 }),
      wrap: fc.integer({ min: 0, max: 4 }),
      nested: fc.boolean(),
      menu: fc.integer({ min: 0, max: 8 }),
    });
    fc.assert(
      fc.property(page, ({ ads, seed, wrap, nested, menu }) => {
        let list = renderListingPage(generateAds(ads, { seed }), { lang: 'nb' });
        const inner = nested
          ? '<article class="listing"><h2><a href="/n">Inner ad</a></h2><p>An ad inside an ad here.</p></article>'
          : '';
        list = list.replace('</article>', `${inner}</article>`);
        const links = '<li><a href="/m">Menu link</a></li>'.repeat(menu);
        const html = list.replace(
          /<body([^>]*)>([\s\S]*)<\/body>/,
          (_, attrs: string, body: string) =>
            `<body${attrs}><nav><ul>${links}</ul></nav>${'<div class="w">'.repeat(wrap)}${body}${'</div>'.repeat(wrap)}</body>`,
        );
        const { once, sliced: steps } = both(parse(html), '127.0.0.1');
        expect(steps).toEqual(once);
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});

describe('queries cut into pieces', () => {
  /** A random tree: tags, classes and depth from the generator, as HTML. */
  const tag = fc.constantFrom('div', 'li', 'article', 'p', 'a', 'section');
  const cls = fc.constantFrom('', 'ad', 'x', 'ad x');
  const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.tuple(tag, cls).map(([t, c]) => `<${t} class="${c}"></${t}>`),
      fc
        .tuple(tag, cls, fc.array(tie('node'), { maxLength: 6 }))
        .map(([t, c, kids]) => `<${t} class="${c}">${kids.join('')}</${t}>`),
    ),
  })).node;
  const SELECTORS = ['.ad', 'div > .x', 'article .ad', ':nth-child(4)', 'section a.ad', 'li'];

  it('finds what one native query finds, for any piece size (property)', () => {
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...SELECTORS),
        fc.integer({ min: 1, max: 12 }),
        (kids, selector, piece) => {
          document.body.innerHTML = `<main>${kids.join('')}</main>`;
          const root = document.querySelector('main')!;
          const all = sliced(queryAllSteps(root, selector, undefined, piece)).value;
          expect(all).toEqual([...root.querySelectorAll(selector)]);
          const any = root.matches(selector) || root.querySelector(selector) !== null;
          expect(finish(matchesSteps(root, selector, piece))).toBe(any);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('a slice of a job', () => {
  /** A job of `n` steps of `ms` each on a fake clock; returns the clock. */
  function timed(n: number, ms: number): { job: Job<number>; now: () => number } {
    let clock = 0;
    const job = (function* () {
      for (let i = 0; i < n; i++) {
        clock += ms;
        yield;
      }
      return n;
    })();
    return { job, now: () => clock };
  }

  it('stops before a step as long as the longest one so far would pass its end', () => {
    const { job, now } = timed(10, 8);
    const spy = vi.spyOn(performance, 'now').mockImplementation(now);
    try {
      // 8 ms steps in a 20 ms slice: two fit, a third would end at 24.
      expect(step(job, 20)).toEqual({ done: false });
      expect(now()).toBe(16);
      // A slice whose time is already spent still makes progress: one step.
      expect(step(job, 0)).toEqual({ done: false });
      expect(now()).toBe(24);
      expect(step(job, Infinity)).toEqual({ done: true, value: 10 });
    } finally {
      spy.mockRestore();
    }
  });
});
