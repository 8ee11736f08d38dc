/**
 * Issue 19.3 and 19.4, in real Chromium with the built extension: what a page script can do to
 * Lykt's badges and its "Save to log".
 *
 *   - read the popover or the badge's label      → no: closed shadow roots
 *   - press a badge or "Save to log" by script   → no: only trusted events act
 *   - make an ad claim another site's address    → no: url and site come from the tab
 *   - flood the log                              → no: 10 saves at once, then 1 every 2 s per tab
 *   - take the tag name `lykt-badge` first       → no effect: the badge host is a plain span
 *
 * Badges are found, read and pressed through tests/support/badge-access.ts (CDP + trusted input).
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAdsFragment } from '../../demo/render';
import {
  axeBadge,
  badgeCount,
  clickSave,
  inBadge,
  openBadge,
  readPopover,
} from '../support/badge-access';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { inExtensionWorlds } from '../support/security-perf';
import { FLAGGED } from '../support/security-pages';
import { startServer, type TestServer } from '../support/static-server';
import { localOnly } from './content-support';

// The worker-side callbacks run in the service worker, where `indexedDB` is the log's.
type Saved = { url: string; site: string; title: string };

const shell = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ads</title>${head}</head>` +
  `<body><h1>Ads</h1><section id="listings">${body}</section></body></html>`;

/** 14 flagged ads; the first three link to another site, the rest to this one. */
const ads = () =>
  renderAdsFragment(FLAGGED.slice(0, 14)).replace(
    /href="\/ad\/([^"]+)"/g,
    (m, id: string, offset: number, all: string) =>
      all.slice(0, offset).split('listing-title').length <= 3
        ? `href="https://other-site.example/ad/${id}"`
        : m,
  );

/** The page's first script: patch attachShadow to force every root open and keep it. */
const PATCH = `<script>(() => {
  const kept = []; const orig = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (o) { const r = orig.call(this, { ...o, mode: 'open' }); kept.push(r); return r; };
  window.__kept = kept; window.__ctor = 0;
})();</script>`;

/** ...and take the name `lykt-badge` with a constructor that counts and throws. */
const DEFINE = `${PATCH}<script>customElements.define('lykt-badge', class extends HTMLElement {
  constructor() { super(); window.__ctor++; throw new Error('page-defined lykt-badge'); }
});</script>`;

/** The accessible names of the page's buttons, as the browser gives them to screen readers. */
async function buttonNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string } }[];
    };
    return nodes.filter((n) => n.role?.value === 'button').map((n) => String(n.name?.value));
  } finally {
    await cdp.detach();
  }
}

/** What a page script can see of Lykt's badges: open roots, text, focus, dialogs. */
const pageView = (page: Page) =>
  page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const roots = [
      ...all.map((el) => el.shadowRoot).filter((r) => r !== null),
      ...(window as unknown as { __kept: ShadowRoot[] }).__kept,
    ];
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return {
      openRoots: roots.length,
      lyktInRoots: roots.filter((r) => r.querySelector('.lykt-root, .lykt-badge')).length,
      dialogs: document.querySelectorAll('[role="dialog"], .lykt-popover').length,
      bodyText: document.body.innerText,
      activeTag: active?.localName ?? null,
      activeLabel: active?.getAttribute('aria-label') ?? null,
      ctor: (window as unknown as { __ctor: number }).__ctor,
    };
  });

/**
 * Every synthetic way a page script can "press" things: events on each span (the badge hosts
 * among them), title and link of the ads; then, as the issue's attack did, badge and "Save to
 * log" clicks inside every shadow root it can open.
 */
const forgeClicks = (page: Page) =>
  page.evaluate(async () => {
    const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const light = [...document.querySelectorAll('#listings span, #listings h2, #listings a')];
    for (const el of light) {
      for (const type of ['pointerdown', 'mousedown', 'mouseup'])
        el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
      );
      el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      (el as HTMLElement).click();
    }
    const roots = [...document.querySelectorAll('*')].flatMap((el) =>
      el.shadowRoot ? [el.shadowRoot] : [],
    );
    for (const root of roots) {
      root.querySelector<HTMLElement>('button.lykt-badge')?.click();
      await tick(50);
      root.querySelector<HTMLElement>('button.lykt-save')?.click();
    }
    await tick(300);
    return { light: light.length, roots: roots.length };
  });

