/**
 * Forged messages (issue 9). Page scripts imitate @webext-core/messaging in every wire format it
 * has (extension `{id, type, data, timestamp}`, its window-messaging envelope, its custom-event
 * envelope) and post them with window.postMessage or dispatch them as CustomEvents: nothing may
 * change (log, toolbar count, settings). Then an extension page sends wire-shaped but malformed
 * messages to the background: each is refused with a "[lykt] … refused: <reason>" console line
 * in the service worker and nothing is stored.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAds } from '../../demo/generate';
import { renderListingPage } from '../../demo/render';
import { badgeCount } from '../support/badge-access';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { startServer, type TestServer } from '../support/static-server';
import { localOnly, toolbarText, waitMarked } from './content-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const AD = {
  url: 'https://ads.example/ad/forged',
  site: 'ads.example',
  title: 'Forged',
  text: 'New girls every week. Call +4791234567',
  context: 'escort',
  level: 'high',
  score: 9,
  indicators: [],
  contacts: [],
};
const ads = generateAds(30, { seed: 5 });

/** Every forgery a page script can send (runs in the page's main world). */
function forge(ad: typeof AD) {
  const id = 4242;
  const messages = [
    { id, type: 'saveToLog', data: ad, timestamp: Date.now() },
    {
      id,
      type: 'reportScan',
      data: {
        scanned: 999,
        byLevel: { none: 0, low: 0, medium: 0, high: 999 },
        categories: {},
        contacts: {},
      },
      timestamp: Date.now(),
    },
    { id, type: 'getSettings', timestamp: Date.now() },
    {
      id,
      type: 'setSettings',
      data: { highlights: false, badgeLevel: 'high' },
      timestamp: Date.now(),
    },
  ];
  const replies: unknown[] = [];
  window.addEventListener('message', (e) => {
    if (String(e.data?.type).includes('response')) replies.push(e.data);
  });
  window.addEventListener('@webext-core/messaging/custom-events/response', (e) =>
    replies.push((e as CustomEvent).detail),
  );
  for (const message of messages) {
    window.postMessage(message, '*');
    for (const namespace of [undefined, '', 'lykt', 'default'])
      window.postMessage(
        {
          type: '@webext-core/messaging/window',
          message,
          senderOrigin: location.origin,
          namespace,
          instanceId: 'evil',
        },
        '*',
      );
    for (const namespace of [undefined, '', 'lykt', 'default'])
      window.dispatchEvent(
        new CustomEvent('@webext-core/messaging/custom-events', {
          detail: { message, namespace, instanceId: 'evil' },
        }),
      );
    window.dispatchEvent(new CustomEvent(message.type, { detail: message }));
    document.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true }));
  }
  (window as unknown as { __replies: unknown[] }).__replies = replies;
  const c = (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
  return typeof c?.runtime?.sendMessage;
}

/** Sends one wire-format message from an extension page; returns the raw reply. */
const sendRaw = (page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m), message);

const storedSettings = (b: ExtensionBrowser) =>
  b.worker.evaluate(async () => (await chrome.storage.local.get(null)) as Record<string, unknown>);

const logCount = async (log: Page) => {
  await log.reload();
  await log.locator('.log .empty, article.entry').first().waitFor();
  return log.locator('article.entry').count();
};

