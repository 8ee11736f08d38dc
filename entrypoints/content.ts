import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../messaging/protocol';
import { isPausedHost } from '../content/paused';
import { startLykt, type Messenger } from '../content/start';
import type { Controller } from '../content/controller';
import type { Settings } from '../settings/types';

const loadedAt = performance.now();

const messenger: Messenger = {
  report: (r) => sendMessage('reportScan', r).catch(() => undefined),
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

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // document_end: the listing is parsed; the first batch runs right after DOMContentLoaded.
  runAt: 'document_end',
  async main(ctx) {
    const marks: Record<string, number> = { loaded: loadedAt, main: performance.now() };
    const host = location.hostname;
    // Settings come validated from the background (keeps the settings code out of this bundle).
    let settings = await sendMessage('getSettings');
    marks.settings = performance.now();
    let controller: Controller | null = null;
    const sync = (next: Settings) => {
      const paused = isPausedHost(next, host);
      const rebuild = REBUILD.some((k) => JSON.stringify(next[k]) !== JSON.stringify(settings[k]));
      if (controller && (paused || rebuild)) {
        controller.destroy();
        controller = null;
      }
      if (!controller && !paused) controller = startLykt(document, next, messenger);
      controller?.setHighlights(next.highlights);
      settings = next;
    };
    if (!isPausedHost(settings, host)) controller = startLykt(document, settings, messenger, marks);
    else
      void messenger.report({
        scanned: 0,
        byLevel: { none: 0, low: 0, medium: 0, high: 0 },
        categories: {},
        contacts: {},
      });
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
