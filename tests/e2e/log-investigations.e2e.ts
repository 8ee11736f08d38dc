/**
 * Investigations (issue 18) against the extension's real IndexedDB and storage in real Chromium:
 * log/investigations.ts, the background's handlers and the popup's AddToInvestigation, bundled
 * (tests/support/idb-harness.ts) and run inside an extension page of the built extension. The
 * user's whole path (content script, real page, popup) is in tests/e2e/investigate.e2e.ts.
 */
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportCsv, exportJson } from '../../log/export';
import { parseImport } from '../../log/import';
import { LIMITS } from '../../log/limits';
import type { AddOutcome } from '../../log/investigations';
import type { LogEntryInput } from '../../log/types';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser';
import { harnessScript, installHarness, type Harness } from '../support/idb-page';
import { adInput as input } from '../unit/log-fixtures';

type Fns = { [K in keyof Harness]: Harness[K] extends (...a: never[]) => unknown ? K : never };
type Name = Fns[keyof Fns];
type Args<K extends Name> = Harness[K] extends (...a: infer A) => unknown ? A : never;
type Result<K extends Name> = Harness[K] extends (...a: never[]) => infer R ? Awaited<R> : never;

let b: ExtensionBrowser;
let page: Page;
/** Calls one harness export inside the extension page (arguments and result cross as JSON). */
const call = <K extends Name>(name: K, ...args: Args<K>): Promise<Result<K>> =>
  page.evaluate(
    ([n, a]) => {
      const fns = (globalThis as unknown as { lykt: Record<string, (...x: unknown[]) => unknown> })
        .lykt;
      return fns[n]!(...a);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<Result<K>>;

/** Playwright's evaluate rejects with the page's error message inside a longer one. */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: Error) => e.message,
  );

const ad = (n: number, level = 'none') => ({
  url: `https://ads.example/ad/${n}`,
  site: 'ads.example',
  title: `Ad ${n}`,
  text: `Ad ${n}: massasje, ring 912 34 56${n}`,
  context: 'massage',
  level,
  score: 0,
  indicators: [],
  contacts: [],
});
let tabIds = 500;
const web = (url = 'https://ads.example/list') => ({
  id: b.extensionId,
  url,
  tab: { id: tabIds++, url },
});
const popup = () => ({ id: b.extensionId, url: `chrome-extension://${b.extensionId}/popup.html` });

beforeAll(async () => {
  const script = await harnessScript();
  b = await launchWithExtension();
  page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await installHarness(page, script);
});
afterAll(async () => {
  await b?.close();
});
beforeEach(async () => {
  await call('deleteLog');
  await call('clearStorage');
  await page.evaluate(() => document.body.replaceChildren());
});

