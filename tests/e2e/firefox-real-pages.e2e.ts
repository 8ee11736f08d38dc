/**
 * real-pages.e2e.ts in Firefox ESR (site adapters build): each saved page is served from
 * 127.0.0.1 with the indicator sentence planted, and every record must be marked, nothing else
 * marked, every planted ad flagged and nothing else flagged. Outside requests (the pages' CDNs)
 * are refused by the driver's proxy.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchFirefox } from '../support/firefox-browser';
import {
  PLANTED,
  loadTruths,
  matchMarks,
  plantPage,
  type PageFigures,
  type Truth,
  levelsInPage,
  untilQuiet,
} from '../support/page-truth';
import { startServer } from '../support/static-server';

const DIR = resolve(process.env.LYKT_PAGES_DIR || '../shared/fixtures/pages');

describe('real saved pages in Firefox ESR (site adapters), served from 127.0.0.1', () => {
  it('finds every record, marks nothing else, flags exactly the planted ads', async () => {
    const truths = loadTruths(DIR);
    const routes = Object.fromEntries(
      truths.map((t) => [`/${t.file}`, plantPage(readFileSync(resolve(DIR, t.file), 'utf8'), t)]),
    );
    const server = await startServer(routes);
    const ff = await launchFirefox();
    const rows: [Truth, PageFigures][] = [];
    try {
      for (const t of truths) {
        const page = await ff.newPage();
        const url = `${server.origin}/${t.file}`;
        await page.goto(url, { waitUntil: 'domcontentloaded' }).catch((e: Error) => {
          console.log(
            `[firefox real pages] ${t.file}: ${e.message.split('\n')[0]}; at ${page.url()}`,
          );
        });
        await untilQuiet(() => page.evaluate(levelsInPage));
        rows.push([t, await page.evaluate(matchMarks, { truth: t, marks: 'dom' as const })]);
        await page.close();
      }
    } finally {
      await ff.close();
      await server.close();
    }
    const sum = (k: 'found' | 'records' | 'planted' | 'plantedFlagged') =>
      rows.reduce((n, [, f]) => n + f[k], 0);
    console.log(
      `[firefox real pages] ${rows.length} pages: records found ${sum('found')}/${sum('records')}, planted flagged ${sum('plantedFlagged')}/${sum('planted')} (${PLANTED.slice(0, 20)}…)`,
    );
    expect(rows.length).toBe(truths.length);
    for (const [t, f] of rows) {
      expect.soft(f.found, `${t.file}: records found`).toBe(f.records);
      expect.soft(f.good, `${t.file}: marks that are records`).toBe(f.marks);
      expect.soft(f.plantedFlagged, `${t.file}: planted ads flagged`).toBe(f.planted);
      expect.soft(f.falseFlags, `${t.file}: other ads flagged`).toBe(0);
    }
  }, 180_000);
});
