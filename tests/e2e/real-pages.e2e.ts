/**
 * Finding ads on real saved pages (issue 13), in real Chromium with the built extension: each
 * page is served from 127.0.0.1 with the indicator sentence planted inside 3 records of each
 * listing and inside each detail body; every record must be marked, nothing else marked, every
 * planted ad flagged and nothing else flagged. Twice: with the site adapters, and with the
 * generic detector alone (`npm run build:generic`). Another folder of pages with a truth.jsonl:
 *
 *   LYKT_PAGES_DIR=/work/extra-pages npx vitest run --config vitest.e2e.config.ts tests/e2e/real-pages.e2e.ts
 *
 * LYKT_PLANTED replaces the sentence (to check finding apart from the engine's context rules).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  GENERIC_EXTENSION_DIR,
  launchWithExtension,
} from '../support/extension-browser';
import {
  KEEP_NAMES_SHIM,
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
import { localOnly } from './content-support';
import { shotPath } from '../screenshots/dir';

const DIR = resolve(process.env.LYKT_PAGES_DIR || '../shared/fixtures/pages');
// With the generic detector: one detail page and one listing, scrolled to a planted ad.
const SHOTS: Record<string, string> = {
  'backpage-escortdetail-3.html': 'real-detail-generic.png',
  'backpage-listing-1.html': 'real-listing-generic.png',
};
const SENTENCE = process.env.LYKT_PLANTED || PLANTED;
const truths = loadTruths(DIR);

const pct = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(3));

function report(mode: string, rows: [Truth, PageFigures][]): void {
  const sum = (k: keyof PageFigures) => rows.reduce((n, [, f]) => n + (f[k] as number), 0);
  const lines = rows.map(
    ([t, f]) =>
      `${t.file.padEnd(34)} ${t.kind.padEnd(7)} recall ${f.found}/${f.records}  precision ${f.good}/${f.marks}  planted flagged ${f.plantedFlagged}/${f.planted}  false flags ${f.falseFlags}${f.promoted ? `  (+${f.promoted} promoted ads marked)` : ''}${f.note ? `  (${f.note})` : ''}`,
  );
  lines.push(
    `TOTAL (${mode}): record recall ${pct(sum('found'), sum('records'))} (${sum('found')}/${sum('records')}), mark precision ${pct(sum('good'), sum('marks'))} (${sum('good')}/${sum('marks')}), planted flagged ${sum('plantedFlagged')}/${sum('planted')}, false flags ${sum('falseFlags')}`,
  );
  console.log(`\n[real pages: ${DIR}, ${mode}]\n${lines.join('\n')}`);
}

describe.each([
  ['site adapters', EXTENSION_DIR],
  ['generic detector only', GENERIC_EXTENSION_DIR],
])('real saved pages (%s), served from 127.0.0.1, in real Chromium', (mode, dir) => {
  const rows: [Truth, PageFigures][] = [];
  afterAll(() => report(mode, rows));

  it('finds every record, marks nothing else, flags exactly the planted ads', async () => {
    const routes = Object.fromEntries(
      truths.map((t) => [
        `/${t.file}`,
        plantPage(readFileSync(resolve(DIR, t.file), 'utf8'), t, SENTENCE),
      ]),
    );
    const server = await startServer(routes);
    const b = await launchWithExtension(undefined, dir);
    try {
      await localOnly(b);
      await b.context.addInitScript(KEEP_NAMES_SHIM);
      for (const t of truths) {
        const page = await b.context.newPage();
        await page.goto(`${server.origin}/${t.file}`, { waitUntil: 'domcontentloaded' });
        await untilQuiet(() => page.evaluate(levelsInPage));
        rows.push([t, await page.evaluate(matchMarks, { truth: t, marks: 'dom' as const })]);
        const shot = dir === GENERIC_EXTENSION_DIR ? SHOTS[t.file] : undefined;
        if (shot) {
          // The badge sits by the ad's title; the highlights are in its body below.
          const badge = page.locator('lykt-badge').first();
          await (
            t.kind === 'detail' && (await badge.count()) > 0
              ? badge
              : page.locator('[data-planted]').first()
          ).scrollIntoViewIfNeeded();
          await page.screenshot({ path: shotPath(shot) });
        }
        await page.close();
      }
    } finally {
      await b.close();
      await server.close();
    }
    for (const [t, f] of rows) {
      expect.soft(f.found, `${t.file}: records found`).toBe(f.records);
      expect.soft(f.good, `${t.file}: marks that are records`).toBe(f.marks);
      expect.soft(f.plantedFlagged, `${t.file}: planted ads flagged`).toBe(f.planted);
      expect.soft(f.falseFlags, `${t.file}: other ads flagged`).toBe(0);
    }
  }, 240_000);
});
