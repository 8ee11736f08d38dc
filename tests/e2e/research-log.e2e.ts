import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { logFile, openLog } from './log-support';
import { axeViolations } from './pages-axe';
import { shotPath } from '../screenshots/dir';

// Three ads, two sharing a phone number; imported through the page's own file control,
// stored in real IndexedDB of the built extension.
const ad = (n: number, phone: string, site: string, email?: string) => {
  const text = `Ny massasje i sentrum, ring ${phone} for time. Annonse ${n}.${email ? ` ${email}` : ''}`;
  const at = text.indexOf(phone);
  const mail = email
    ? [{ type: 'email', value: email, start: text.indexOf(email), end: text.length }]
    : [];
  return {
    id: 'ignored',
    url: `https://${site}/ad/${n}`,
    site,
    title: `Massasje ${n}`,
    text,
    context: 'massage',
    level: n === 1 ? 'high' : 'medium',
    score: Math.max(0, 6 - n),
    indicators: [
      {
        category: 'massage-sex',
        term: 'massasje',
        match: 'massasje',
        start: 3,
        end: 11,
        weight: 2,
      },
    ],
    contacts: [{ type: 'phone', value: phone, start: at, end: at + phone.length }, ...mail],
    savedAt: `2026-03-0${n}T12:00:00.000Z`,
    note: '',
  };
};
const ENTRIES = [
  ad(1, '+4791234567', 'one.example'),
  ad(2, '+4791234567', 'two.example'),
  ad(3, '+4798765432', 'one.example'),
];
const FILE = (entries: unknown[]) => logFile(entries);

const importFile = (page: Page, file: ReturnType<typeof FILE>) =>
  page.setInputFiles('[data-testid=import-file]', file);
const status = (page: Page) => page.locator('.message-slot').innerText();
async function download(page: Page, name: string): Promise<string> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync((await d.path())!, 'utf8');
}

describe('research log in real Chromium (IndexedDB)', () => {
  let b: ExtensionBrowser;
  let exported = '';
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('imports three ads, groups the two sharing a phone, and keeps an edited note', async () => {
    const panel = await b.context.newPage();
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await panel.locator('.log.compact .empty').waitFor();
    const page = await openLog(b);
    await importFile(page, FILE(ENTRIES));
    // The open side panel follows the change without a reload.
    await expect.poll(() => panel.locator('article.entry').count()).toBe(3);
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.screenshot({ path: shotPath('log-sidepanel.png') });
    await expect.poll(() => status(page)).toContain('Imported: 3 new, 0 already there, 0 refused.');
    const row = page.locator('tr[data-contact="+4791234567"]');
    await expect.poll(() => row.locator('td').first().innerText()).toBe('2');
    expect(await row.locator('td').nth(1).innerText()).toBe('one.example, two.example');
    expect(await page.locator('tr[data-contact="+4798765432"]').count()).toBe(0);
    expect(await page.locator('svg.groups-drawing .ad circle').count()).toBe(2);
    expect(await page.locator('article.entry').count()).toBe(3);

    const first = page.locator('article.entry', { hasText: 'Massasje 1' });
    await first.getByLabel('Note').fill('Same number as ad 2 – follow up');
    await first.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => first.getByRole('status').innerText()).toBe('Note saved.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a hostile file record by record, never duplicates, loses nothing', async () => {
    const page = await openLog(b);
    const hostile = [
      ENTRIES[0],
      { ...ENTRIES[1], url: 'javascript:alert(1)' },
      { ...ENTRIES[2], level: 'x' },
      42,
    ];
    await importFile(page, FILE(hostile));
    await expect.poll(() => status(page)).toContain('Imported: 0 new, 1 already there, 3 refused.');
    expect(await status(page)).toContain('Record 2: url must be http or https');
    await importFile(page, { ...FILE([]), buffer: Buffer.from('{not json') });
    await expect.poll(() => status(page)).toContain('The file was not imported: Not a JSON file');
    expect(await page.locator('article.entry').count()).toBe(3);
  });

  it('shows a clear message on a quota error and saves nothing half-way', async () => {
    const page = await openLog(b);
    // The second write of the import fails as a full disk would.
    await page.evaluate(() => {
      const add = IDBObjectStore.prototype.add;
      let calls = 0;
      IDBObjectStore.prototype.add = function (...args: Parameters<typeof add>) {
        if (++calls === 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return add.apply(this, args);
      };
    });
    await importFile(
      page,
      FILE([ad(4, '+4791111111', 'x.example'), ad(5, '+4792222222', 'x.example')]),
    );
    await expect
      .poll(() => status(page))
      .toContain('Storage is full. Nothing new was saved, and saved ads are unchanged.');
    await page.reload();
    await page.locator('article.entry').first().waitFor();
    expect(await page.locator('article.entry').count()).toBe(3);
  });

  it('finds everything again after a browser restart with the same profile', async () => {
    await b.close({ keepProfile: true });
    b = await launchWithExtension(b.profileDir);
    const page = await openLog(b);
    await page.locator('article.entry').first().waitFor();
    expect(await page.locator('article.entry').count()).toBe(3);
    const first = page.locator('article.entry', { hasText: 'Massasje 1' });
    expect(await first.getByLabel('Note').inputValue()).toBe('Same number as ad 2 – follow up');
    expect(await page.locator('tr[data-contact="+4791234567"] td').first().innerText()).toBe('2');
  });

  it('exports JSON and CSV', async () => {
    const page = await openLog(b);
    await page.locator('article.entry').first().waitFor();
    exported = await download(page, 'Export JSON');
    const json = JSON.parse(exported);
    expect(json).toMatchObject({ format: 'lykt-log', version: 1 });
    expect(json.entries).toHaveLength(3);
    expect(json.entries.find((e: { title: string }) => e.title === 'Massasje 1').note).toBe(
      'Same number as ad 2 – follow up',
    );
    const csv = await download(page, 'Export CSV');
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"id","savedAt","site","url","title","context","level","score","categories","terms","phones","emails","note","investigations","text"',
    );
    expect(lines).toHaveLength(4);
    expect(csv).toContain(`,"'+4791234567",`); // formula guard on a leading +
  });

  it('imports the export into a fresh profile and gets the same log', async () => {
    const fresh = await launchWithExtension();
    try {
      const page = await openLog(fresh);
      await importFile(page, {
        name: 'export.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      await expect
        .poll(() => status(page))
        .toContain('Imported: 3 new, 0 already there, 0 refused.');
      const again = JSON.parse(await download(page, 'Export JSON'));
      expect(again.entries).toEqual(JSON.parse(exported).entries);

      // A chain: ad 6 shares a phone with ad 3 and an e-mail with ad 7, so all three form one group.
      const chain = [
        ad(6, '+4798765432', 'three.example', 'booking@mail.example'),
        ad(7, '+4790000007', 'two.example', 'booking@mail.example'),
      ];
      await importFile(page, FILE(chain));
      await expect.poll(() => page.locator('svg.groups-drawing .band').count()).toBe(2);
      expect(await page.locator('svg.groups-drawing .ad circle').count()).toBe(5);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: shotPath('log.png'), fullPage: true });
    } finally {
      await fresh.close();
    }
  });
});