/** A save as the content script would send it, but claiming another site. */
const forged = {
  url: 'https://other-site.example/ad/1',
  site: 'other-site.example',
  title: 'Forged',
  text: 'Young new girls every week',
  context: 'escort',
  level: 'high',
  score: 5,
  indicators: [{ category: 'youth', term: 'young', match: 'Young', start: 0, end: 5, weight: 2 }],
  contacts: [],
};

/** Evaluates `expression` in Lykt's content-script world (its isolated world) over CDP. */
async function inContentWorld<T>(page: Page, expression: string): Promise<T> {
  const [value, ...more] = await inExtensionWorlds<T>(page, expression);
  expect(more).toEqual([]);
  return value as T;
}

/** Runs `use(store)` on the log's object store, in the service worker; [] when there is no log yet. */
const withLog = <T>(w: Worker, mode: 'readonly' | 'readwrite') =>
  w.evaluate(async (mode) => {
    // Never create the database here: Lykt's own upgrade must run first.
    if (!(await indexedDB.databases()).some((d) => d.name === 'lykt-log')) return [];
    return new Promise<Saved[]>((done, fail) => {
      const open = indexedDB.open('lykt-log');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const store = open.result.transaction('entries', mode).objectStore('entries');
        const req = mode === 'readonly' ? store.getAll() : store.clear();
        req.onsuccess = () => done((req.result ?? []) as Saved[]);
        req.onerror = () => fail(req.error);
      };
    });
  }, mode) as Promise<T>;
const logEntries = (w: Worker) => withLog<Saved[]>(w, 'readonly');
const clearLog = (w: Worker) => withLog<unknown>(w, 'readwrite');

