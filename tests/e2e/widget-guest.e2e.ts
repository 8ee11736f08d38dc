/**
 * The widget as a guest on a hostile page (issues 7 and 9): `* {all: unset !important}`, a
 * 5px root font, a CSP header without inline styles or scripts. Cards still look right, the
 * page's DOM and globals are untouched but for `Lykt`, no listener outlives unmount, nothing is
 * fetched from elsewhere, and loading the script twice changes nothing.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCard } from '../../cards/index';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer, type TestServer } from '../support/static-server';
import { shotPath } from '../screenshots/dir';

const DIST = resolve('dist/widget');
const CSP = "default-src 'self'; style-src 'self'";
const AD = 'New girls every week! Young and fresh, just arrived. Call the driver, 24/7.';
const WIDGET = '<script src="/lykt-widget.js"></script>';
const page = (widget: boolean) => `<!doctype html><html lang="en"><head><title>Hostile</title>
<link rel="stylesheet" href="/hostile.css"><script src="/probe.js"></script>${widget ? WIDGET : ''}</head>
<body><h1>A hostile host page</h1>
<lykt-card id="a" card="who-is-behind" lang="en"></lykt-card>
<div id="b" data-lykt-card="get-help" data-lang="nb"></div>
<div id="c" data-lykt-for-text="${AD}" data-lang="en"></div>
</body></html>`;

/** Installed before the widget: globals, listeners still attached to live targets, CSP reports. */
const PROBE = `(() => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sourceFile));
  const before = new Set(Object.getOwnPropertyNames(window));
  const entries = new Set();
  const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
  const same = (e, t, type, fn) => e.target === t && e.type === type && e.fn === fn;
  // Only Lykt's own listeners (Playwright's injected script adds some of its own).
  EventTarget.prototype.addEventListener = function (type, fn, o) {
    if (/lykt-widget/.test(new Error().stack)) entries.add({ target: this, type, fn });
    return add.call(this, type, fn, o);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, o) {
    for (const e of entries) if (same(e, this, type, fn)) entries.delete(e);
    return remove.call(this, type, fn, o);
  };
  const live = (t) => t === window || t === document || (t instanceof Node && t.isConnected);
  window.__probe = {
    violations,
    newGlobals: () => Object.getOwnPropertyNames(window).filter((k) => !before.has(k) && k !== '__probe'),
    liveListeners: () => [...entries].filter((e) => live(e.target)).map((e) => e.type + '@' + (e.target.nodeName || 'window')),
  };
})();`;

const HOSTILE_CSS =
  '* { all: unset !important; } html { font-size: 5px !important; } body { display: block !important; }';

