/** Helpers for the content-script e2e files (real Chromium with the built extension). */
import type { Page, Worker } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../settings/defaults';
import type { ExtensionBrowser } from '../support/extension-browser';

// The worker-side callbacks run in the service worker, where `chrome` is the extension API.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/** What a page's own fetch() of `url` gets: the HTTP status, or the error's text. */
export const fetchStatus = (page: Page, url: string): Promise<number | string> =>
  page.evaluate(
    (u) =>
      fetch(u).then(
        (r) => r.status,
        (e) => String(e),
      ),
    url,
  );

/** Blocks every request that is not to 127.0.0.1 (saved pages link to their sites' CDNs). */
export async function localOnly(b: ExtensionBrowser): Promise<void> {
  await b.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
}

/** A page of either driver (Playwright in Chromium, puppeteer-core in Firefox). */
type AnyPage = { evaluate(fn: () => string[]): Promise<string[]> };

/** Waits until at least `count` elements carry data-lykt-level (open shadow roots included). */
export async function waitMarked(
  page: AnyPage,
  count: number,
  timeout = 20_000,
): Promise<string[]> {
  const levels = () =>
    page.evaluate(() => {
      const out: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('[data-lykt-level]'))
          out.push(el.getAttribute('data-lykt-level')!);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      return out;
    });
  const end = Date.now() + timeout;
  for (;;) {
    const found = await levels();
    if (found.length >= count) return found;
    if (Date.now() > end)
      throw new Error(`only ${found.length} of ${count} ads marked after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The toolbar badge text of the active tab, read in the service worker. */
export async function toolbarText(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  });
}

/** Writes part of the stored settings from the service worker (what the options page does). */
export async function patchSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(
    async ([base, p]) => {
      const cur = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<
        string,
        unknown
      >;
      await chrome.storage.local.set({ settings: { ...base, ...cur, ...p } });
    },
    [{ ...DEFAULT_SETTINGS }, patch] as const,
  );
}

/** Lykt's badges on the page (closed shadow roots, found over CDP). */
export { badgeCount } from '../support/badge-access';