describe('forged messages change nothing; malformed ones are refused with a reason', () => {
  let b: ExtensionBrowser;
  let server: TestServer;
  const workerLog: string[] = [];
  beforeAll(async () => {
    server = await startServer({ '/ads': renderListingPage(ads, { lang: 'en' }) });
    b = await launchWithExtension();
    await localOnly(b);
    b.worker.on('console', (m) => workerLog.push(m.text()));
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('page scripts posting or dispatching Lykt-shaped messages change nothing', async () => {
    const log = await b.context.newPage();
    await log.goto(`chrome-extension://${b.extensionId}/log.html`);
    expect(await logCount(log)).toBe(0);
    const page = await b.context.newPage();
    await page.goto(server.origin + '/ads');
    await waitMarked(page, ads.length);
    await page.bringToFront();
    await expect.poll(() => toolbarText(b.worker)).toMatch(/^[1-9]\d*$/);
    await page.waitForTimeout(500); // the last running total has reached the background
    const countBefore = await toolbarText(b.worker);
    const settingsBefore = await storedSettings(b);
    const badgesBefore = await badgeCount(page);
    expect(badgesBefore).toBeGreaterThan(0);

    // The page world has no extension API at all (no externally_connectable).
    expect(await page.evaluate(forge, AD)).toBe('undefined');
    await page.waitForTimeout(1_000);

    expect(
      await page.evaluate(() => (window as unknown as { __replies: unknown[] }).__replies),
    ).toEqual([]);
    expect(await toolbarText(b.worker)).toBe(countBefore);
    expect(await storedSettings(b)).toEqual(settingsBefore);
    expect(await badgeCount(page)).toBe(badgesBefore);
    expect(await logCount(log)).toBe(0);
  });

  it('the background refuses malformed wire messages with a logged reason, stores nothing', async () => {
    const log = await b.context.newPage();
    await log.goto(`chrome-extension://${b.extensionId}/log.html`);
    const msg = (type: string, data: unknown) => ({ id: 7, type, data, timestamp: Date.now() });
    const cases: [unknown, RegExp][] = [
      [msg('saveToLog', 'not an object'), /saveToLog refused: entry is not an object/],
      [
        msg('saveToLog', { ...AD, url: 'javascript:alert(1)' }),
        /saveToLog refused: url must be http or https/,
      ],
      [msg('saveToLog', { ...AD, level: 'catastrophic' }), /saveToLog refused: unknown level/],
      [
        // Over-long text is saved cut (issue 19.9, background/save-fit.ts); empty is refused.
        msg('saveToLog', { ...AD, text: '' }),
        /saveToLog refused: text missing, empty or too long/,
      ],
      [
        msg('saveToLog', {
          ...AD,
          indicators: [
            { category: '__proto__', term: 'a', match: 'a', start: 0, end: 1, weight: 1 },
          ],
        }),
        /saveToLog refused: unknown category/,
      ],
      [
        msg('addToInvestigation', { name: ' ', entry: AD }),
        /addToInvestigation refused: investigation name is empty/,
      ],
      [
        msg('addToInvestigation', { name: 'Case', entry: { ...AD, level: 'x' } }),
        /addToInvestigation refused: unknown level/,
      ],
      [msg('reportScan', { scanned: -1 }), /reportScan refused/],
      [
        msg('getCards', { ids: ['../../etc/passwd'], lang: 'nb' }),
        /getCards refused: unknown card id/,
      ],
      [msg('getCards', { ids: [], lang: 'xx' }), /getCards refused: unknown card language/],
      [msg('getTabSummary', { tabId: -1 }), /getTabSummary refused: tabId is not a tab id/],
    ];
    for (const [message, reason] of cases) {
      const before = workerLog.length;
      const reply = (await sendRaw(log, message)) as { res?: unknown; err?: unknown } | undefined;
      expect(reply?.err, JSON.stringify(reply)).toBeUndefined();
      expect(reply?.res === null || (reply?.res as { ok?: boolean })?.ok !== true).toBe(true);
      await expect.poll(() => workerLog.slice(before).join('\n')).toMatch(reason);
    }
    // A scanAds refusal is an error, so a content script scans those ads in the page instead.
    const before = workerLog.length;
    const scan = (await sendRaw(log, msg('scanAds', { url: 'x', texts: 'ung jente' }))) as {
      res?: unknown;
      err?: unknown;
    };
    expect(scan?.res).toBeUndefined();
    expect(scan?.err).toBeDefined();
    await expect
      .poll(() => workerLog.slice(before).join('\n'))
      .toMatch(/scanAds refused: texts is not a list/);
    // Not wire-shaped at all (no type/timestamp): the messaging library drops it, no reply.
    expect(await sendRaw(log, { type: 'saveToLog', data: AD })).toBeUndefined();
    expect(await sendRaw(log, 'saveToLog')).toBeUndefined();
    expect(await logCount(log)).toBe(0);
    const stored = await storedSettings(b);
    expect(Object.keys(stored).filter((k) => k !== 'settings')).toEqual([]);
  });
});