describe('addToInvestigation (log/investigations.ts, real IndexedDB)', () => {
  it('stores new ads (level none too) with the trimmed name, and lists names with counts', async () => {
    const r = await call('addToInvestigation', '  Case Oslo spring ', [
      input(1),
      input(2),
      input(3),
    ]);
    expect(r).toMatchObject({
      name: 'Case Oslo spring',
      merged: [],
      already: 0,
      full: 0,
      repeated: 0,
    });
    expect(r.added).toHaveLength(3);
    // The extension's own database, in its own origin.
    expect(
      await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
    ).toContain('lykt-log');
    await call('addToInvestigation', 'Bergen', [input(3)]);
    const all = await call('listEntries');
    expect(all.map((e) => e.level).sort()).toEqual(['medium', 'none', 'none']);
    expect(await call('listInvestigations')).toEqual([
      { name: 'Bergen', count: 1 },
      { name: 'Case Oslo spring', count: 3 },
    ]);
    expect((await call('investigationEntries', 'Bergen')).map((e) => e.text)).toEqual([
      input(3).text,
    ]);
  });

  it('merges the name into an ad already saved and keeps its note, date and fields', async () => {
    const saved = await call('saveEntry', { ...input(4), note: 'Ring «sjefen» først' });
    await call('addToInvestigation', 'A', [input(5)]);
    const r = await call('addToInvestigation', 'B', [
      { ...input(4), title: 'A changed title', note: 'ignored' },
      input(5),
    ]);
    expect(r.added).toEqual([]);
    expect(r.merged).toHaveLength(2);
    const after = (await call('listEntries')).find((e) => e.id === saved.id)!;
    expect(after).toEqual({ ...saved, investigations: ['B'] });
    expect((await call('listEntries')).find((e) => e.id !== saved.id)!.investigations).toEqual([
      'A',
      'B',
    ]);
    // Once in, adding again changes nothing.
    const again = await call('addToInvestigation', 'B', [input(4), input(4)]);
    expect(again).toMatchObject({ added: [], merged: [], already: 1, repeated: 1 });
  });

  it('a re-save ("Save to log") keeps the investigations; a note edit keeps them', async () => {
    const [id] = (await call('addToInvestigation', 'Case', [input(6)])).added;
    await call('saveEntry', input(6));
    await call('updateNote', id!, 'checked');
    expect((await call('listEntries'))[0]).toMatchObject({
      investigations: ['Case'],
      note: 'checked',
    });
  });

  it('refuses a bad name or a bad ad with a reason and stores nothing (all or nothing)', async () => {
    expect(await refusal(call('addToInvestigation', '   ', [input(7)]))).toContain(
      'Refused: investigation name is empty',
    );
    expect(await refusal(call('addToInvestigation', 'x'.repeat(81), [input(7)]))).toContain(
      'longer than 80 characters',
    );
    expect(await refusal(call('addToInvestigation', 'a\u0000b', [input(7)]))).toContain(
      'control characters',
    );
    expect(
      await refusal(
        call('addToInvestigation', 'ok', [input(7), { ...input(8), url: 'javascript:alert(1)' }]),
      ),
    ).toContain('Refused: url must be http or https');
    expect(await call('listEntries')).toEqual([]);
  });

  it('leaves an ad already in 20 investigations as it is', async () => {
    const names = Array.from({ length: LIMITS.investigations }, (_, i) => `N${i}`);
    await call('addToInvestigation', 'N0', [input(9, { investigations: names })]);
    const r = await call('addToInvestigation', 'One more', [input(9)]);
    expect(r).toMatchObject({ added: [], merged: [], full: 1 });
    expect((await call('listEntries'))[0]!.investigations).toEqual(names);
  });

  it('undo deletes what it created and takes the name off the rest, keeping notes', async () => {
    const kept = await call('saveEntry', { ...input(10), note: 'mine' });
    await call('addToInvestigation', 'Other', [input(11)]);
    const r = await call('addToInvestigation', 'Case', [
      input(10),
      input(11),
      input(12),
      input(13),
    ]);
    expect(r.added).toHaveLength(2);
    expect(r.merged).toHaveLength(2);
    // Meanwhile the user wrote a note on one of the new entries: it must survive the undo.
    await call('updateNote', r.added[1]!, 'looked at this');
    await call('undoAdd', r);
    const after = await call('listEntries');
    expect(after).toHaveLength(3);
    expect(after.find((e) => e.id === kept.id)).toEqual(kept);
    expect(after.find((e) => e.id === r.added[1])).toMatchObject({ note: 'looked at this' });
    expect(after.find((e) => e.id === r.added[1])!.investigations).toBeUndefined();
    expect(after.find((e) => e.id === r.added[0])).toBeUndefined();
    expect(await call('listInvestigations')).toEqual([{ name: 'Other', count: 1 }]);
  });

  it('undo keeps a created entry that got another investigation since, without the name', async () => {
    const r: AddOutcome = await call('addToInvestigation', 'Case', [input(16), input(17)]);
    await call('addToInvestigation', 'Later', [input(17)]);
    await call('undoAdd', r);
    const after = await call('listEntries');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: r.added[1], investigations: ['Later'] });
  });

  it('an investigation survives JSON export and import, and is a CSV column', async () => {
    await call('addToInvestigation', 'Case Oslo', [input(14), input(15)]);
    await call('addToInvestigation', '=cmd|x', [input(15)]);
    const all = await call('listEntries');
    const parsed = await parseImport(exportJson(all));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.entries).toEqual(all);
    expect(all.map((e) => e.investigations).sort()).toEqual([
      ['Case Oslo'],
      ['Case Oslo', '=cmd|x'],
    ]);
    const rows = parse(exportCsv(all), { bom: true }) as string[][];
    const col = rows[0]!.indexOf('investigations');
    // A name is user-written but lands in a spreadsheet: formula-guarded like every cell.
    expect(
      rows
        .slice(1)
        .map((r) => r[col])
        .sort(),
    ).toEqual(['Case Oslo', "Case Oslo; '=cmd|x"]);
  });
});

