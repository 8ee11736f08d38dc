/**
 * Issue 19.14 probe (no extension): what one batch of badge-sized boxes costs the next frame on
 * the FRAMES_ADS-ad demo listing (one CSS grid), by where the boxes go. Measured rAF to rAF and
 * with Long Animation Frames; PROBE_TRACE=file also writes a Chromium trace of the run.
 *
 *   PROBE=inline,body-abs,anchor-name,popover-source FRAMES_ADS=10000 npx tsx tests/bench/paint-frames-probe.ts
 */
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { COMPONENT_CSS } from '../../components/styles';
import { BADGE_CSS } from '../../content/badge-css';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';

const ADS = Number(process.env.FRAMES_ADS ?? 10_000);
const BATCH = Number(process.env.PROBE_BATCH ?? 200);
const VARIANTS = (process.env.PROBE ?? 'inline,body-abs,anchor-name,popover-source').split(',');

/** Runs in the page: one batch of boxes placed the `how` way, then two frames timed. */
const PROBE = `async ({ how, batch, from }) => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const loaf = [];
  const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) loaf.push(e); });
  po.observe({ type: 'long-animation-frame' });
  const all = [...document.querySelectorAll('article.listing')];
  const ads = all.slice(from, from + batch);
  // PROBE_IO: what Lykt's highlighter adds: an IntersectionObserver on every ad, ranges near the top.
  if (window.__probeIO && !window.__io) {
    window.__io = new IntersectionObserver(() => {}, { rootMargin: '200% 0px' });
    for (const ad of all) window.__io.observe(ad);
  }
  if (window.__probeHL && !window.__hl) {
    window.__hl = new Highlight();
    for (const ad of all.slice(0, 300)) { const r = new Range(); const t = ad.querySelector('.listing-text').firstChild;
      r.setStart(t, 0); r.setEnd(t, Math.min(5, t.length)); window.__hl.add(r); }
    CSS.highlights.set('probe', window.__hl);
  }
  await frame(); await frame();
  await frame();
  const t0 = performance.now();
  const plain = () => { const s = document.createElement('span');
    s.style.cssText = 'display:inline-block;padding:0 6px;border-radius:9px;background:#fde68a;font:12px system-ui';
    s.textContent = 'Lykt: 3 ord'; return s; };
  // PROBE_SHADOW: boxes built as Lykt's badges are: a closed root with the shared sheet.
  let sheet = window.__sheet;
  if (window.__css && !sheet) { sheet = window.__sheet = new CSSStyleSheet(); sheet.replaceSync(window.__css); }
  const box = () => { if (!sheet) return plain(); const s = document.createElement('span');
    s.style.cssText = 'all:initial;display:inline-block';
    const root = s.attachShadow({ mode: 'closed' }); root.adoptedStyleSheets = [sheet];
    root.innerHTML = '<span class="lykt-root" data-scheme="light"><span class="lykt-badge-wrap"><button type="button" class="lykt-badge" data-level="high" aria-expanded="false"><span class="lykt-badge-dot" aria-hidden="true"></span>Lykt: høy · 3 ord</button></span></span>';
    return s; };
  let layer = document.getElementById('probe-layer');
  if (!layer && how !== 'inline' && how !== 'popover-source') {
    layer = document.createElement('div'); layer.id = 'probe-layer';
    layer.style.cssText = how === 'anchor-name' ? 'position:absolute;top:0;left:0;width:0;height:0'
      : how === 'body-flow' ? 'position:relative;width:100%;height:0;contain:size layout style'
      : 'position:absolute;top:0;left:0;width:100%;height:0;overflow-x:clip;z-index:1;' + (window.__layerCss || '');
    document.body.append(layer);
  }
  if (how === 'inline') for (const ad of ads) ad.querySelector('h2 a').after(box());
  if (how === 'body-abs' || how === 'body-flow') {
    const rects = ads.map((ad) => ad.querySelector('h2 a').getBoundingClientRect());
    const t = performance.now(); const o = layer.getBoundingClientRect(); window.__read = performance.now() - t;
    ads.forEach((ad, i) => { const s = box(); const r = rects[i];
      s.style.position = 'absolute'; s.style.left = (r.right - o.left + 6) + 'px'; s.style.top = (r.top - o.top) + 'px';
      s.id = 'probe-' + (from + i); ad.querySelector('h2').setAttribute('aria-owns', s.id);
      layer.append(s); });
  }
  if (how === 'anchor-name') ads.forEach((ad, i) => { const a = ad.querySelector('h2 a');
    a.style.setProperty('anchor-name', '--p' + (from + i)); const s = box();
    s.style.cssText += ';position:absolute;position-anchor:--p' + (from + i) + ';left:calc(anchor(right) + 6px);top:anchor(top)';
    layer.append(s); });
  if (how === 'popover-source') for (const ad of ads) { const a = ad.querySelector('h2 a'); const s = box();
    s.popover = 'manual';
    s.style.cssText += ';margin:0;inset:auto;position-area:right center;margin-left:6px;overflow:visible';
    a.after(s); s.showPopover({ source: a }); }
  if (how === 'popover-xy') {
    const hosts = ads.map((ad) => { const a = ad.querySelector('h2 a'); const s = box(); s.popover = 'manual';
      s.style.cssText += ';position:absolute;margin:0;inset:auto;overflow:visible'; a.after(s); return s; });
    const rects = ads.map((ad) => ad.querySelector('h2 a').getBoundingClientRect());
    hosts.forEach((s, i) => { s.style.left = (rects[i].right + scrollX + 6) + 'px'; s.style.top = (rects[i].top + scrollY) + 'px'; s.showPopover(); });
  }
  const t1 = performance.now();
  const f1 = await frame(); const f2 = await frame(); await frame();
  await new Promise((r) => setTimeout(r, 300));
  po.disconnect();
  const after = loaf.filter((e) => e.startTime + e.duration >= t0);
  return { script: t1 - t0, frame: f2 - f1, total: f2 - t0,
    loaf: after.map((e) => ({ ms: Math.round(e.duration),
      layout: Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0) })) };
}`;

