/**
 * The pages bench:widget and trace:widget load: the same HTML bar the script's name, one
 * `<lykt-card>`, timed from the script's start to the end of the first frame after its `load`
 * event. A rAF callback runs before that frame's style, layout and paint, so it posts a message,
 * which runs after them (`tPaint`, also the `lykt-painted` mark the trace looks for).
 * The driver must not touch the page before then: Playwright's `goto` waits for `load` by default,
 * which fires right after the script, and `waitForFunction` then evaluates (and compiles
 * Playwright's injected script) on the page's main thread, often before that first frame, so it
 * landed inside the measurement at random. `openPainted` navigates with `waitUntil: 'commit'`
 * and waits for the console line the page logs once `tPaint` is set.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Routes } from '../support/static-server';

export type PageKind = 'article' | 'blank';

/** t0 before the script; after its `load`: the next frame's start (tRaf) and end (tPaint). */
const T0 = `window.t0 = performance.now();
window.lyktDone = () => {
  window.tDone = performance.now();
  requestAnimationFrame(() => {
    window.tRaf = performance.now();
    window.cardInFrame = !!document.querySelector('lykt-card')?.shadowRoot?.querySelector('.lykt-card-title');
    const c = new MessageChannel();
    c.port1.onmessage = () => {
      window.tPaint = performance.now();
      performance.mark('lykt-painted');
      console.debug('lykt-painted');
    };
    c.port2.postMessage(0);
  });
};`;

/** A partner's page: the browser has drawn text before the script runs (as on real pages). */
const ARTICLE =
  '<h1>Local news: what moderators look for</h1><p>Classified ads are reviewed every day by ' +
  'moderators who look for the few that deserve a closer look.</p><p>The card below explains one ' +
  'of the signs, with its sources.</p>';

export const page = (script: string, lang: string, kind: PageKind) =>
  `<!doctype html><html lang="en"><body>${kind === 'article' ? ARTICLE : ''}` +
  `<lykt-card card="who-is-behind" lang="${lang}"></lykt-card>` +
  `<script src="/t0.js"></script><script src="${script}" onload="lyktDone()"></script></body></html>`;

const js = (body: string) => ({ body, headers: { 'content-type': 'text/javascript' } });

/** Scripts beside the widget: an empty one (the target's yardstick) and one word (the floor). */
export const PROBES: Record<string, string> = {
  empty: 'void 0;',
  // One word in the card's font, in a shadow root: the floor any widget that draws text pays.
  'one-word':
    "document.querySelector('lykt-card').attachShadow({ mode: 'open' }).innerHTML = '<p style=\"margin:0;font:15px system-ui,sans-serif\">Lykt</p>';",
};

export interface Variant {
  /** `page:script`, e.g. `article:lykt-widget.en.js`, `blank:base/lykt-widget.js`, `article:empty`. */
  name: string;
  path: string;
  script: string;
  isWidget: boolean;
}

/**
 * Routes and variants for `pages` × (probes + `files` from each build). `builds` maps a prefix
 * ('' for this build, 'base/' for another) to its directory; every script is served from memory.
 */
export function widgetPages(
  pages: PageKind[],
  probes: string[],
  files: string[],
  builds: [prefix: string, dir: string][],
): { routes: Routes; variants: Variant[] } {
  const routes: Routes = { '/t0.js': js(T0) };
  const variants: Variant[] = [];
  for (const p of probes) routes[`/${p}.js`] = js(PROBES[p]!);
  for (const [prefix, dir] of builds)
    for (const f of files) routes[`/${prefix}${f}`] = js(readFileSync(resolve(dir, f), 'utf8'));
  for (const kind of pages) {
    for (const p of probes) {
      routes[`/${kind}/${p}.html`] = page(`/${p}.js`, 'en', kind);
      variants.push({
        name: `${kind}:${p}`,
        path: `/${kind}/${p}.html`,
        script: `/${p}.js`,
        isWidget: false,
      });
    }
    for (const [prefix] of builds)
      for (const f of files) {
        const lang = f.includes('.nb.') ? 'nb' : 'en';
        routes[`/${kind}/${prefix}${f}.html`] = page(`/${prefix}${f}`, lang, kind);
        variants.push({
          name: `${kind}:${prefix}${f}`,
          path: `/${kind}/${prefix}${f}.html`,
          script: `/${prefix}${f}`,
          isWidget: true,
        });
      }
  }
  return { routes, variants };
}

/** A small seeded PRNG (mulberry32), so a run's order can be replayed with its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with `rand`. */
export function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Opens `url` in `page` and resolves once its first frame after the script has painted. */
export async function openPainted(page: Page, url: string): Promise<void> {
  const painted = page.waitForEvent('console', {
    predicate: (m) => m.text() === 'lykt-painted',
    timeout: 60_000,
  });
  await page.goto(url, { waitUntil: 'commit' });
  await painted;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
