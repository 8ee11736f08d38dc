/**
 * Issue 19.14 probe (no extension): what the highlight registry makes a frame cost on the
 * FRAMES_ADS-ad demo listing. Each variant sets up the page, then writes an attribute on 10 ads
 * (no rule reads it) or adds a span to a layer at the end of <body>, once a frame, six times,
 * and prints the frames (rAF to rAF) and Chromium's pre-paint and paint per frame from a trace.
 *
 *   PROBE=none,hl1,hl40,bg+hl40,ul+hl40,span,span+hl1 FRAMES_ADS=10000 npx tsx tests/bench/paint-frames-highlight.ts
 *
 * Variant words: `hlN` N ranges registered (first N ads); `bg` / `ul` a ::highlight style with a
 * background / with an underline too; `io` an IntersectionObserver on 5,000 ads; `span` a span in
 * a layer instead of the attribute writes; `idle` no change at all. With `span`: `wc` the layer
 * gets `will-change: transform`, `cl` `contain: size layout style`, `iso` `contain: strict`, a
 * page-sized box and `will-change: transform`, `fix` the same as a fixed, viewport-sized box;
 * `st` a static span, `mv` one span moved instead of a new one; `grp` the page's list container
 * gets `isolation: isolate` (its own paint layer).
 */
import { chromium } from 'playwright-core';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer } from '../support/static-server';

const ADS = Number(process.env.FRAMES_ADS ?? 10_000);
const VARIANTS = (process.env.PROBE ?? 'none,hl1,hl40,bg+hl40,ul+hl40').split(',');

const PROBE = `async ({ how }) => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const all = [...document.querySelectorAll('article.listing')];
  const n = how.includes('hl') ? Number(how.split('hl')[1]) : 0;
  if (how.includes('io')) { const io = new IntersectionObserver(() => {}, { rootMargin: '200% 0px' });
    for (const ad of all.slice(0, 5000)) io.observe(ad); }
  if (n) { const h = new Highlight(); for (const ad of all.slice(0, n)) { const t = ad.querySelector('.listing-text').firstChild;
      h.add(new StaticRange({ startContainer: t, startOffset: 0, endContainer: t, endOffset: Math.min(5, t.length) })); }
    CSS.highlights.set('probe', h); }
  if (how.includes('ul') || how.includes('bg')) { const st = document.createElement('style');
    st.textContent = '::highlight(probe){background-color:#ffb4b4;color:#111' + (how.includes('ul') ? ';text-decoration:underline 2px #900}' : '}');
    document.head.append(st); }
  // grp: the list's container gets its own paint layer (isolation: isolate), so its cached paint
  // can be reused whole when only something outside it changed.
  if (how.includes('grp')) all[0].parentElement.style.isolation = 'isolate';
  let layer = null;
  if (how.includes('span')) { layer = document.createElement('div');
    layer.style.cssText = 'position:absolute;top:0;left:0;z-index:1;height:0';
    // Isolation words: wc own compositing layer; cl layout/style/size containment; iso contain:
    // strict, sized to the page, own compositing layer; fix the same as iso but a fixed layer.
    if (how.includes('wc')) layer.style.willChange = 'transform';
    if (how.includes('cl')) layer.style.contain = 'size layout style';
    if (how.includes('iso') || how.includes('fix')) { layer.style.contain = 'strict'; layer.style.willChange = 'transform';
      layer.style.width = '100%'; layer.style.height = document.documentElement.scrollHeight + 'px'; layer.style.pointerEvents = 'none'; }
    if (how.includes('fix')) { layer.style.position = 'fixed'; layer.style.height = '100vh'; }
    document.body.append(layer); }
  await frame(); await frame(); await frame();
  const out = []; let k = 100;
  for (let i = 0; i < 6; i++) { await frame(); const t1 = await frame();
    if (layer && how.includes('mv')) { if (!layer.firstChild) layer.append(document.createElement('span'));
      layer.firstChild.style.cssText = 'position:absolute;left:0;top:' + i * 20 + 'px'; layer.firstChild.textContent = 'x'; }
    else if (layer) { const s = document.createElement('span'); s.style.cssText = how.includes('st') ? '' : 'position:absolute;top:0;left:0';
      s.textContent = 'x'; layer.append(s); }
    else if (!how.includes('idle')) for (const a of all.slice(k, k + 10)) a.setAttribute('data-x', String(i));
    k += 10;
    const t2 = await frame(); out.push(Math.round(t2 - t1)); }
  return out.join('/');
}`;

interface Ev {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
}

async function main(): Promise<void> {
  const html = renderListingPage(generateAds(ADS, { seed: 11 }), { lang: 'nb' });
  const site = await startServer({ '/': html });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const how of VARIANTS) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await page.goto(site.origin + '/', { waitUntil: 'load', timeout: 120_000 });
      await page.waitForTimeout(1000);
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          ...(process.env.PROBE_CATS ?? '').split(',').filter(Boolean),
        ],
      });
      const frames = (await page.evaluate(`(${PROBE})(${JSON.stringify({ how })})`)) as string;
      const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Ev[] })
        .traceEvents;
      if (process.env.PROBE_TOP) {
        // PROBE_TOP=n: the n event names with the most total time (other categories: PROBE_CATS).
        const sum = new Map<string, number>();
        for (const e of events)
          if (e.ph === 'X') sum.set(e.name, (sum.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
        console.log(
          [...sum]
            .sort((a, b) => b[1] - a[1])
            .slice(0, Number(process.env.PROBE_TOP))
            .map(([k, v]) => `${k} ${v.toFixed(0)}`)
            .join(', '),
        );
      }
      const paints = events
        .filter((e) => e.ph === 'X' && (e.name === 'PrePaint' || e.name === 'Paint'))
        .sort((a, b) => a.ts - b.ts);
      // Paint events nest (the frame's and the layers'): the outermost of each frame counts.
      const phases: string[] = [];
      let end = -1;
      for (const e of paints) {
        if (e.name === 'Paint' && e.ts < end) continue;
        if (e.name === 'Paint') end = e.ts + (e.dur ?? 0);
        const ms = (e.dur ?? 0) / 1000;
        if (ms >= 1) phases.push(`${e.name === 'Paint' ? 'paint' : 'pre-paint'} ${ms.toFixed(0)}`);
      }
      console.log(`${how} (${ADS} ads): frames ${frames} ms | ${phases.join(', ') || 'no paint'}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