describe('the page cannot read or press Lykt’s badges (issue 19.3, 19.4)', () => {
  let b: ExtensionBrowser;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({
      '/define': shell(DEFINE, ads()),
      '/patch': shell(PATCH, ads()),
      '/plain': shell('', ads()),
    });
    b = await launchWithExtension();
    await localOnly(b);
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  async function load(path: string): Promise<Page> {
    const p = await b.context.newPage();
    await p.goto(server.origin + path, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => badgeCount(p), { timeout: 20_000 }).toBe(14);
    return p;
  }

  it('a page-defined <lykt-badge> does not stop the badges, and its constructor never runs', async () => {
    const defined = await load('/define');
    const seen = await pageView(defined);
    expect(seen.ctor).toBe(0);
    expect(await defined.locator('lykt-badge').count()).toBe(0);
    await defined.close();
  });

  it('a page script reads neither the badge’s label nor the open popover', async () => {
    page = await load('/patch');
    await openBadge(page, 0);
    await expect.poll(async () => (await readPopover(page, 0)).cards).toBeGreaterThan(0);
    const popover = await readPopover(page, 0);
    expect(popover.open).toBe(true);
    expect(popover.label).toMatch(
      /^(High|Medium|Høyt|Middels) · \d+ (words?|ord) · \d+ (signs?|tegn): /,
    );
    const seen = await pageView(page);
    expect(await inBadge(page, 0, (root) => [root.mode, root.host.localName])).toEqual([
      'closed',
      'span',
    ]);
    // The page's patched attachShadow lives in its own world: it kept no root of Lykt's.
    expect(seen.lyktInRoots).toBe(0);
    expect(seen.dialogs).toBe(0);
    expect(seen.activeTag).toBe('span');
    expect(seen.activeLabel).toBeNull();
    expect(seen.bodyText).not.toMatch(/indicator|indikator|Save to log|Lagre i logg|Lykt/i);
    // Closed to scripts, not to assistive technology: the badge keeps its accessible name.
    expect(await buttonNames(page)).toContain(popover.label);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page, 0)).open).toBe(false);
  });

  it('the open popover has no axe violations (closed root, read over CDP)', async () => {
    await openBadge(page, 1, 'keyboard');
    await expect.poll(async () => (await readPopover(page, 1)).cards).toBeGreaterThan(0);
    const popover = await readPopover(page, 1);
    expect(popover.focus).toBe('dialog');
    const violations = await axeBadge(page, 1);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readPopover(page, 1)).focus).toBe('badge');
  });

  it('synthetic clicks, keys and focus from the page open nothing and save nothing', async () => {
    await clearLog(b.worker);
    const fresh = await load('/plain');
    const forged = await forgeClicks(fresh);
    expect(forged.light).toBeGreaterThan(14);
    for (let i = 0; i < 14; i++) {
      const s = await readPopover(fresh, i);
      expect(s.open, `badge ${i}`).toBe(false);
      expect(s.expanded, `badge ${i}`).toBe('false');
    }
    expect(await logEntries(b.worker)).toEqual([]);
    await fresh.close();
  });

  it('a save takes its address from the tab: an ad linking to another site gets the tab’s', async () => {
    await clearLog(b.worker);
    const fresh = await load('/plain');
    for (const i of [0, 5]) {
      await openBadge(fresh, i);
      await clickSave(fresh, i);
      await expect
        .poll(async () => (await readPopover(fresh, i)).saveStatus)
        .toMatch(/^(Saved|Lagret)/);
      await fresh.keyboard.press('Escape');
    }
    const saved = (await logEntries(b.worker)).map((e) => [e.url, e.site]).sort();
    const sixth = FLAGGED[5]!.id;
    expect(saved).toEqual(
      [
        [`${server.origin}/ad/${encodeURIComponent(sixth)}`, '127.0.0.1'],
        [`${server.origin}/plain`, '127.0.0.1'],
      ].sort(),
    );
    await fresh.close();
  });

  it('forged saves from the content script’s world get the tab’s address and are cut at 10', async () => {
    await clearLog(b.worker);
    const fresh = await load('/plain');
    const t0 = Date.now();
    // 30 at once, claiming another site: what a compromised sender could still send.
    const replies = await inContentWorld<{ ok: boolean; retryMs?: number }[]>(
      fresh,
      `const F = ${JSON.stringify(forged)};
       Promise.all(Array.from({ length: 30 }, (_, i) => chrome.runtime
         .sendMessage({ id: i, type: 'saveToLog', timestamp: Date.now(),
           data: { ...F, text: F.text + ' #' + i } })
         .then((r) => r.res)))`,
    );
    const elapsed = Date.now() - t0;
    const ok = replies.filter((r) => r.ok).length;
    console.log(`[flood] 30 forged saves in ${elapsed} ms: ${ok} stored`);
    expect(ok).toBeGreaterThanOrEqual(10);
    expect(ok).toBeLessThanOrEqual(10 + Math.floor(elapsed / 2000));
    expect(replies.filter((r) => !r.ok).every((r) => (r.retryMs ?? 0) > 0)).toBe(true);
    const saved = await logEntries(b.worker);
    expect(saved).toHaveLength(ok);
    for (const e of saved) expect([e.url, e.site]).toEqual([`${server.origin}/plain`, '127.0.0.1']);

    // The user's own click now hears why, in the popover's language; 2 s later it saves again.
    await openBadge(fresh, 3);
    await clickSave(fresh, 3);
    await expect
      .poll(async () => (await readPopover(fresh, 3)).saveStatus)
      .toMatch(
        /^(Too many saves in a short time\. Try again in|For mange lagringer på kort tid\. Prøv igjen om) \d s\.$/,
      );
    await fresh.waitForTimeout(2100);
    await clickSave(fresh, 3);
    await expect
      .poll(async () => (await readPopover(fresh, 3)).saveStatus)
      .toMatch(/^(Saved|Lagret)/);
    await fresh.close();
  }, 60_000);
});