describe('background handlers (real IndexedDB and extension storage)', () => {
  it('addToInvestigation refuses another sender, a non-web sender, a bad name and a bad ad', async () => {
    const data = { name: 'Case', entry: ad(1) };
    expect(await call('handleAddToInvestigation', data, { ...web(), id: 'other' })).toEqual({
      ok: false,
      error: 'Refused: unknown sender',
    });
    expect(
      await call('handleAddToInvestigation', data, { id: b.extensionId, url: 'file:///x' }),
    ).toEqual({ ok: false, error: 'Refused: not from a web page' });
    expect(await call('handleAddToInvestigation', { ...data, name: ' ' }, web())).toEqual({
      ok: false,
      error: 'Refused: investigation name is empty',
    });
    expect(
      await call(
        'handleAddToInvestigation',
        { name: 'Case', entry: { ...ad(1), level: 'x' } },
        web(),
      ),
    ).toEqual({ ok: false, error: 'Refused: unknown level' });
    expect(await call('handleAddToInvestigation', null, web())).toMatchObject({ ok: false });
    expect(await call('listEntries')).toEqual([]);
  });

  it('takes the site from the tab, remembers the name, and shares "Save to log"’s rate limit', async () => {
    const tab = web('https://real.example/list');
    const t0 = 2_000_000;
    const r = await call('handleAddToInvestigation', { name: ' Case ', entry: ad(1) }, tab, t0);
    expect(r).toMatchObject({ ok: true, name: 'Case', merged: [], already: 0 });
    expect(await call('listEntries')).toMatchObject([
      { site: 'real.example', url: 'https://real.example/list', investigations: ['Case'] },
    ]);
    expect(await call('handleListInvestigations', tab)).toEqual({ names: ['Case'], last: 'Case' });
    expect(await call('handleListInvestigations', { ...tab, id: 'other' })).toEqual({
      names: [],
      last: null,
    });
    for (let i = 0; i < 9; i++) await call('handleSaveToLog', ad(10 + i), tab, t0);
    expect(await call('handleAddToInvestigation', { name: 'Case', entry: ad(2) }, tab, t0)).toEqual(
      { ok: false, error: 'Too many saves from this tab', retryMs: 2000 },
    );
    expect(await call('listEntries')).toHaveLength(10);
  });

  /** handleAddPageToInvestigation with the page's ads given (the page is not asked). */
  const addPage = (data: unknown, sender: unknown, ads: unknown) =>
    page.evaluate(
      async ([data, sender, ads]) => {
        const L = (globalThis as unknown as { lykt: Harness }).lykt;
        let asked = 0;
        const deps = {
          tabUrl: async () => 'https://ads.example/list',
          collect: async () => {
            asked++;
            return ads;
          },
        };
        const reply = await L.handleAddPageToInvestigation(data, sender as never, deps as never);
        return { reply, asked };
      },
      [data, sender, ads] as const,
    );

  it("addPageToInvestigation refuses a web page's content script and a bad name without asking the page", async () => {
    const one = [ad(1)];
    expect(await addPage({ tabId: 1, name: 'C' }, web(), one)).toEqual({
      reply: { ok: false, error: 'Refused: not from a Lykt page' },
      asked: 0,
    });
    expect(await addPage({ tabId: 1, name: '' }, popup(), one)).toEqual({
      reply: { ok: false, error: 'Refused: investigation name is empty' },
      asked: 0,
    });
    expect(await addPage({ tabId: 1 }, popup(), one)).toEqual({
      reply: { ok: false, error: 'Refused: investigation name is not text' },
      asked: 0,
    });
  });

  it('addPageToInvestigation adds every ad of any level, merges saved ones, leaves out "not a concern" and bad ones', async () => {
    const saved = await call('saveEntry', { ...ad(2, 'high'), note: 'keep me' } as LogEntryInput);
    const hash = await call('adTextHash', ad(3).text);
    await call('addDismissed', { kind: 'ad', site: 'ads.example', hash, title: 'Ad 3', at: 1 });
    const ads = [
      ad(1),
      ad(1),
      ad(2, 'high'),
      ad(3),
      { ...ad(4), url: 'javascript:x' },
      ad(5, 'low'),
    ];
    const { reply: r, asked } = await addPage({ tabId: 7, name: 'Oslo' }, popup(), ads);
    expect(asked).toBe(1);
    expect(r).toMatchObject({
      ok: true,
      name: 'Oslo',
      already: 0,
      repeated: 1,
      refused: 1,
      dismissed: 1,
    });
    if (!r.ok) throw new Error(r.error);
    expect(r.added).toHaveLength(2);
    expect(r.merged).toEqual([saved.id]);
    const all = await call('listEntries');
    expect(all.map((e) => e.level).sort()).toEqual(['high', 'low', 'none']);
    expect(all.every((e) => e.investigations?.includes('Oslo'))).toBe(true);
    expect(all.find((e) => e.id === saved.id)).toEqual({ ...saved, investigations: ['Oslo'] });
    expect((await call('handleListInvestigations', popup())).last).toBe('Oslo');
  });

  it('listInvestigations reads the names again after a change from another page (BroadcastChannel)', async () => {
    await call('registerLogHandlers');
    await call('handleAddToInvestigation', { name: 'Case', entry: ad(1) }, web());
    expect((await call('handleListInvestigations', popup())).names).toEqual(['Case']);
    // The log page adds (or imports, deletes): it signals the change, the next list sees it.
    await call('addToInvestigation', 'Other', [ad(2) as LogEntryInput]);
    await expect
      .poll(async () => (await call('handleListInvestigations', popup())).names)
      .toEqual(['Case', 'Other']);
    await call('deleteLog');
    await expect
      .poll(async () => (await call('handleListInvestigations', popup())).names)
      .toEqual([]);
  });
});

