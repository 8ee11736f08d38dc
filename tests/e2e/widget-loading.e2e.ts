/**
 * Issue 16 "robust loading" and 19.13 (Trusted Types): every way a partner may load the widget
 * either shows the card or says why in one console line, with no page error. Also: the card
 * follows the page's color-scheme, nothing is wider than the card, numbers do not break.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCard } from '../../cards/index';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer, type TestServer } from '../support/static-server';

const DIST = resolve('dist/widget');
const AD = 'New girls every week! Young and fresh, just arrived. Call the driver, 24/7.';
const TITLE = getCard('who-is-behind', 'en')!.title;
const CARD = '<lykt-card id="c" card="who-is-behind" lang="en"></lykt-card>';
const FOR_TEXT = `<lykt-card id="t" for-text="${AD}" lang="en"></lykt-card>`;
const html = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body><h1>Partner</h1>${body}</body></html>`;
const csp = (policy: string) => ({ 'content-security-policy': policy });

/** A page that puts the script and the card inside a shadow root of its own component. */
const SHADOW_HOST = `const host = document.createElement('div'); host.id = 'host';
document.body.append(host);
const root = host.attachShadow({ mode: 'open' });
root.innerHTML = '<lykt-card id="c" card="who-is-behind" lang="en"></lykt-card><lykt-card id="t" lang="en"></lykt-card>';
root.querySelector('#t').setAttribute('for-text', ${JSON.stringify(AD)});
const s = document.createElement('script'); s.src = '/lykt-widget.js'; root.append(s);`;

const PARTNER = `Lykt.mount(document.getElementById('p'), { lang: 'en', partnerCard: {
  title: 'Our helpline', summary: 'Call us.', html: '<p>Call <strong>22 00 00 00</strong><img src=x onerror=alert(1)></p>' } });`;

