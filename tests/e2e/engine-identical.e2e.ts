/**
 * Issue 12.6: one ad gives byte-identical JSON from the CLI (`npm run scan`), after
 * structuredClone, and from the real background's engine in Chromium — shared contacts applied
 * after the message, as the content script applies them — and from the page's fallback engine,
 * built from the lexicons and phone metadata of the background's real getStartup reply (in Node,
 * and the built page-engine.js in Chromium).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatResult } from '../../cli/scan-core';
import { buildEngine } from '../../content/engine';
import { applySharedContacts, createEngine, LANGS, type ScanResult } from '../../indicators';
import type { Startup } from '../../messaging/protocol';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { patchSettings } from './content-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

// Repeated terms and several cues of one category: weights are lowered (0, halves), so a
// re-weighing that lost the base weights would give another score.
const ADS = [
  {
    id: 'a',
    lang: 'nb',
    text: 'New girls every week! Young and fresh, young, fresh. Call our driver 912 34 567, ring sjåføren. Unge jenter, nye jenter hver uke. 100% real, not fake.',
  },
  { id: 'b', lang: 'nb', text: 'Nye jenter hver uke, ring +47 912 34 567 for å bestille.' },
  { id: 'c', lang: 'en', text: 'Sofa for sale, call (201) 555-0123 or anna (at) mail [dot] com.' },
];
const SHARED = new Set(['+4791234567']);

describe('one score in every host', () => {
  let b: ExtensionBrowser;
  let page: Page;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lykt-identical-'));
    b = await launchWithExtension();
    await patchSettings(b.worker, { langs: [...LANGS] });
    page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/log.html`);
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives byte-identical JSON from the CLI, structuredClone and the background', async () => {
    const file = join(dir, 'ads.jsonl');
    writeFileSync(file, ADS.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const cli = execFileSync('npx', ['tsx', 'cli/scan.ts', file], { encoding: 'utf8' })
      .trim()
      .split('\n');

    const engine = createEngine();
    const cloned = ADS.map((a) =>
      formatResult(a.id, applySharedContacts(structuredClone(engine.scan(a)), SHARED)),
    );

    // The content script's path: the background's engine over the scanAds message.
    const remote: string[] = [];
    for (const a of ADS) {
      const reply = (await page.evaluate(
        (data) =>
          chrome.runtime.sendMessage({ id: 1, type: 'scanAds', data, timestamp: Date.now() }),
        { url: 'http://127.0.0.1/ads', lang: a.lang, texts: [a.text] },
      )) as { res?: ScanResult[]; err?: unknown };
      expect(reply.err).toBeUndefined();
      remote.push(formatResult(a.id, applySharedContacts(reply.res![0]!, SHARED)));
    }

    expect(cloned).toEqual(cli);
    expect(remote).toEqual(cli);
    // The ads do exercise shared contacts and lowered weights.
    const first = JSON.parse(cli[0]!) as ScanResult;
    expect(first.indicators.some((f) => f.category === 'shared-contact')).toBe(true);
    expect(first.indicators.some((f) => f.weight !== f.base)).toBe(true);
    // Applying shared contacts twice (a clone of a rescored result) changes nothing.
    const again = applySharedContacts(structuredClone(JSON.parse(cli[0]!) as ScanResult), SHARED);
    expect(formatResult('a', again)).toBe(cli[0]);
  }, 60_000);

  it("gives the same JSON from the page's fallback engine, built from getStartup's reply", async () => {
    const reply = (await page.evaluate(() =>
      chrome.runtime.sendMessage({ id: 2, type: 'getStartup', timestamp: Date.now() }),
    )) as { res?: Startup; err?: unknown };
    expect(reply.err).toBeUndefined();
    const fallback = buildEngine(reply.res!);
    const engine = createEngine();
    const json = (e: typeof engine, a: (typeof ADS)[number]) =>
      formatResult(a.id, applySharedContacts(e.scan(a), SHARED));
    for (const a of ADS) expect(json(fallback, a)).toBe(json(engine, a));
    // And the built module the content script imports (page-engine.js), run in Chromium.
    // A string, not a function: the test runner would rewrite a function's import(). The
    // extension's own page reaches the file at its fixed URL.
    const inBrowser = (await page.evaluate(`(async () => {
      const m = await import('/page-engine.js');
      const e = m.buildEngine(${JSON.stringify(reply.res)});
      return ${JSON.stringify(ADS)}.map((a) => e.scan(a));
    })()`)) as ScanResult[];
    ADS.forEach((a, i) =>
      expect(formatResult(a.id, applySharedContacts(inBrowser[i]!, SHARED))).toBe(json(engine, a)),
    );
    // The phone metadata came with the reply: the page finds the number and links it.
    const first = applySharedContacts(fallback.scan(ADS[0]!), SHARED);
    expect(first.contacts.map((c) => c.value)).toContain('+4791234567');
    expect(first.indicators.some((f) => f.category === 'shared-contact')).toBe(true);
  });
});
