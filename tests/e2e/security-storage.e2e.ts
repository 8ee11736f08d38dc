/**
 * Storage faults (issue 9), beyond tests/e2e/research-log.e2e.ts (quota error mid-import) and
 * tests/e2e/pages.e2e.ts (corrupt settings → defaults + notice): a real crash in the middle of
 * one multi-write save. The log page imports 200 ads in one transaction; at the 50th write the
 * renderer is held busy and the whole browser is killed (SIGKILL, by process id). After a
 * restart on the same profile the log holds exactly what it held before: no entry of the
 * interrupted import, none lost, each stored record byte-identical.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';

const ad = (n: number) => {
  const text = `Ny massasje i sentrum, ring 9${String(n).padStart(7, '0')} for time. Annonse ${n}.`;
  return {
    url: `https://crash.example/ad/${n}`,
    site: 'crash.example',
    title: `Annonse ${n}`,
    text,
    context: 'massage',
    level: 'medium',
    score: 3,
    indicators: [],
    contacts: [],
    savedAt: '2026-03-01T12:00:00.000Z',
    note: n === 1 ? 'keep me' : '',
  };
};
const file = (from: number, to: number) => ({
  name: 'ads.json',
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: 'lykt-log',
      version: 1,
      entries: Array.from({ length: to - from + 1 }, (_, i) => ad(from + i)),
    }),
  ),
});

/** Every stored record, read straight from IndexedDB, sorted by id. */
const dump = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('lykt-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('entries').objectStore('entries').getAll();
          req.onsuccess = () => {
            const all = (req.result as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : 1));
            open.result.close();
            resolve(JSON.stringify(all));
          };
        };
      }),
  );

async function openLog(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/log.html`);
  await page.locator('.log .empty, article.entry').first().waitFor();
  return page;
}

/** SIGKILL every Chromium process of this profile (found by its --user-data-dir). */
function killProfile(profileDir: string): number {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const pids = ps
    .split('\n')
    .filter((l) => l.includes(`--user-data-dir=${profileDir}`))
    .map((l) => Number.parseInt(l.trim(), 10))
    .filter((pid) => pid > 0 && pid !== process.pid);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone with its parent
    }
  }
  return pids.length;
}

describe('a crash in the middle of a save', () => {
  let b: ExtensionBrowser | undefined;
  afterAll(async () => {
    await b?.close().catch(() => undefined);
  });

  it('leaves no entry half-saved and loses none', async () => {
    b = await launchWithExtension();
    let page = await openLog(b);
    await page.setInputFiles('[data-testid=import-file]', file(1, 3));
    await expect.poll(() => page.locator('article.entry').count()).toBe(3);
    const before = await dump(page);
    expect(JSON.parse(before)).toHaveLength(3);

    // At the 50th write of the next import, report and freeze the renderer: it cannot commit.
    await page.evaluate(() => {
      const add = IDBObjectStore.prototype.add;
      let calls = 0;
      IDBObjectStore.prototype.add = function (...args: Parameters<typeof add>) {
        const r = add.apply(this, args);
        if (++calls === 50) {
          console.log('lykt-test: mid-import');
          const end = Date.now() + 20_000;
          while (Date.now() < end) {
            // busy: the transaction stays open until the browser dies
          }
        }
        return r;
      };
    });
    const mid = page.waitForEvent('console', {
      predicate: (m) => m.text() === 'lykt-test: mid-import',
      timeout: 20_000,
    });
    await page.setInputFiles('[data-testid=import-file]', file(100, 299));
    await mid;
    const profile = b.profileDir;
    expect(killProfile(profile)).toBeGreaterThan(0);
    await b.close({ keepProfile: true }).catch(() => undefined);

    b = await launchWithExtension(profile);
    page = await openLog(b);
    await expect.poll(() => page.locator('article.entry').count()).toBe(3);
    expect(await dump(page)).toBe(before);
    expect(
      await page
        .locator('article.entry', { hasText: 'Annonse 1.' })
        .getByLabel(/Notat|Note/)
        .inputValue(),
    ).toBe('keep me');
  }, 60_000);
});