async function main(): Promise<void> {
  let html = renderListingPage(generateAds(ADS, { seed: 11 }), { lang: 'nb' });
  // PROBE_LIST=block|flex: the same list laid out another way (is it the grid?).
  const list = process.env.PROBE_LIST;
  if (list)
    html = html.replace(
      '</head>',
      `<style>#listings{display:${list};flex-direction:column}</style></head>`,
    );
  const server = createServer((_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const how of VARIANTS) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForTimeout(1500);
      const trace = process.env.PROBE_TRACE;
      if (trace)
        await browser.startTracing(page, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'],
        });
      const out: string[] = [];
      if (process.env.PROBE_SHADOW)
        await page.evaluate(`window.__css = ${JSON.stringify(COMPONENT_CSS + BADGE_CSS)}`);
      if (process.env.PROBE_LAYER_CSS)
        await page.evaluate(`window.__layerCss = ${JSON.stringify(process.env.PROBE_LAYER_CSS)}`);
      if (process.env.PROBE_IO) await page.evaluate('window.__probeIO = true');
      if (process.env.PROBE_HL) await page.evaluate('window.__probeHL = true');
      for (const from of [0, 4000, 8000]) {
        const r = (await page.evaluate(
          `(${PROBE})(${JSON.stringify({ how, batch: BATCH, from })})`,
        )) as {
          script: number;
          frame: number;
          total: number;
          loaf: { ms: number; layout: number }[];
        };
        out.push(
          `script ${r.script.toFixed(0)} ms, next frame ${r.frame.toFixed(0)} ms, loaf [${r.loaf.map((l) => `${l.ms}/${l.layout}`).join(' ')}]`,
        );
      }
      if (trace) writeFileSync(`${trace}-${how}.json`, await browser.stopTracing());
      const placed =
        await page.evaluate(`(() => { const a = document.querySelector('article.listing h2 a').getBoundingClientRect();
        const s = document.querySelector('article.listing h2 a + span') || document.querySelector('#probe-layer > span');
        const b = s ? s.getBoundingClientRect() : null; return b ? { dx: Math.round(b.left - a.right), dy: Math.round(b.top - a.top) } : null; })()`);
      console.log(
        `${how} (${BATCH} boxes × 3, ${ADS} ads): ${out.join(' | ')}; first box vs its link ${JSON.stringify(placed)}`,
      );
      if (process.env.PROBE_SHOT)
        await page.screenshot({ path: `${process.env.PROBE_SHOT}-${how}.png` });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
