import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { logFile, openLog } from './log-support';
import { axeViolations } from './pages-axe';
import { shotPath } from '../screenshots/dir';

// Issue 18: clusters in the log page, in real Chromium with the built extension.
const TEMPLATE = (name: string, city: string) =>
  `Hi gentlemen, I am ${name}, new in ${city} for a few days only. Sweet and discreet, ` +
  'incall and outcall, available late, private apartment near the station, call or text anytime.';
const ad = (n: number, text: string, site: string, phone?: string) => {
  const at = phone ? text.length + 1 : 0;
  return {
    url: `https://${site}/ad/${n}`,
    site,
    title: `Ad ${n}`,
    text: phone ? `${text} ${phone}` : text,
    context: 'escort',
    level: 'medium',
    score: 3,
    indicators: [],
    contacts: phone ? [{ type: 'phone', value: phone, start: at, end: at + phone.length }] : [],
    savedAt: `2026-03-0${Math.min(9, n)}T12:00:00.000Z`,
    note: '',
  };
};
const ENTRIES = [
  ad(1, TEMPLATE('Anna', 'Oslo'), 'one.example'),
  ad(2, TEMPLATE('Bella', 'Bergen'), 'two.example'),
  ad(3, TEMPLATE('Mia', 'Drammen'), 'one.example', '+4791234567'),
  ad(4, 'Thai massage in the city centre, call for a time.', 'three.example', '+4791234567'),
  ad(5, 'A red sofa for sale, two years old, pick up in Trondheim today.', 'one.example'),
];

describe('clusters in the research log', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('shows a cluster with its reasons, timeline and template; keyboard; 0 axe; GraphML', async () => {
    const page = await openLog(b, 'English');
    await page.setInputFiles('[data-testid=import-file]', logFile(ENTRIES));
    await page.getByRole('heading', { name: 'Clusters' }).waitFor();
    // Clusters come from a worker: wait for them.
    await expect.poll(() => page.locator('li.cluster').count()).toBe(1);
    await expect.poll(() => page.locator('li.cluster').getAttribute('data-size')).toBe('4');
    // Open it with the keyboard.
    await page.locator('li.cluster summary').focus();
    await page.keyboard.press('Enter');
    const links = await page.locator('.cluster-links li').allInnerTexts();
    expect(links).toHaveLength(3);
    expect(links, JSON.stringify(links)).toContainEqual(
      expect.stringMatching(/Ad [34] – Ad [34]: same phone \+4791234567/),
    );
    expect(links.filter((l) => /: \d+ % same text$/.test(l))).toHaveLength(2);
    expect(await page.locator('.template mark').count()).toBeGreaterThan(0);
    // Place names from the texts ("new in Oslo", "new in Bergen", "new in Drammen").
    expect(await page.locator('.cluster .places').innerText()).toMatch(
      /Bergen \(1\).*Drammen \(1\).*Oslo \(1\)/,
    );
    expect(await page.locator('.clusters').innerText()).toContain('never proof');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.clusters').screenshot({ path: shotPath('log-cluster-en.png') });

    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export network (GraphML)' }).click(),
    ]);
    const graphml = readFileSync((await d.path())!, 'utf8');
    expect(graphml.match(/<node /g)).toHaveLength(4);
    expect(graphml.match(/<edge /g)).toHaveLength(3);
    const [g] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export network (GEXF)' }).click(),
    ]);
    const gexf = readFileSync((await g.path())!, 'utf8');
    expect(gexf.match(/<node /g)).toHaveLength(4);
    expect(gexf.match(/<edge /g)).toHaveLength(3);

    const nb = await openLog(b, 'Norsk');
    await nb.getByRole('heading', { name: 'Klynger' }).waitFor();
    await nb.locator('li.cluster summary').click();
    expect(await nb.locator('.clusters').innerText()).toContain('aldri et bevis');
    expect(await axeViolations(nb)).toEqual([]);
    await nb.screenshot({ path: shotPath('log-page-nb.png'), fullPage: true });
  });

  it('keeps a 2,000-entry log light: a virtualised list, the last entry reachable', async () => {
    const page = await openLog(b, 'English');
    const many = Array.from({ length: 2000 }, (_, i) =>
      ad(
        100 + i,
        `Ad text number ${i}: ${i % 2 ? 'massage' : 'sofa'} with words ${i * 7}.`,
        'big.example',
      ),
    );
    const t0 = Date.now();
    await page.setInputFiles('[data-testid=import-file]', logFile(many, 'many.json'));
    await page.getByRole('heading', { name: '2005 of 2005 ads' }).waitFor({ timeout: 60_000 });
    console.log(`2,000 entries: imported and listed in ${Date.now() - t0} ms`);
    const rendered = await page.locator('article.entry').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(60);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('article.entry', { hasText: 'Ad 1' }).last().waitFor();
    await page.screenshot({ path: shotPath('log-virtual-end.png') });
    await page.getByLabel('Search').fill('number 1999:');
    await page.getByRole('heading', { name: '1 of 2005 ads' }).waitFor();
    expect(await page.locator('article.entry').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
