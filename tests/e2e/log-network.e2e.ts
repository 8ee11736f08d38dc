import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { logFile, openLog } from './log-support';
import { axeViolations } from './pages-axe';
import { shotPath } from '../screenshots/dir';

// Issue 18: the network drawing at hundreds of ads (40 template clusters, some sharing phones),
// laid out in the worker; readable, keyboard-reachable, each link says why on focus.
const WORDS = (
  'sweet discreet incall outcall visit hotel apartment station private relax massage warm ' +
  'service friendly new city young lady elegant charming real photos call text weekend night ' +
  'day open clean quiet centre parking shower drinks smile gentle happy time book now hours ' +
  'only few days available welcome gentlemen tourists business meet lovely beautiful soft'
).split(' ');
let seed = 3;
const rnd = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
const LEVELS = ['none', 'low', 'medium', 'high'];
const entries: object[] = [];
for (let g = 0; g < 40; g++) {
  const base = Array.from({ length: 40 }, () => WORDS[rnd(WORDS.length)]);
  const size = 2 + (g % 13);
  const phone = g % 3 === 0 ? `+47900${String(g).padStart(5, '0')}` : undefined;
  for (let k = 0; k < size; k++) {
    const words = [...base];
    words[rnd(40)] = `name${k}`;
    words[rnd(40)] = `place${k}`;
    const body = `Group ${g} ${words.join(' ')}`;
    const text = phone && k % 2 === 0 ? `${body} ${phone}` : body;
    const at = text.length - (phone?.length ?? 0);
    entries.push({
      url: `https://net${g % 5}.example/ad/${g}-${k}`,
      site: `net${g % 5}.example`,
      title: `G${g} ad ${k}`,
      text,
      context: 'escort',
      level: LEVELS[rnd(4)],
      score: 1,
      indicators: [],
      contacts:
        phone && k % 2 === 0 ? [{ type: 'phone', value: phone, start: at, end: text.length }] : [],
      savedAt: new Date(Date.UTC(2026, 2, 1) + (g * 20 + k) * 3_600_000).toISOString(),
      note: '',
    });
  }
}

describe('network drawing of the clusters', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('draws hundreds of ads, explains each link on focus, has a table of links; 0 axe', async () => {
    const page = await openLog(b, 'English');
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.setInputFiles('[data-testid=import-file]', logFile(entries, 'net.json'));
    await page.getByRole('heading', { name: 'Network' }).waitFor({ timeout: 60_000 });
    const nodes = page.locator('svg.net .net-node');
    expect(await nodes.count()).toBe(entries.length);
    // Every ad carries its level as a letter, not colour alone.
    const letters = await page.locator('svg.net .net-node text').allTextContents();
    expect(new Set(letters)).toEqual(new Set(['H', 'M', 'L', '–']));
    // Readable: no two ads overlap.
    const pos = await nodes.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2, r.width] as const;
      }),
    );
    let overlaps = 0;
    for (let i = 0; i < pos.length; i++)
      for (let j = i + 1; j < pos.length; j++)
        if (Math.hypot(pos[i]![0] - pos[j]![0], pos[i]![1] - pos[j]![1]) < pos[i]![2] * 0.9)
          overlaps++;
    expect(overlaps).toBe(0);

    // Keyboard: one tab stop into the drawing, arrow keys move, the caption says why.
    await nodes.first().focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-i'));
    expect(focused).toBe('1');
    const caption = await page.locator('.net-caption').innerText();
    expect(caption).toMatch(
      /level .+, cluster \d+\. Linked to: .+\((\d+ % same text|same phone .+)\)/,
    );
    expect(await page.locator('svg.net .net-reason').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.net [tabindex="0"]').count()).toBe(1);

    await page.locator('.network').screenshot({ path: shotPath('log-network-en.png') });
    await page.getByText('The links as a table').click();
    expect(await page.locator('.net-table tbody tr').count()).toBeGreaterThan(entries.length / 2);
    expect(await axeViolations(page)).toEqual([]);
  });
});
