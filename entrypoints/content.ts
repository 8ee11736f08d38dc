/**
 * Lykt's content script, thin: asks the background for the settings at document_start (the
 * service worker wakes and warms its engine while the page still parses), reads the ads' text
 * from DOMContentLoaded on and sends it to that engine, and marks the ads as results come back.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../messaging/protocol';
import { isPausedHost } from '../content/paused';
import { configure, createLykt, type Messenger } from '../content/start';
import type { Controller } from '../content/controller';
import type { Settings } from '../settings/types';

const loadedAt = performance.now();

const messenger: Messenger = {
  report: (r) => sendMessage('reportScan', r).catch(() => undefined),
  scanAds: (data) => sendMessage('scanAds', data),
  startup: () => sendMessage('getStartup'),
  loadCards: (ids, lang) => sendMessage('getCards', { ids, lang }),
  save: (entry) => sendMessage('saveToLog', entry),
};

// Settings that need a new engine or new badges when they change.
const REBUILD: (keyof Settings)[] = [
  'langs',
  'customTerms',
  'disabledCategories',
  'badgeLevel',
  'uiLang',
];

const EMPTY = { scanned: 0, byLevel: { none: 0, low: 0, medium: 0, high: 0 }, categories: {} };

const domReady = () =>
  document.readyState !== 'loading'
    ? Promise.resolve()
    : new Promise<void>((r) => document.addEventListener('DOMContentLoaded', () => r()));

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  async main(ctx) {
    const marks: Record<string, number> = { loaded: loadedAt, main: performance.now() };
    const host = location.hostname;
    // Settings only: the ads are scanned by the background's engine, so no lexicon comes here
    // unless the page must build its own engine (see content/scan-queue.ts).
    let early: Settings | undefined;
    const asked = sendMessage('getSettings').then((s) => {
      marks.startup = performance.now();
      return (early = s);
    });
    await domReady();
    marks.dom = performance.now();
    const atDom = early;
    let controller: Controller | null = null;
    const fresh = (s?: Settings) => {
      const c = createLykt(document, messenger, marks);
      // With the settings in, the first slice sends the ads away; else it reads them meanwhile.
      if (s) configure(c, document, s, messenger);
      c.start();
      return c;
    };
    if (!atDom || !isPausedHost(atDom, host)) controller = fresh(atDom);
    const first = await asked.catch(() => null);
    if (!first || ctx.isInvalid) return controller?.destroy();
    let settings = first;
    if (isPausedHost(settings, host)) {
      controller?.destroy();
      controller = null;
      void messenger.report({ ...EMPTY, contacts: {} });
    } else if (controller && !atDom) configure(controller, document, first, messenger);

    const sync = (next: Settings) => {
      const paused = isPausedHost(next, host);
      const rebuild = REBUILD.some((k) => JSON.stringify(next[k]) !== JSON.stringify(settings[k]));
      if (controller && (paused || rebuild)) {
        controller.destroy();
        controller = null;
      }
      if (!controller && !paused) controller = fresh(next);
      controller?.setHighlights(next.highlights);
      settings = next;
    };
    // Visible only in the extension's isolated world (the page-scan benchmark reads it via CDP).
    Object.defineProperty(globalThis, '__lyktStats', {
      get: () => controller?.stats,
      configurable: true,
    });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) void sendMessage('getSettings').then(sync);
    };
    browser.storage.onChanged.addListener(onChanged);
    const unwatch = () => browser.storage.onChanged.removeListener(onChanged);
    ctx.addEventListener(window, 'wxt:locationchange', () => controller?.navigated());
    ctx.onInvalidated(() => {
      unwatch();
      controller?.destroy();
    });
  },
});
