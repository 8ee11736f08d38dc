import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { openLog } from './log-support';
import { axeViolations } from './pages-axe';

// Issue 18: the log's IndexedDB goes from version 1 (contact, site, savedAt indexes) to 2
// (+ level, investigations). A log saved by the old version, in the browser's real IndexedDB,
// must come through the upgrade whole; then the investigation filter and its clusters work.
const N = 300;
const TEMPLATE = (name: string, city: string) =>
  `Hi gentlemen, I am ${name}, new in ${city} for a few days only. Sweet and discreet, ` +
  'incall and outcall, available late, private apartment near the station, call or text anytime.';
const stored = (i: number) => {
  const inCase = i < 6;
  const text = inCase
    ? TEMPLATE(['Anna', 'Bella', 'Mia', 'Lin', 'Sofia', 'Nora'][i]!, i % 2 ? 'Bergen' : 'Oslo')
    : `Unrelated ad ${i}: a ${i % 3 ? 'bike' : 'sofa'} for sale, model ${i * 13}, pick up today.`;
  return {
    id: `v1-${i}`,
    url: `https://old${i % 4}.example/ad/${i}`,
    site: `old${i % 4}.example`,
    title: `Old ad ${i}`,
    text,
    context: 'escort',
    level: ['none', 'low', 'medium', 'high'][i % 4],
    score: i % 10,
    indicators: [],
    contacts: [],
    contactValues: [],
    savedAt: new Date(Date.UTC(2026, 1, 1) + i * 3_600_000).toISOString(),
    note: i === 7 ? 'kept note' : '',
    ...(inCase ? { investigations: ['Case Oslo spring'] } : {}),
  };
};

describe('research log database upgrade (real IndexedDB, Chromium)', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('keeps every entry of a version-1 log; adds the indexes; filters and clusters by investigation in a worker', async () => {
    const page = await openLog(b, 'English');
    // Write a log exactly as version 1 stored it, with the old schema.
    await page.evaluate(
      async (entries) => {
        const req = indexedDB.open('lykt-log', 1);
        req.onupgradeneeded = () => {
          const s = req.result.createObjectStore('entries', { keyPath: 'id' });
          s.createIndex('contact', 'contactValues', { multiEntry: true });
          s.createIndex('site', 'site');
          s.createIndex('savedAt', 'savedAt');
        };
        const db = await new Promise<IDBDatabase>((ok, no) => {
          req.onsuccess = () => ok(req.result);
          req.onerror = () => no(req.error);
        });
        const tx = db.transaction('entries', 'readwrite');
        for (const e of entries) tx.objectStore('entries').put(e);
        await new Promise((ok) => (tx.oncomplete = ok));
        db.close();
      },
      Array.from({ length: N }, (_, i) => stored(i)),
    );

    await page.reload();
    await page.getByRole('heading', { name: `${N} of ${N} ads` }).waitFor();
    const after = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open('lykt-log');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      const s = db.transaction('entries').objectStore('entries');
      const ask = <T>(r: IDBRequest<T>) =>
        new Promise<T>((ok, no) => {
          r.onsuccess = () => ok(r.result);
          r.onerror = () => no(r.error);
        });
      const out = {
        version: db.version,
        indexes: [...s.indexNames].sort(),
        count: await ask(s.count()),
        inCase: await ask(s.index('investigations').count('Case Oslo spring')),
        high: await ask(s.index('level').count('high')),
        note: ((await ask(s.get('v1-7'))) as { note: string }).note,
      };
      db.close();
      return out;
    });
    expect(after).toEqual({
      version: 2,
      indexes: ['contact', 'investigations', 'level', 'savedAt', 'site'],
      count: N,
      inCase: 6,
      high: N / 4,
      note: 'kept note',
    });

    // Clustering runs in a Web Worker of the extension, not on the page's thread.
    await page.locator('li.cluster').first().waitFor();
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([
      expect.stringMatching(/^\/assets\/cluster-worker-.*\.js$/),
    ]);

    await page.getByLabel('Investigation').selectOption('Case Oslo spring');
    await page.getByRole('heading', { name: `6 of ${N} ads` }).waitFor();
    await page
      .getByRole('heading', { name: /Clusters in the investigation .Case Oslo spring./ })
      .waitFor();
    await expect.poll(() => page.locator('li.cluster').getAttribute('data-size')).toBe('6');
    expect(await page.locator('li.cluster').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Back to every ad: the worker still clusters them (it had let go of the other ads' shingles).
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.getByRole('combobox', { name: 'Investigation' }).selectOption('');
    await page.getByRole('heading', { name: /^Clusters$/ }).waitFor();
    await expect.poll(() => page.locator('li.cluster').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(page.workers()).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