describe('popup: add all ads on the page to an investigation (nb)', () => {
  const annonse = (n: number): LogEntryInput => ({
    url: `https://ads.example/ad/${n}`,
    site: 'ads.example',
    title: `Annonse ${n}`,
    text: `Annonse ${n}: massasje i Oslo`,
    context: 'massage',
    level: 'none',
    score: 0,
    indicators: [],
    contacts: [],
  });

  it('fills in the last name, says what it did in bokmål, and undoes', async () => {
    const kept = await call('saveEntry', { ...annonse(1), note: 'mitt notat' });
    await call('addToInvestigation', 'Sak Bergen', [annonse(9)]);
    const ads = [annonse(1), annonse(2), annonse(3), annonse(3)];
    await page.evaluate((ads) => {
      const L = (globalThis as unknown as { lykt: Harness }).lykt;
      const root = document.createElement('main');
      document.body.append(root);
      L.render(
        L.h(L.AddToInvestigation, {
          lang: 'nb',
          count: ads.length,
          load: async () => ({
            names: (await L.listInvestigations()).map((n) => n.name),
            last: 'Sak Bergen',
          }),
          add: async (name: string) => ({
            ok: true as const,
            ...(await L.addToInvestigation(name, ads)),
            refused: 0,
            dismissed: 0,
          }),
        }),
        root,
      );
    }, ads);
    const name = page.getByLabel('Undersøkelse');
    const button = page.locator('button[type=submit]');
    expect(await button.innerText()).toBe('Legg alle 4 annonser på siden til undersøkelsen');
    await expect.poll(() => name.inputValue()).toBe('Sak Bergen');
    expect(
      await page.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).toEqual(['Sak Bergen']);

    await name.fill('  ');
    await button.click();
    await expect
      .poll(() => page.locator('[role=alert]').innerText())
      .toBe('Gi undersøkelsen et navn.');
    expect(await call('listEntries')).toHaveLength(2);

    await name.fill('Sak Oslo');
    await name.press('Enter');
    const status = page.locator('[role=status]');
    await expect
      .poll(() => status.textContent())
      .toBe(
        'La 2 nye til i \u2068Sak Oslo\u2069. 1 lagret fra før fikk navnet (notater beholdt). ' +
          '1 sto to ganger på siden og ble tatt med én gang.Angre',
      );
    expect(await call('listEntries')).toHaveLength(4);

    await page.getByRole('button', { name: 'Angre' }).click();
    await expect.poll(() => status.textContent()).toBe('Angret: \u2068Sak Oslo\u2069 er som før.');
    const after = await call('listEntries');
    expect(after).toHaveLength(2);
    expect(after.find((e) => e.id === kept.id)).toEqual(kept);
  });
});
