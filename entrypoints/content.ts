/**
 * Lykt's content script, thin: asks the background for settings and lexicons at document_start
 * (the service worker wakes and the engine is built while the page still parses), reads the
 * ads' text from DOMContentLoaded on, and starts marking as soon as both are there.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage, type Startup } from '../messaging/protocol';
import { isPausedHost } from '../content/paused';
import type { ScanEngine } from '../content/scanner';
import { buildEngine, lazyEngine } from '../content/engine';
import { configure, createLykt, type Messenger } from '../content/start';
import type { Controller } from '../content/controller';
import type { Settings } from '../settings/types';

const loadedAt = performance.now();

const messenger: Messenger = {
  report: (r) => sendMessage('reportScan', r).catch(() => undefined),
  scanAds: (data) => sendMessage('scanAds', data),
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
    const got: { startup?: Startup; engine?: ScanEngine } = {};
    const asked = sendMessage('getStartup').then((s) => {
      marks.startup = performance.now();
      got.startup = s;
      // While the page still parses, build the page's engine for the first screenful; after
      // that, the background's engine scans and this one is built only if it fails.
      const parsing = document.readyState === 'loading';
      if (!isPausedHost(s.settings, host)) got.engine = parsing ? buildEngine(s) : lazyEngine(s);
      marks.built = performance.now();
      return s;
    });
    await domReady();
    marks.dom = performance.now();
    const early = got.startup;
    let controller: Controller | null = null;
    if (!early || !isPausedHost(early.settings, host)) {
      controller = createLykt(document, messenger, marks);
      // With the reply in, the first slice marks ads; else it reads them while the reply is on its way.
      if (early) configure(controller, document, early, got.engine!, messenger);
      controller.start();
    }
    const first = await asked.catch(() => null);
    if (!first || ctx.isInvalid) return controller?.destroy();
    let settings = first.settings;
    if (isPausedHost(settings, host)) {
      controller?.destroy();
      controller = null;
      void messenger.report({ ...EMPTY, contacts: {} });
    } else if (controller && !early) configure(controller, document, first, got.engine!, messenger);

    const sync = ({ settings: next, ...rest }: Startup) => {
      const paused = isPausedHost(next, host);
      const rebuild = REBUILD.some((k) => JSON.stringify(next[k]) !== JSON.stringify(settings[k]));
      if (controller && (paused || rebuild)) {
        controller.destroy();
        controller = null;
      }
      if (!controller && !paused) {
        const startup = { settings: next, ...rest };
        controller = createLykt(document, messenger);
        configure(controller, document, startup, lazyEngine(startup), messenger);
        controller.start();
      }
      controller?.setHighlights(next.highlights);
      settings = next;
    };
    // Visible only in the extension's isolated world (the page-scan benchmark reads it via CDP).
    Object.defineProperty(globalThis, '__lyktStats', {
      get: () => controller?.stats,
      configurable: true,
    });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) void sendMessage('getStartup').then(sync);
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
