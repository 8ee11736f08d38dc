/**
 * `npm run screenshots:widget`: the pictures in widget/README.md, written to docs/widget/.
 * Builds nothing: run `npm run build:widget` and `npm run export:cards` first. Not part of
 * `npm test`, so tests never rewrite tracked files.
 *   ways-script.png / ways-snippet.png / ways-iframe.png  the three ways on one hostile page
 *   themes.png         three partner themes made with --lykt-* custom properties
 *   color-scheme.png   the same card on a light and on a dark page (reader's OS: dark)
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer } from '../support/static-server';

const WIDGET = resolve(process.env.LYKT_WIDGET_DIR ?? 'dist/widget');
const CARDS = resolve(process.env.LYKT_EXPORT_DIR ?? 'dist/cards');
const OUT = resolve('docs/widget');
for (const f of [resolve(WIDGET, 'lykt-widget.js'), resolve(CARDS, 'card.html')])
  if (!existsSync(f))
    throw new Error(`${f} is missing: run npm run build:widget and npm run export:cards.`);
mkdirSync(OUT, { recursive: true });

/** Loud, but without !important: a snippet's inline styles can only beat ordinary rules. */
const HOSTILE = `html { font-size: 9px; } body { margin: 0; padding: 16px; color: #ff0;
  background: repeating-linear-gradient(45deg, #3b0a52 0 14px, #571078 14px 28px); font-family: "Comic Sans MS", cursive; }
p { margin: 3em 0; color: #f33; font-size: 22px; } a { color: lime; } h1, h2, h3 { text-transform: uppercase; letter-spacing: 0.3em; }
ul { list-style: square; } div, section, article, main { padding: 6px; }
.way { background: #000; color: #fff; font: bold 14px monospace; padding: 4px 8px; display: inline-block; }`;

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/hostile.css">${head}</head><body><main>${body}</main></body></html>`;

const THEMES = `.themes { display: flex; gap: 16px; align-items: flex-start; padding: 16px; background: #eceff3; font-family: system-ui; }
.themes > div { flex: 1; padding: 12px; }
.ngo { background: #f6effa; }
.ngo lykt-card { --lykt-accent: #6a1b9a; --lykt-border: #6a1b9a; --lykt-bg: #fdf7ff; --lykt-radius: 0; --lykt-font: Georgia, serif; --lykt-size: 16px; }
.paper { background: #111; color-scheme: dark; }
.paper lykt-card { --lykt-accent: #ffcc00; --lykt-focus: #ffcc00; --lykt-radius: 2px; --lykt-font: "Helvetica Neue", Arial, sans-serif; }
.market { background: #fff8f0; }
.market lykt-card { --lykt-accent: #b34700; --lykt-border: #f0a060; --lykt-bg: #ffffff; --lykt-surface: #fff1e3; --lykt-radius: 18px; --lykt-size: 14px; }
h2.label { font: 600 14px system-ui; margin: 0 0 8px; color: inherit; }
.paper h2.label { color: #eee; }
.schemes { display: flex; gap: 16px; padding: 16px; font-family: system-ui; }
.schemes > div { flex: 1; padding: 12px; }
.light { color-scheme: light; background: #fafafa; }
.dark { color-scheme: dark; background: #15171a; color: #eee; }`;

const server = await startServer(
  {
    '/hostile.css': { body: HOSTILE, headers: { 'content-type': 'text/css' } },
    '/themes.css': { body: THEMES, headers: { 'content-type': 'text/css' } },
    '/script.html': page(
      'script',
      '<p class="way">1. script: &lt;lykt-card&gt;</p><lykt-card card="get-help" lang="en"></lykt-card>',
      '<script src="/lykt-widget.en.js" defer></script>',
    ),
    '/snippet.html': page(
      'snippet',
      '<p class="way">2. snippet: pasted HTML, no script</p>' +
        readFileSync(resolve(CARDS, 'snippets/en/get-help.light.html'), 'utf8'),
    ),
    '/iframe.html': page(
      'iframe',
      '<p class="way">3. iframe: card.html</p><iframe title="Lykt: get help" src="/card.html?card=get-help&amp;lang=en" style="width:100%;height:760px;border:0"></iframe>',
    ),
    '/themes.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>themes</title><link rel="stylesheet" href="/themes.css"><script src="/lykt-widget.js" defer></script></head><body style="margin:0">
      <div class="themes">
        <div class="ngo"><h2 class="label">An NGO: purple, square, serif</h2><lykt-card card="get-help" lang="en" heading-level="3"></lykt-card></div>
        <div class="paper"><h2 class="label">A newspaper, dark page: yellow accent</h2><lykt-card card="who-is-behind" lang="en" heading-level="3"></lykt-card></div>
        <div class="market"><h2 class="label">A classifieds site: orange, round</h2><lykt-card card="massage-salons" lang="nb" heading-level="3"></lykt-card></div>
      </div></body></html>`,
    '/schemes.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>schemes</title><link rel="stylesheet" href="/themes.css"><script src="/lykt-widget.js" defer></script></head><body style="margin:0">
      <div class="schemes">
        <div class="light"><h2 class="label">Page with color-scheme: light</h2><lykt-card card="sex-purchase-law" lang="en" heading-level="3"></lykt-card></div>
        <div class="dark"><h2 class="label">Page with color-scheme: dark</h2><lykt-card card="sex-purchase-law" lang="en" heading-level="3"></lykt-card></div>
      </div></body></html>`,
  },
  [WIDGET, CARDS],
);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

async function shoot(path: string, file: string, width: number, height: number, dark = false) {
  const p: Page = await browser.newPage({
    viewport: { width, height },
    colorScheme: dark ? 'dark' : 'light',
  });
  await p.goto(server.origin + path);
  await p.waitForTimeout(600);
  await p.screenshot({ path: resolve(OUT, file) });
  await p.close();
  console.log(`wrote docs/widget/${file}`);
}

await shoot('/script.html', 'ways-script.png', 520, 900);
await shoot('/snippet.html', 'ways-snippet.png', 520, 900);
await shoot('/iframe.html', 'ways-iframe.png', 520, 900);
await shoot('/themes.html', 'themes.png', 1400, 1000);
await shoot('/schemes.html', 'color-scheme.png', 1100, 760, true);
await browser.close();
await server.close();
