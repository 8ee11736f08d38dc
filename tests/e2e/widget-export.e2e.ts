/**
 * `npm run export:cards` (issue 16, "no JavaScript needed"): every card in each language as an
 * HTML snippet with inline styles and no script (light and dark), and an iframe-able page with a
 * strict CSP and no cookies. Checked as text, then in Chromium with axe.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCard } from '../../cards/index';
import { CARD_IDS, CARD_LANGS } from '../../cards/types';
import { CARD_PAGE_CSP, exportCards, THEMES } from '../../widget/export-cards';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer, type TestServer } from '../support/static-server';

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** A partner page with strong opinions (no !important: inline styles outrank the rest). */
const PAGE_CSS =
  'body { font: 20px/2 Georgia, serif; background: #fdf3e7; color: #5a1e00; } p { margin: 3em; color: red; } ' +
  'a { color: orange; } h2, h3 { text-transform: uppercase; letter-spacing: 0.3em; } ul { list-style: square; }';

async function axe(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE); // over CDP: the card page's CSP rightly blocks an inline <script>
  return target.evaluate(async () => {
    const a = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } })
      .axe;
    return (await a.run()).violations.map((v) => v.id);
  });
}

describe('export:cards', () => {
  let dir: string;
  let files: string[];
  let server: TestServer;
  let framed: TestServer;
  let browser: Browser;
  const snippet = (lang: string, id: string, theme: string) =>
    readFileSync(join(dir, 'snippets', lang, `${id}.${theme}.html`), 'utf8');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lykt-cards-'));
    files = await exportCards(dir);
    const both = ['en', 'nb'].map((lang) =>
      THEMES.map((t) => snippet(lang, 'get-help', t)).join(''),
    );
    framed = await startServer({}, [dir]);
    server = await startServer({
      '/host.html': `<!doctype html><html lang="en"><head><title>Host</title></head><body><main>
      <iframe title="Lykt" src="${framed.origin}/card.html?card=get-help&lang=en" width="640" height="900"></iframe>
      <iframe title="Lykt unknown" src="${framed.origin}/card.html?card=nope&lang=en"></iframe></main></body></html>`,
      '/snippets.html': `<!doctype html><html lang="en"><head><title>Partner</title><style>${PAGE_CSS}</style></head><body><main><h1>Partner news</h1>${both.join('')}</main></body></html>`,
    });
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await framed?.close();
  });

  it('writes each card in each language, light and dark, and the iframe page', () => {
    expect(files.filter((f) => f.startsWith('snippets/'))).toHaveLength(
      CARD_IDS.length * CARD_LANGS.length * THEMES.length,
    );
    expect(files).toEqual(expect.arrayContaining(['card.html', 'card.js', 'lykt-widget.js']));
  });

  it('snippets: the card’s texts, inline styles on every element, no script, class or style sheet', () => {
    for (const lang of CARD_LANGS)
      for (const id of CARD_IDS)
        for (const theme of THEMES) {
          const html = snippet(lang, id, theme);
          expect(html).toContain(getCard(id, lang)!.title);
          expect(html).not.toMatch(/<script|<style|\sclass=|\son\w+=|\ssrc=|javascript:/i);
          const tags = [...html.matchAll(/<(?!\/|!)([a-z0-9]+)([^>]*)>/g)];
          expect(tags.filter(([, , attrs]) => !/\sstyle="/.test(attrs!))).toEqual([]);
          for (const [, href] of html.matchAll(/href="([^"]+)"/g))
            expect(href).toMatch(/^(https:|mailto:|tel:)/);
        }
    expect(snippet('nb', 'get-help', 'light')).toContain('22&nbsp;33&nbsp;11&nbsp;60');
  });

  it('snippets on a partner page with its own styles: no axe violations, no request', async () => {
    const p = await browser.newPage();
    const requests: string[] = [];
    p.on('request', (r) => requests.push(r.url()));
    await p.goto(server.origin + '/snippets.html');
    expect(await axe(p)).toEqual([]);
    const look = await p.evaluate(() => {
      const [light, dark] = [...document.querySelectorAll('article')];
      const bg = (el: Element) => getComputedStyle(el).backgroundColor;
      return {
        light: bg(light!),
        dark: bg(dark!),
        pColor: getComputedStyle(light!.querySelector('p')!).color,
      };
    });
    expect(look).toEqual({
      light: 'rgb(255, 255, 255)',
      dark: 'rgb(29, 31, 35)',
      pColor: 'rgb(27, 29, 33)',
    });
    expect(requests).toEqual([server.origin + '/snippets.html']);
    await p.close();
  });

  it('card.html in an iframe: the card, a strict CSP, no cookie, nothing from elsewhere', async () => {
    const p = await browser.newPage();
    const requests: string[] = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(server.origin + '/host.html');
    await expect
      .poll(() =>
        p
          .frames()
          .map((f) => f.url())
          .join(' '),
      )
      .toContain('card=get-help');
    const frame = p.frames().find((f) => f.url().includes('card=get-help'))!;
    await frame.waitForFunction(() =>
      document.querySelector('lykt-card')?.shadowRoot?.querySelector('.lykt-card-title'),
    );
    const inside = await frame.evaluate(() => ({
      title: document.querySelector('lykt-card')!.shadowRoot!.querySelector('.lykt-card-title')!
        .textContent,
      csp: document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content'),
      cookie: document.cookie,
      lang: document.documentElement.lang,
    }));
    expect(inside).toEqual({
      title: getCard('get-help', 'en')!.title,
      csp: CARD_PAGE_CSP,
      cookie: '',
      lang: 'en',
    });
    expect(await axe(frame)).toEqual([]);
    const bad = p.frames().find((f) => f.url().includes('card=nope'))!;
    await bad.waitForFunction(() =>
      document.querySelector('lykt-card')?.hasAttribute('data-lykt-error'),
    );
    expect(await p.context().cookies()).toEqual([]);
    expect(new Set(requests)).toEqual(
      new Set(['/host.html', '/card.html', '/card.css', '/card.js', '/lykt-widget.js']),
    );
    await p.close();
  });
});