describe('widget as a guest on a hostile page', () => {
  let server: TestServer;
  let browser: Browser;
  let p: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const probe = <T>(expr: string) => p.evaluate(`window.__probe.${expr}`) as Promise<T>;

  beforeAll(async () => {
    if (!existsSync(resolve(DIST, 'lykt-widget.js')))
      throw new Error('Run `npm run build:widget` first.');
    const csp = { 'content-security-policy': CSP };
    server = await startServer(
      {
        '/hostile.html': { body: page(true), headers: csp },
        '/blank.html': { body: page(false), headers: csp },
        '/hostile.css': { body: HOSTILE_CSS, headers: { 'content-type': 'text/css' } },
        '/probe.js': { body: PROBE, headers: { 'content-type': 'text/javascript' } },
      },
      [DIST],
    );
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    p = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    p.on('request', (r) => requests.push(r.url()));
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(server.origin + '/hostile.html');
    await p.waitForFunction(() =>
      document.querySelector('#c')?.shadowRoot?.querySelector('[role=tab]'),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('still looks right: px sizes, block layout, no CSP violation (screenshot)', async () => {
    const look = await p.evaluate(() => {
      const root = document.querySelector('#a')!.shadowRoot!;
      const title = getComputedStyle(root.querySelector('.lykt-card-title')!);
      const card = root.querySelector('article')!.getBoundingClientRect();
      return {
        title: title.fontSize,
        weight: title.fontWeight,
        host: getComputedStyle(document.querySelector('#a')!).display,
        width: Math.round(card.width),
      };
    });
    expect(look).toEqual({
      title: '18px',
      weight: '600',
      host: 'block',
      width: expect.any(Number),
    });
    expect(look.width).toBeGreaterThan(400);
    expect(
      await p.evaluate(
        () =>
          document.querySelector('#b')!.shadowRoot!.querySelector('.lykt-card-title')!.textContent,
      ),
    ).toBe(getCard('get-help', 'nb')!.title);
    await p.screenshot({ path: shotPath('widget-hostile.png'), fullPage: true });
    expect(await probe('violations')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws all 16 cards with three font strikes and no italic (each is a synchronous font look-up on first paint)', async () => {
    const other = await browser.newPage();
    await other.goto(server.origin + '/blank.html');
    await other.addScriptTag({ url: '/lykt-widget.js' });
    const strikes = await other.evaluate(() => {
      const seen = new Set<string>();
      for (const lang of ['nb', 'en'])
        for (const id of window.Lykt!.cardIds) {
          const el = document.createElement('lykt-card');
          el.setAttribute('card', id);
          el.setAttribute('lang', lang);
          document.body.append(el);
          const walk = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const s = getComputedStyle(n.parentElement!);
            if (n.textContent!.trim()) seen.add(`${s.fontSize} ${s.fontWeight} ${s.fontStyle}`);
          }
        }
      return [...seen].sort();
    });
    await other.close();
    expect(strikes).toEqual(['15px 400 normal', '15px 600 normal', '18px 600 normal']);
  });

  it('adds one global, Lykt, and leaves the light DOM as it was', async () => {
    expect(await probe('newGlobals()')).toEqual(['Lykt']);
    const withWidget = await p.evaluate(() => document.documentElement.outerHTML);
    const other = await browser.newPage();
    await other.goto(server.origin + '/blank.html');
    const without = await other.evaluate(() => document.documentElement.outerHTML);
    await other.close();
    expect(withWidget.replace(WIDGET, '')).toBe(without);
    expect(await p.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  });

  it('loading the script twice (and the module) changes nothing', async () => {
    const before = await p.evaluate(() => window.Lykt);
    await p.addScriptTag({ url: '/lykt-widget.js' });
    // A string, so vitest does not rewrite the page's import().
    const same = await p.evaluate(`import('/lykt-widget.mjs').then((mod) =>
      window.Lykt === mod.Lykt && JSON.stringify(Object.keys(window.Lykt)) === ${JSON.stringify(JSON.stringify(Object.keys(before ?? {})))})`);
    expect(same).toBe(true);
    const articles = await p.evaluate(() =>
      ['#a', '#b'].map(
        (s) => document.querySelector(s)!.shadowRoot!.querySelectorAll('article').length,
      ),
    );
    expect(articles).toEqual([1, 1]);
    expect(await probe('newGlobals()')).toEqual(['Lykt']);
    expect(errors).toEqual([]);
  });

  it('leaves no listener on a live target after unmount', async () => {
    await p.evaluate(() =>
      document.querySelector('#c')!.shadowRoot!.querySelector<HTMLElement>('[role=tab]')!.click(),
    );
    expect((await probe<string[]>('liveListeners()')).length).toBeGreaterThan(0);
    await p.evaluate(() => {
      window.Lykt!.unmount(document.querySelector('#b')!);
      window.Lykt!.unmount(document.querySelector('#c')!);
      document.querySelector('#a')!.remove();
    });
    expect(await probe('liveListeners()')).toEqual([]);
  });

  it('fetches nothing but its own files', () => {
    expect(requests.filter((u) => !u.startsWith(server.origin + '/'))).toEqual([]);
    const files = [...new Set(requests.map((u) => new URL(u).pathname))].sort();
    expect(files).toEqual([
      '/hostile.css',
      '/hostile.html',
      '/lykt-widget-scan.js',
      '/lykt-widget.js',
      '/lykt-widget.mjs',
      '/probe.js',
    ]);
  });
});
