/**
 * Dev-only: Lykt's main-content scorer (content/main-content.ts) against Mozilla Readability on
 * the detail pages of a truth.jsonl, in real Chromium. Readability is not a dependency (about
 * 9 KB gz minified: too much for the content script's 40 KB budget), so install it aside:
 *
 *   npm install --prefix /tmp/readability @mozilla/readability
 *   READABILITY=/tmp/readability/node_modules npx tsx tests/dev/compare-readability.ts [DIR]
 *
 * Per page: does the ad body's text reach the scan (Lykt: the ad's roots; Readability: the
 * article), and how many characters come along that are not the body (menus, related ads).
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { KEEP_NAMES_SHIM, loadTruths } from '../support/page-truth';
import { startServer } from '../support/static-server';

const dir = resolve(process.argv[2] ?? '../shared/fixtures/pages');
const modules = process.env.READABILITY;
if (!modules)
  throw new Error('Set READABILITY to a node_modules folder holding @mozilla/readability.');

const entry = `
import { Readability } from '@mozilla/readability';
import { mainAd } from ${JSON.stringify(resolve('content/detail.ts'))};
const norm = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
window.compare = (selector) => {
  const body = norm(document.querySelector(selector)?.textContent);
  const probe = body.slice(0, 80);
  const ad = mainAd(document);
  const lykt = norm(ad?.roots.map((r) => r.textContent).join(' '));
  const article = new Readability(document.cloneNode(true)).parse();
  const read = norm(article?.textContent);
  return {
    body: body.length,
    lykt: { hit: lykt.includes(probe), extra: Math.max(0, lykt.length - body.length) },
    readability: { hit: read.includes(probe), extra: Math.max(0, read.length - body.length) },
  };
};`;
const code = (
  await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    nodePaths: [modules],
  })
).outputFiles[0]!.text;

const server = await startServer({}, [dir]);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.addInitScript(KEEP_NAMES_SHIM);
await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
for (const t of loadTruths(dir).filter((t) => t.kind === 'detail')) {
  await page.goto(`${server.origin}/${t.file}`, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: code });
  const r = (await page.evaluate(`compare(${JSON.stringify(t.selector)})`)) as {
    body: number;
    lykt: { hit: boolean; extra: number };
    readability: { hit: boolean; extra: number };
  };
  console.log(
    `${t.file.padEnd(30)} body ${String(r.body).padStart(5)} chars | Lykt ${r.lykt.hit ? 'found' : 'MISSED'} +${r.lykt.extra} | Readability ${r.readability.hit ? 'found' : 'MISSED'} +${r.readability.extra}`,
  );
}
await browser.close();
await server.close();
