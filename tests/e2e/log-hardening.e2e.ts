import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { logFile, openLog } from './log-support';
import { axeViolations } from './pages-axe';
import { shotPath } from '../screenshots/dir';

// Issue 19, items 10 (bidi spoofing in the log) and 15 ("delete everything" removes the database).
const RLO = '\u202e';
const MARKER = 'QZXWV-lykt-delete-marker';
const ad = (n: number, over: Record<string, unknown> = {}) => {
  const phone = n === 1 ? `+47${RLO}41234567` : '+4798765432';
  const text = `${MARKER} Massasje ${n}, ring ${phone} i dag.`;
  const at = text.indexOf(phone);
  return {
    url: `https://one.example/ad/${n}`,
    site: 'one.example',
    title: `Massasje ${n}`,
    text,
    context: 'massage',
    level: 'medium',
    score: 3,
    indicators: [],
    contacts: [
      { type: 'phone', value: phone, start: at, end: at + phone.length },
      { type: 'phone', value: '+4790000000', start: 0, end: 1 },
    ],
    savedAt: `2026-03-0${n}T12:00:00.000Z`,
    note: '',
    ...over,
  };
};
const file = (entries: unknown[]) => logFile(entries);

/** For each element: do its characters lie left to right on screen, in reading order? */
const inOrder = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const xs: number[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < n.textContent!.length; i++) {
          if (/\s/.test(n.textContent![i]!)) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          const box = r.getBoundingClientRect();
          if (box.width > 0) xs.push(box.x);
        }
      }
      return {
        text: (el as HTMLElement).innerText,
        ltr: xs.length > 1 && xs.every((x, i) => i === 0 || x > xs[i - 1]!),
      };
    }),
  );

describe('research log hardening in real Chromium', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('an RLO in an imported contact, title, site or note reverses nothing (19.10)', async () => {
    const page = await openLog(b);
    await page.setInputFiles(
      '[data-testid=import-file]',
      file([
        ad(1, { title: `Massasje ${RLO}ny i byen`, site: `one${RLO}.example`, note: `${RLO}abc` }),
        ad(2),
      ]),
    );
    await page.locator('article.entry').nth(1).waitFor();
    // The contact line of the entry, the heading, the meta line and the shared-contact table:
    // every character sits right of the one before it (an RLO would reverse the rest).
    for (const sel of ['article.entry .contacts', 'article.entry h3', '.contact-table tbody tr']) {
      const rows = await inOrder(page, sel);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r, sel).toMatchObject({ ltr: true });
    }
    const contacts = await page.locator('article.entry .contacts').allInnerTexts();
    expect(contacts.join('\n')).toContain('+47⟨U+202E⟩41234567, +4790000000');
    expect(await page.locator('article.entry textarea').first().getAttribute('dir')).toBe('auto');
    const svg = await page.locator('svg.groups-drawing text').allTextContents();
    for (const s of svg) expect(s).not.toContain(RLO);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: shotPath('log-rlo.png') });
  });

  it('"Delete everything" removes the database, also while the side panel holds it open (19.15)', async () => {
    const page = await openLog(b);
    await page.setInputFiles('[data-testid=import-file]', file([ad(3), ad(4)]));
    await page.locator('article.entry').nth(1).waitFor();
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.locator('article.entry').first().waitFor();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect
      .poll(() => page.locator('.message-slot').innerText())
      .toContain('The log is deleted, with the database it was kept in.');
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).not.toContain('lykt-log');
    await expect.poll(() => panel.locator('article.entry').count()).toBe(0);
    // After a restart there is still no database, and the log is empty.
    await b.close({ keepProfile: true });
    // Residual: Chromium keeps an origin's databases in one LevelDB, so deleted bytes may stay in
    // its files until LevelDB compacts them (SECURITY.md says so). Printed, not asserted.
    const residue = filesWith(join(b.profileDir, 'Default', 'IndexedDB'), MARKER);
    console.log(`19.15: files still holding deleted text after the deletion: ${residue.length}`);
    b = await launchWithExtension(b.profileDir);
    const again = await openLog(b);
    await again.getByText('The log is empty').waitFor();
    const after = await again.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    expect(after).not.toContain('lykt-log');
  });
});

function filesWith(dir: string, needle: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const n of names) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (readFileSync(p).includes(needle)) out.push(p);
    }
  };
  walk(dir);
  return out;
}
