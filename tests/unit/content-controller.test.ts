import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sharedContacts } from '../../background/tab-state';
import { generateAds } from '../../demo/generate';
import { renderAdsFragment } from '../../demo/render';
import { applySharedContacts, createEngine } from '../../indicators';
import type { AdInput } from '../../indicators/types';
import type { TabReport } from '../../messaging/protocol';
import { isBadgeHost } from '../../content/badge-host';
import { Badges } from '../../content/badges';
import { Controller } from '../../content/controller';
import type { RemoteScan } from '../../content/engine';
import { Scanner } from '../../content/scanner';

// happy-dom has no requestIdleCallback: give it one with a generous deadline.
beforeAll(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  g.requestIdleCallback ??= (cb: IdleRequestCallback) =>
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0) as unknown as number;
  g.cancelIdleCallback ??= (id: number) => clearTimeout(id);
});

const ADS = generateAds(60, { seed: 5 });

function setup(html = renderAdsFragment(ADS.slice(0, 40)), remote?: RemoteScan) {
  document.body.innerHTML = `<main><section id="listings">${html}</section></main>`;
  const engine = createEngine({ langs: ['nb', 'en'] });
  const scanned: string[] = [];
  const counting = { scan: (ad: AdInput) => (scanned.push(ad.text), engine.scan(ad)) };
  const reports: TabReport[] = [];
  const scanner = new Scanner(counting, applySharedContacts, { url: 'http://127.0.0.1/' });
  const view = new Badges({
    doc: document,
    lang: 'en',
    badgeLevel: 'medium',
    loadCards: () => Promise.resolve([]),
    save: () => Promise.resolve({ ok: false, error: 'not in this test' }),
  });
  const controller = new Controller({
    doc: document,
    host: '127.0.0.1',
    scanner,
    view,
    highlights: true,
    report: (r) => (reports.push(r), Promise.resolve({ sharedContacts: sharedContacts(r) })),
    remote,
  });
  controller.start();
  return { controller, scanned, reports, view, scanner, engine };
}

const marked = () => document.querySelectorAll('article.listing[data-lykt-level]').length;
const until = (f: () => boolean) => expect.poll(f, { timeout: 5000, interval: 20 }).toBe(true);

