/**
 * The partner widget's demo page in real Chromium, served as `npm run demo:widget` serves it
 * (strict CSP header): every card, every embedding style, keyboard, axe, requests, screenshots,
 * and that the first card renders (its timing is in `npm run bench:widget`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsForCategories, getCard } from '../../cards/index';
import { CARD_IDS, CARD_LANGS } from '../../cards/types';
import { createEngine } from '../../indicators/index';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { startServer, type TestServer } from '../support/static-server';
import { shotPath } from '../screenshots/dir';

const DIST = resolve('dist/widget');
const CSP = "default-src 'self'; style-src 'self'";
const js = (body: string) => ({ body, headers: { 'content-type': 'text/javascript' } });

/** Title (or notice) rendered in an embed's shadow root, by CSS selector of the embed. */
const shadowText = (page: Page, host: string, inner = '.lykt-card-title, .lykt-notice') =>
  page.evaluate(
    ([h, i]) => document.querySelector(h!)?.shadowRoot?.querySelector(i!)?.textContent ?? null,
    [host, inner],
  );

describe('widget demo page', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(resolve(DIST, 'lykt-widget.js')))
      throw new Error('Run `npm run build:widget` first.');
    server = await startServer(
      {
        '/': {
          body: readFileSync(resolve(DIST, 'demo.html'), 'utf8'),
          headers: { 'content-security-policy': CSP },
        },
        '/axe.min.js': js(readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8')),
        '/paint.html': {
          body: '<!doctype html><html lang="en"><body><lykt-card card="who-is-behind" lang="en"></lykt-card><script src="/t0.js"></script><script src="/lykt-widget.js"></script><script src="/t1.js"></script></body></html>',
          headers: { 'content-security-policy': CSP },
        },
        '/t0.js': js('window.t0 = performance.now();'),
        '/t1.js': js(
          'window.t1 = performance.now(); requestAnimationFrame(() => { window.tRaf = performance.now(); });',
        ),
      },
      [DIST],
    );
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.origin + '/');
    await page.waitForFunction(() =>
      document.querySelector('#partner-card')?.shadowRoot?.querySelector('.lykt-card-title'),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every card in both languages', async () => {
    const shown = await page.$$eval('#every-card lykt-card', (els) =>
      els.map((el) => ({
        id: el.getAttribute('card'),
        lang: el.getAttribute('lang'),
        title: el.shadowRoot?.querySelector('.lykt-card-title')?.textContent,
        articleLang: el.shadowRoot?.querySelector('article')?.getAttribute('lang'),
      })),
    );
    const expected = CARD_IDS.flatMap((id) =>
      CARD_LANGS.map((lang) => ({ id, lang, title: getCard(id, lang)!.title, articleLang: lang })),
    );
    expect(shown).toEqual(expected);
    expect(errors).toEqual([]);
  });

  it('shows each embedding style: element, data attributes, API, inherited lang, partner card', async () => {
    expect(await shadowText(page, '#ce-card')).toBe(getCard('who-is-behind', 'nb')!.title);
    expect(await shadowText(page, '#data-card')).toBe(getCard('massage-salons', 'en')!.title);
    expect(await shadowText(page, '#api-card')).toBe(getCard('get-help', 'en')!.title);
    expect(await shadowText(page, '#inherited')).toBe(getCard('sex-purchase-law', 'nb')!.title);
    await page.waitForFunction(() =>
      document.querySelector('#for-text')?.shadowRoot?.querySelector('[role=tab]'),
    );
    expect(await shadowText(page, '#partner-card')).toBe('Our local helpline');
  });

  it("sanitizes a partner card's HTML: no script, event handler or javascript: URL", async () => {
    const found = await page.evaluate(() => {
      const root = document.querySelector('#partner-card')!.shadowRoot!;
      const all = [...root.querySelectorAll('*')];
      return {
        scripts: root.querySelectorAll('script').length,
        handlers: all.flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
        ),
        jsUrls: all.filter((el) => /javascript:/i.test(el.getAttribute('href') ?? '')).length,
        text: root.textContent,
        title: document.title,
      };
    });
    expect(found).toMatchObject({ scripts: 0, handlers: [], jsUrls: 0, title: 'Lykt widget demo' });
    expect(found.text).toContain('Call us on 22 00 00 00');
  });

  it('shows readers nothing for an unknown card id or language: one warning, data-lykt-error', async () => {
    const seen = await page.evaluate(() =>
      ['#unknown-card', '#unknown-lang'].map((sel) => {
        const el = document.querySelector(sel)!;
        return [
          el.getAttribute('data-lykt-error'),
          el.shadowRoot!.textContent,
          el.getBoundingClientRect().height,
        ];
      }),
    );
    expect(seen).toEqual([
      ['card', '', 0],
      ['lang', '', 0],
    ]);
    expect(warnings.filter((w) => w.includes('no-such-card'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('lang="de"'))).toHaveLength(1);
  });

  it('re-renders on attribute change and mounts elements added later', async () => {
    await page.click('#toggle-lang');
    await expect
      .poll(() => shadowText(page, '#ce-card'))
      .toBe(getCard('who-is-behind', 'en')!.title);
    await page.evaluate(() =>
      document.querySelector('#data-card')!.setAttribute('data-lang', 'nb'),
    );
    await expect
      .poll(() => shadowText(page, '#data-card'))
      .toBe(getCard('massage-salons', 'nb')!.title);
    await page.click('#add-card');
    await expect
      .poll(() => shadowText(page, '#added > div'))
      .toBe(getCard(CARD_IDS[0], 'en')!.title);
    await page.click('#unmount');
    expect(
      await page.evaluate(() => document.querySelector('#api-card')!.shadowRoot!.childNodes.length),
    ).toBe(0);
    await page.click('#mount');
    expect(await shadowText(page, '#api-card')).toBe(getCard('get-help', 'en')!.title);
  });

  it('Lykt.cardsFor returns the cards the engine calls for, computed in the page', async () => {
    const engine = createEngine();
    const text =
      'New girls every week! Young and fresh, just arrived in town. Call the driver, 24/7.';
    const categories = [...new Set(engine.scan({ text }).indicators.map((f) => f.category))];
    expect(categories.length).toBeGreaterThan(0);
    const got = await page.evaluate(
      (t) => window.Lykt!.cardsFor(t, { lang: 'en' }).then((cs) => cs.map((c) => c.id)),
      text,
    );
    expect(got).toEqual(cardsForCategories(categories));
    const none = await page.evaluate(() =>
      window.Lykt!.cardsFor('Blue sofa for sale, barely used.', { lang: 'en' }),
    );
    expect(none).toEqual([]);
    await page.click('#cards-for-form button');
    await expect.poll(() => page.textContent('#cards-for-result')).toContain('massage-salons');
  });

  it('is usable with the keyboard: links, tabs and arrow keys', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.focus('#toggle-lang');
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          let el = document.activeElement;
          let host = '';
          while (el?.shadowRoot?.activeElement) {
            host = el.id || el.localName;
            el = el.shadowRoot.activeElement;
          }
          return `${host}>${el?.localName}${el?.getAttribute('role') ? '[' + el.getAttribute('role') + ']' : ''}`;
        }),
      );
    }
    expect(seen).toContain('for-text>button[tab]');
    expect(seen.some((s) => /^(ce-card|data-card|api-card|partner-card)>a$/.test(s))).toBe(true);
    await page.evaluate(() => {
      const tab = document
        .querySelector('#for-text')!
        .shadowRoot!.querySelector<HTMLElement>('[role=tab]')!;
      tab.focus();
    });
    await page.keyboard.press('ArrowRight');
    const selected = await page.evaluate(() => {
      const root = document.querySelector('#for-text')!.shadowRoot!;
      const tabs = [...root.querySelectorAll('[role=tab]')];
      return {
        index: tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true'),
        focused: tabs.indexOf(root.activeElement!),
      };
    });
    expect(selected).toEqual({ index: 1, focused: 1 });
  });

  it('has no axe violations (inside the shadow roots too)', async () => {
    await page.addScriptTag({ url: '/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              c: Document,
            ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const r = await axe.run(document);
      return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
  });

  it('fetches nothing but its own files from the test server', () => {
    const elsewhere = requests.filter((u) => !u.startsWith(server.origin + '/'));
    expect(elsewhere).toEqual([]);
    const files = new Set(requests.map((u) => new URL(u).pathname));
    expect(files).toEqual(
      new Set([
        '/',
        '/demo.css',
        '/lykt-widget.js',
        '/demo.js',
        '/lykt-widget-scan.js',
        '/lykt-widget-partner.js',
        '/axe.min.js',
      ]),
    );
  });

  it('takes screenshots in light and dark', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: shotPath('widget-demo.png') });
    await page.evaluate(() => document.querySelector('#partner-card')!.scrollIntoView());
    await page.screenshot({ path: shotPath('widget-demo-partner-themes.png') });
    const dark = await browser.newPage({
      viewport: { width: 1200, height: 1400 },
      colorScheme: 'dark',
    });
    await dark.goto(server.origin + '/');
    await dark.waitForFunction(() =>
      document
        .querySelector('#every-card')
        ?.querySelector('lykt-card')
        ?.shadowRoot?.querySelector('.lykt-card-title'),
    );
    await dark.screenshot({ path: shotPath('widget-demo-dark.png') });
    await dark.evaluate(() => document.querySelector('#every-card')!.scrollIntoView());
    await dark.screenshot({ path: shotPath('widget-demo-dark-cards.png') });
    await dark.close();
  });

  // Timing lives in `npm run bench:widget`; here only that the first card renders.
  it('renders the first card from a plain script tag', async () => {
    const p = await browser.newPage();
    await p.goto(server.origin + '/paint.html');
    await p.waitForFunction(() => (window as unknown as { tRaf?: number }).tRaf !== undefined);
    await expect
      .poll(() =>
        p.evaluate(
          () =>
            document.querySelector('lykt-card')?.shadowRoot?.querySelector('.lykt-card-title')
              ?.textContent,
        ),
      )
      .toBeTruthy();
    await p.close();
  });
});
