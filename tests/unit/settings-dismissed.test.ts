import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  adTextHash,
  forSite,
  MAX_DISMISSED,
  validateDismissed,
  withDismissed,
  type DismissedEntry,
} from '../../settings/dismissed';
import { addDismissed, listDismissed, removeDismissed } from '../../settings/dismissed-store';

const ad = (site: string, text: string, at = 1): DismissedEntry => ({
  kind: 'ad',
  site,
  hash: adTextHash(text),
  title: 'Massasje',
  at,
});

describe('not-a-concern list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hashes the text with spacing folded, and tells different texts apart', () => {
    expect(adTextHash('Ny  i byen\n24/7')).toBe(adTextHash(' Ny i byen 24/7 '));
    expect(adTextHash('Ny i byen 24/7')).not.toBe(adTextHash('Ny i byen 24/8'));
    expect(adTextHash('x')).toMatch(/^[0-9a-f]{17,}$/);
  });

  it('adds, lists and undoes entries per site; the same ad or word twice is one entry', async () => {
    await addDismissed(ad('a.example', 'one'));
    await addDismissed(ad('a.example', 'one', 2));
    await addDismissed({ kind: 'term', site: 'a.example', term: 'Tantric', at: 3 });
    await addDismissed({ kind: 'term', site: 'a.example', term: 'tantric ', at: 4 });
    await addDismissed(ad('b.example', 'one'));
    const list = await listDismissed();
    expect(list.map((e) => `${e.kind}:${e.site}:${e.at}`)).toEqual([
      'ad:a.example:2',
      'term:a.example:4',
      'ad:b.example:1',
    ]);
    const a = forSite(list, 'a.example');
    expect([...a.ads]).toEqual([adTextHash('one')]);
    expect([...a.terms]).toEqual(['tantric']);
    expect(forSite(list, 'c.example').ads.size).toBe(0);
    await removeDismissed(list[0]!);
    expect((await listDismissed()).map((e) => e.site)).toEqual(['a.example', 'b.example']);
  });

  it('reads a corrupt stored value as its valid entries, never throws', async () => {
    await fakeBrowser.storage.local.set({
      dismissed: [
        null,
        { kind: 'ad', site: 'x', hash: 'abc', title: 'T'.repeat(500), at: 1 },
        { kind: 'ad', site: '', hash: 'abc', title: '', at: 1 },
        { kind: 'term', site: 'x', term: 5, at: 1 },
        { kind: 'evil', site: 'x', at: 1 },
      ],
    });
    const list = await listDismissed();
    expect(list).toHaveLength(1);
    expect(list[0]!.kind === 'ad' && list[0]!.title.length).toBe(120);
    await fakeBrowser.storage.local.set({ dismissed: 'nonsense' });
    expect(await listDismissed()).toEqual([]);
    expect(validateDismissed({ length: 3 })).toEqual([]);
  });

  it(`keeps at most ${MAX_DISMISSED} entries, dropping the oldest`, () => {
    let list: DismissedEntry[] = [];
    for (let i = 0; i < MAX_DISMISSED + 5; i++) list = withDismissed(list, ad('s', `ad ${i}`, i));
    expect(list).toHaveLength(MAX_DISMISSED);
    expect(list[0]!.at).toBe(5);
  });
});