describe('content controller (generic detector, real engine, happy-dom)', () => {
  let ctl: Controller | null = null;
  afterEach(() => ctl?.destroy());

  it('marks every ad once, badges those at medium or above, and reports the totals', async () => {
    const { controller, scanned, reports, view } = setup();
    ctl = controller;
    await until(() => marked() === 40);
    expect(scanned).toHaveLength(40);
    const flagged = document.querySelectorAll(
      '[data-lykt-level="medium"], [data-lykt-level="high"]',
    ).length;
    expect(flagged).toBeGreaterThan(0);
    // Badges follow the marks (they are the only layout-changing writes, done last).
    await until(() => view.size === flagged);
    const ad = document.querySelector('[data-lykt-level="medium"], [data-lykt-level="high"]')!;
    const badge = view.rootOf(ad)!.querySelector('button.lykt-badge')!;
    expect(badge.getAttribute('aria-label')).toMatch(/^\d+ indicators?: /);
    await until(() => reports.at(-1)?.scanned === 40);
    expect(reports.at(-1)!.byLevel.medium + reports.at(-1)!.byLevel.high).toBe(flagged);
  });

  it('scans only added ads on infinite scroll, and an ad again only when its text changes', async () => {
    const { controller, scanned } = setup();
    ctl = controller;
    await until(() => marked() === 40);
    document
      .querySelector('#listings')!
      .insertAdjacentHTML('beforeend', renderAdsFragment(ADS.slice(40)));
    await until(() => marked() === 60);
    expect(scanned).toHaveLength(60);
    // Our own badge insertions and an unchanged re-render do not rescan.
    const first = document.querySelector('article.listing p.listing-text')!;
    first.textContent = 'Young girls, new in town, 100% real, call the driver';
    await until(() => scanned.length === 61);
    expect(scanned.at(-1)).toMatch(/call the driver/);
    expect(first.closest('article')!.getAttribute('data-lykt-level')).not.toBe('none');
  });

  it('adds shared-contact to the ads of the page that carry the same phone number', async () => {
    const ad = (i: number, phone: string) =>
      `<article class="listing"><h2><a href="/${i}">Sofa nr ${i} selges</a></h2><p>Fin sofa. Ring ${phone}</p></article>`;
    const { controller, scanner } = setup(
      [ad(1, '912 34 567'), ad(2, '+47 91234567'), ad(3, '934 56 789'), ad(4, '945 67 890')].join(
        '',
      ),
    );
    ctl = controller;
    const shared = () =>
      [...scanner.states.values()].map((s) =>
        s.result.indicators.some((f) => f.category === 'shared-contact'),
      );
    await until(() => shared().filter(Boolean).length === 2);
    expect(shared()).toEqual([true, true, false, false]);
  });

  it('does no work while the tab is hidden', async () => {
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden');
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    const { controller, scanned } = setup();
    ctl = controller;
    await new Promise((r) => setTimeout(r, 100));
    expect(scanned).toHaveLength(0);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => marked() === 40);
    if (hidden) delete (document as unknown as Record<string, unknown>).hidden;
  });

  it('undoes everything on stop (pause on this site)', async () => {
    const { controller } = setup();
    ctl = controller;
    await until(() => marked() === 40);
    const hosts = () => [...document.querySelectorAll('span')].filter(isBadgeHost).length;
    expect(hosts()).toBeGreaterThan(0);
    controller.stop();
    expect(document.querySelectorAll('[data-lykt-level]')).toHaveLength(0);
    expect(hosts()).toBe(0);
  });

  describe("with the background's engine", () => {
    const levels = () =>
      [...document.querySelectorAll('article.listing')].map((a) =>
        a.getAttribute('data-lykt-level'),
      );

    it('sends the ads in batches and marks them as the page engine would', async () => {
      const html = renderAdsFragment([...ADS, ...generateAds(190, { seed: 6 })]);
      // Shared contacts rescore some ads after the first report: compare once both settled.
      const settled = async (reports: TabReport[]) => {
        await until(() => marked() === 250 && reports.at(-1)?.scanned === 250);
        await new Promise((r) => setTimeout(r, 300));
      };
      const local = setup(html);
      await settled(local.reports);
      const expected = levels();
      local.controller.destroy();
      const batches: number[] = [];
      const engine = createEngine({ langs: ['nb', 'en'] });
      const remote: RemoteScan = async (texts) => {
        batches.push(texts.length);
        await new Promise((r) => setTimeout(r, 5));
        return texts.map((text) => engine.scan({ text, url: 'http://127.0.0.1/' }));
      };
      const { controller, scanned, view, reports } = setup(html, remote);
      ctl = controller;
      await settled(reports);
      expect(levels()).toEqual(expected);
      // All but the first few ads went to the background, at most 100 per message.
      expect(batches.reduce((a, b) => a + b, 0) + scanned.length).toBe(250);
      expect(scanned.length).toBeLessThan(50);
      expect(Math.max(...batches)).toBeLessThanOrEqual(100);
      const flagged = expected.filter((l) => l === 'medium' || l === 'high').length;
      await until(() => view.size === flagged);
    });

    it('scans in the page when the background fails, and sends it nothing more', async () => {
      let calls = 0;
      const remote: RemoteScan = () => (calls++, Promise.reject(new Error('gone')));
      const { controller, scanned } = setup(undefined, remote);
      ctl = controller;
      await until(() => marked() === 40);
      expect(scanned).toHaveLength(40);
      document
        .querySelector('#listings')!
        .insertAdjacentHTML('beforeend', renderAdsFragment(ADS.slice(40)));
      await until(() => marked() === 60);
      expect(scanned).toHaveLength(60);
      expect(calls).toBe(1);
    });

    it('fetches the page engine only when the background fails, and then only once', async () => {
      document.body.innerHTML = `<main><section id="listings">${renderAdsFragment(ADS.slice(0, 40))}</section></main>`;
      const engine = createEngine({ langs: ['nb', 'en'] });
      let loads = 0;
      const scanner = new Scanner(null, applySharedContacts, { url: 'http://127.0.0.1/' });
      const controller = new Controller({
        doc: document,
        host: '127.0.0.1',
        scanner,
        view: new Badges({
          doc: document,
          lang: 'en',
          badgeLevel: 'medium',
          loadCards: () => Promise.resolve([]),
          save: () => Promise.resolve({ ok: false, error: 'not in this test' }),
        }),
        report: () => Promise.resolve(undefined),
        remote: () => Promise.reject(new Error('gone')),
        loadEngine: async () => (loads++, engine),
      });
      ctl = controller;
      expect(loads).toBe(0);
      controller.start();
      await until(() => marked() === 40);
      expect(loads).toBe(1);
    });

    it('drops replies that come back after a pause', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => (release = r));
      const engine = createEngine({ langs: ['nb', 'en'] });
      const remote: RemoteScan = async (texts) => {
        await gate;
        return texts.map((text) => engine.scan({ text }));
      };
      const { controller, scanned } = setup(undefined, remote);
      ctl = controller;
      await new Promise((r) => setTimeout(r, 50));
      const before = marked();
      expect(before).toBe(scanned.length);
      controller.stop();
      release();
      await new Promise((r) => setTimeout(r, 100));
      expect(marked()).toBe(0);
    });
  });
});