describe('widget loading, each way a partner may load it', () => {
  let server: TestServer;
  let browser: Browser;
  let code: string;

  beforeAll(async () => {
    if (!existsSync(resolve(DIST, 'lykt-widget.js')))
      throw new Error('Run `npm run build:widget` first.');
    code = readFileSync(resolve(DIST, 'lykt-widget.js'), 'utf8');
    const js = (body: string) => ({ body, headers: { 'content-type': 'text/javascript' } });
    const strict = csp("default-src 'self'; script-src 'self'; style-src 'self'");
    server = await startServer(
      {
        '/defer.html': html('<script src="/lykt-widget.js" defer></script>', CARD + FOR_TEXT),
        '/async.html': html('<script src="/lykt-widget.js" async></script>', CARD + FOR_TEXT),
        '/module.html': html(
          '<script type="module" src="/lykt-widget.mjs"></script>',
          CARD + FOR_TEXT,
        ),
        '/twice.html': html(
          '<script src="/lykt-widget.js"></script><script src="/lykt-widget.js" async></script><script type="module" src="/lykt-widget.mjs"></script>',
          CARD + FOR_TEXT,
        ),
        '/two-langs.html': html(
          '<script src="/lykt-widget.en.js"></script><script src="/lykt-widget.js"></script>',
          CARD,
        ),
        '/shadow.html': html('', '<script src="/shadow.js"></script>'),
        '/shadow.js': js(SHADOW_HOST),
        '/csp.html': {
          body: html('<script src="/lykt-widget.js"></script>', CARD + FOR_TEXT),
          headers: strict,
        },
        '/base.html': html(
          '<base href="http://localhost:9/elsewhere/">',
          CARD + FOR_TEXT + '<script src="__ORIGIN__/lykt-widget.js"></script>',
        ),
        '/tt.html': {
          body: html(
            '<script src="/lykt-widget.js"></script>',
            CARD + FOR_TEXT + '<div id="p"></div><script src="/partner.js"></script>',
          ),
          headers: csp("require-trusted-types-for 'script'; trusted-types lykt"),
        },
        '/partner.js': js(PARTNER),
        '/inline.html': html('', CARD + FOR_TEXT + '<script>__CODE__</script>'),
      },
      [DIST],
    );
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  interface Seen {
    title: string | null;
    forText: string | null;
    warnings: string[];
    errors: string[];
    violations: string[];
    globals: number;
  }

  /** Opens a page, waits for the card (and the for-text answer), returns what a partner would see. */
  async function open(
    load: (p: Page) => Promise<unknown>,
    forText: 'card' | 'error' | 'none' = 'card',
  ): Promise<Seen> {
    const p = await browser.newPage();
    const warnings: string[] = [];
    const errors: string[] = [];
    p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    p.on('pageerror', (e) => errors.push(e.message));
    await p.addInitScript(() => {
      const w = window as unknown as { __v: string[] };
      w.__v = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__v.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      );
    });
    await load(p);
    // Functions, not strings: a string predicate is eval'd, which Trusted Types reports.
    await p.waitForFunction(() => {
      const r = document.querySelector('#host')?.shadowRoot ?? document;
      return r.querySelector('#c')?.shadowRoot?.querySelector('.lykt-card-title');
    });
    if (forText === 'card')
      await p.waitForFunction(() => {
        const r = document.querySelector('#host')?.shadowRoot ?? document;
        return r.querySelector('#t')?.shadowRoot?.querySelector('[role=tab], .lykt-card-title');
      });
    if (forText === 'error')
      await p.waitForFunction(() => {
        const r = document.querySelector('#host')?.shadowRoot ?? document;
        return r.querySelector('#t')?.hasAttribute('data-lykt-error');
      });
    const seen = await p.evaluate(() => {
      const r = document.querySelector('#host')?.shadowRoot ?? document;
      const w = window as unknown as { __v: string[] };
      return {
        title:
          r.querySelector('#c')?.shadowRoot?.querySelector('.lykt-card-title')?.textContent ?? null,
        forText:
          r.querySelector('#t')?.shadowRoot?.querySelector('[role=tab]')?.textContent ?? null,
        violations: w.__v,
        globals: Object.keys(window).filter((k) => k === 'Lykt').length,
      };
    });
    await p.close();
    return { ...seen, warnings, errors };
  }

  const ok = (s: Seen) => {
    expect(s.title).toBe(TITLE);
    expect(s.errors).toEqual([]);
    expect(s.violations).toEqual([]);
    expect(s.globals).toBe(1);
  };

  for (const way of ['defer', 'async', 'module', 'csp']) {
    it(`${way}: shows the card and the cards for an ad text, silently`, async () => {
      const s = await open((p) => p.goto(`${server.origin}/${way}.html`));
      ok(s);
      expect(s.forText).toBeTruthy();
      expect(s.warnings).toEqual([]);
    });
  }

  it('loaded twice (script, async script, module): one global, one card, silently', async () => {
    const s = await open((p) => p.goto(`${server.origin}/twice.html`));
    ok(s);
    expect(s.forText).toBeTruthy();
    expect(s.warnings).toEqual([]);
  });

  it('a one-language file then the both-language file: the second says why in one line', async () => {
    const s = await open((p) => p.goto(`${server.origin}/two-langs.html`), 'none');
    ok(s);
    expect(s.warnings).toEqual([
      'Lykt: a second widget file was ignored; the first holds only en cards. Load lykt-widget.js alone for both languages.',
    ]);
  });

  it('inside a shadow root: finds its folder without document.currentScript', async () => {
    const s = await open((p) => p.goto(`${server.origin}/shadow.html`));
    ok(s);
    expect(s.forText).toBeTruthy();
    expect(s.warnings).toEqual([]);
  });

  it('with <base href> to another origin: lazy files still come from the script’s folder', async () => {
    const page = (await (await fetch(`${server.origin}/base.html`)).text()).replace(
      '__ORIGIN__',
      server.origin,
    );
    const s = await open(async (p) => {
      await p.route(`${server.origin}/base.html`, (r) =>
        r.fulfill({ body: page, contentType: 'text/html' }),
      );
      await p.goto(`${server.origin}/base.html`);
    });
    ok(s);
    expect(s.forText).toBeTruthy();
    expect(s.warnings).toEqual([]);
  });

  it('under Trusted Types (require-trusted-types-for): cards, for-text and a sanitized partner card', async () => {
    let partner = '';
    const s = await open(async (p) => {
      await p.goto(`${server.origin}/tt.html`);
      await p.waitForFunction(() =>
        document.querySelector('#p')?.shadowRoot?.querySelector('.lykt-card-body'),
      );
      partner = await p.evaluate(
        () => document.querySelector('#p')!.shadowRoot!.querySelector('.lykt-card-body')!.innerHTML,
      );
    });
    ok(s);
    expect(s.forText).toBeTruthy();
    expect(s.warnings).toEqual([]);
    expect(partner).toBe('<p>Call <strong>22 00 00 00</strong></p>');
  });

  it('inline script on an http page: the card shows, for-text says why in one line', async () => {
    const s = await open(async (p) => {
      const body = (await (await fetch(`${server.origin}/inline.html`)).text()).replace(
        '__CODE__',
        () => code,
      );
      await p.route(`${server.origin}/inline.html`, (r) =>
        r.fulfill({ body, contentType: 'text/html' }),
      );
      await p.goto(`${server.origin}/inline.html`);
    }, 'error');
    ok(s);
    expect(s.warnings).toEqual([
      'Lykt: could not check the ad text (cannot load lykt-widget-scan.js: the widget was not loaded by an http(s) <script src>, so its folder is unknown).',
    ]);
  });

  it('inline script on a page whose base URL is not http(s) (about:blank): no error', async () => {
    const s = await open(async (p) => {
      await p.goto('about:blank');
      await p.setContent(html('', CARD + `<script>${code}</script>`));
    }, 'none');
    ok(s);
    expect(s.warnings).toEqual([]);
  });
});

describe('widget fits the partner page', () => {
  let server: TestServer;
  let browser: Browser;
  const page = (style: string, body: string) =>
    html(`<style>${style}</style><script src="/lykt-widget.js"></script>`, body);

  beforeAll(async () => {
    server = await startServer(
      {
        '/light.html': page('body { background: #ffe; }', CARD),
        '/dark.html': page(
          ':root { color-scheme: dark; } body { background: #111; color: #eee; }',
          CARD,
        ),
        '/auto.html': page('', CARD.replace('<lykt-card ', '<lykt-card theme="auto" ')),
        '/forced.html': page(
          ':root { color-scheme: dark; }',
          CARD.replace('<lykt-card ', '<lykt-card theme="light" '),
        ),
        '/wide.html': page('main { width: 760px; background: #fc0; }', `<main>${FOR_TEXT}</main>`),
        // What the card looks like the moment the widget script has run, before any frame.
        '/first.html': html(
          '',
          `<lykt-card id="c" card="get-help" lang="nb"></lykt-card><script src="/lykt-widget.nb.js"></script>
<script>const r = document.querySelector('#c').shadowRoot;
window.__first = { html: r && r.innerHTML, box: r && JSON.stringify(document.querySelector('#c').getBoundingClientRect()) };</script>`,
        ),
        '/help.html': page(
          '',
          '<div style="width: 170px"><lykt-card id="c" card="get-help" lang="nb"></lykt-card></div>',
        ),
      },
      [DIST],
    );
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function cardBg(path: string, os: 'light' | 'dark'): Promise<string> {
    const p = await browser.newPage({ colorScheme: os });
    await p.goto(server.origin + path);
    await p.waitForFunction(() =>
      document.querySelector('#c')?.shadowRoot?.querySelector('.lykt-card'),
    );
    const bg = await p.evaluate(
      () =>
        getComputedStyle(document.querySelector('#c')!.shadowRoot!.querySelector('.lykt-card')!)
          .backgroundColor,
    );
    await p.close();
    return bg;
  }

  it('follows the page’s color-scheme, not the OS; theme="auto" follows the OS; theme wins', async () => {
    const WHITE = 'rgb(255, 255, 255)';
    const DARK = 'rgb(29, 31, 35)';
    expect(await cardBg('/light.html', 'dark')).toBe(WHITE);
    expect(await cardBg('/dark.html', 'light')).toBe(DARK);
    expect(await cardBg('/auto.html', 'dark')).toBe(DARK);
    expect(await cardBg('/auto.html', 'light')).toBe(WHITE);
    expect(await cardBg('/forced.html', 'dark')).toBe(WHITE);
  });

  it('draws nothing wider than the card (the tab strip stays inside it)', async () => {
    const p = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await p.goto(server.origin + '/wide.html');
    await p.waitForFunction(() =>
      document.querySelector('#t')?.shadowRoot?.querySelector('[role=tab]'),
    );
    const widths = await p.evaluate(() => {
      const root = document.querySelector('#t')!.shadowRoot!;
      const card = root.querySelector('.lykt-card')!.getBoundingClientRect();
      const widest = Math.max(
        ...[...root.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right),
      );
      return { card: Math.round(card.right), widest: Math.round(widest), main: 760 };
    });
    await p.close();
    expect(widths.widest).toBeLessThanOrEqual(widths.card);
    expect(widths.card).toBeLessThan(widths.main);
  });

  it('paints the final card in the script’s own run: nothing changes after load or keyboard use', async () => {
    const p = await browser.newPage();
    await p.goto(server.origin + '/first.html');
    await p.waitForLoadState('load');
    await p.waitForTimeout(300);
    for (let i = 0; i < 2; i++) await p.keyboard.press('Tab'); // to the card's second link
    const later = await p.evaluate(() => {
      const host = document.querySelector('#c')!;
      return {
        html: host.shadowRoot!.innerHTML,
        box: JSON.stringify(host.getBoundingClientRect()),
        focused: host.shadowRoot!.activeElement?.localName ?? null,
      };
    });
    const first = await p.evaluate(() => (window as unknown as { __first: unknown }).__first);
    await p.close();
    expect(later.focused).toBe('a');
    expect(first).toEqual({ html: later.html, box: later.box });
    expect(later.html).toContain('class="lykt-card-title"');
  });

  it('never breaks a phone number across lines, even in a narrow column', async () => {
    const p = await browser.newPage();
    await p.goto(server.origin + '/help.html');
    await p.waitForFunction(() =>
      document.querySelector('#c')?.shadowRoot?.querySelector('strong'),
    );
    const lines = await p.evaluate(() => {
      const root = document.querySelector('#c')!.shadowRoot!;
      const strong = [...root.querySelectorAll('strong')].find((s) =>
        /22.33.11.60/.test(s.textContent!),
      )!;
      const range = document.createRange();
      range.selectNodeContents(strong);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    await p.close();
    expect(lines).toBe(1);
  });
});
