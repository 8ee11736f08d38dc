import { describe, expect, it } from 'vitest';
import { contactGroups, contactSummaries } from '../../log/group';
import { filterEntries, sitesOf } from '../../log/filter';
import { email, entry, phone } from './log-fixtures';

describe('contact links', () => {
  const a = entry({
    id: 'a',
    site: 'one.no',
    savedAt: '2026-01-01T00:00:00.000Z',
    contacts: [phone('+4791234567')],
  });
  const b = entry({
    id: 'b',
    site: 'two.no',
    savedAt: '2026-01-03T00:00:00.000Z',
    contacts: [phone('+4791234567'), email('x@y.no')],
  });
  const c = entry({
    id: 'c',
    site: 'two.no',
    savedAt: '2026-01-02T00:00:00.000Z',
    contacts: [email('x@y.no')],
  });
  const lone = entry({ id: 'd', contacts: [phone('+4799999999')] });
  const pair1 = entry({ id: 'e', contacts: [email('p@q.se'), email('p@q.se')] });
  const pair2 = entry({ id: 'f', contacts: [email('p@q.se')] });

  it('summarises each contact seen in two or more ads', () => {
    const s = contactSummaries([a, b, c, lone]);
    expect(s.map((x) => x.value)).toEqual(['+4791234567', 'x@y.no']);
    expect(s[0]).toEqual({
      type: 'phone',
      value: '+4791234567',
      entryIds: ['a', 'b'],
      sites: ['one.no', 'two.no'],
      urls: [a.url, b.url].sort(),
      first: a.savedAt,
      last: b.savedAt,
    });
  });

  it('counts an ad once even if it repeats a contact', () => {
    expect(contactSummaries([pair1, pair2])[0]!.entryIds).toEqual(['e', 'f'].sort());
  });

  it('joins chains of shared contacts into one group, largest first, oldest entry first', () => {
    const g = contactGroups([pair1, a, b, c, lone, pair2]);
    expect(g).toHaveLength(2);
    expect(g[0]!.entryIds).toEqual(['a', 'c', 'b']);
    expect(g[0]!.contacts.map((x) => x.value).sort()).toEqual(['+4791234567', 'x@y.no']);
    expect(g[1]!.entryIds.sort()).toEqual(['e', 'f']);
  });

  it('finds no groups when nothing is shared', () => {
    expect(contactGroups([lone, entry()])).toEqual([]);
  });
});

describe('filter and sort', () => {
  const x = entry({
    id: 'x',
    site: 'a.no',
    level: 'high',
    score: 9,
    savedAt: '2026-02-10T08:00:00.000Z',
    title: 'Thai massage',
    note: 'følg opp',
  });
  const y = entry({
    id: 'y',
    site: 'b.no',
    level: 'low',
    score: 1,
    savedAt: '2026-02-12T08:00:00.000Z',
    indicators: [{ category: 'labour', term: 'cash', match: 'Ad', start: 0, end: 2, weight: 1 }],
  });
  const z = entry({
    id: 'z',
    site: 'a.no',
    level: 'medium',
    score: 5,
    savedAt: '2026-02-11T08:00:00.000Z',
    contacts: [phone('+4790000000')],
  });
  const all = [x, y, z];
  const ids = (es: { id: string }[]) => es.map((e) => e.id);

  it('sorts newest, oldest, by level and by site', () => {
    expect(ids(filterEntries(all, {}))).toEqual(['y', 'z', 'x']);
    expect(ids(filterEntries(all, {}, 'oldest'))).toEqual(['x', 'z', 'y']);
    expect(ids(filterEntries(all, {}, 'level'))).toEqual(['x', 'z', 'y']);
    expect(ids(filterEntries(all, {}, 'site'))).toEqual(['z', 'x', 'y']);
  });

  it('filters by category, minimum level, site and date range', () => {
    expect(ids(filterEntries(all, { category: 'labour' }))).toEqual(['y']);
    expect(ids(filterEntries(all, { minLevel: 'medium' }))).toEqual(['z', 'x']);
    expect(ids(filterEntries(all, { site: 'a.no' }))).toEqual(['z', 'x']);
    expect(ids(filterEntries(all, { from: '2026-02-11', to: '2026-02-11' }))).toEqual(['z']);
  });

  it('searches title, note and contacts, all words, ignoring case', () => {
    expect(ids(filterEntries(all, { query: 'THAI' }))).toEqual(['x']);
    expect(ids(filterEntries(all, { query: 'Følg OPP' }))).toEqual(['x']);
    expect(ids(filterEntries(all, { query: '+4790000000' }))).toEqual(['z']);
    expect(ids(filterEntries(all, { query: 'thai nothing' }))).toEqual([]);
  });

  it('lists distinct sites', () => expect(sitesOf(all)).toEqual(['a.no', 'b.no']));
});

describe('drawing layout', () => {
  it('puts each group in its own band with an edge per shared contact and ad', async () => {
    const { layoutGroups } = await import('../../log/graph-layout');
    const a = entry({ id: 'a', contacts: [phone('+471')] });
    const b = entry({ id: 'b', contacts: [phone('+471'), email('m@n.no')] });
    const c = entry({ id: 'c', contacts: [email('m@n.no')] });
    const d = entry({ id: 'd', contacts: [phone('+472')] });
    const e = entry({ id: 'e', contacts: [phone('+472')] });
    const all = [a, b, c, d, e];
    const l = layoutGroups(contactGroups(all), all);
    expect(l.bands).toHaveLength(2);
    expect(l.nodes.filter((n) => n.kind === 'ad')).toHaveLength(5);
    expect(l.nodes.filter((n) => n.kind === 'contact')).toHaveLength(3);
    expect(l.edges).toHaveLength(6);
    // Nothing overlaps: nodes of one column have distinct y, all inside the drawing.
    for (const kind of ['ad', 'contact'] as const) {
      const ys = l.nodes.filter((n) => n.kind === kind).map((n) => n.y);
      expect(new Set(ys).size).toBe(ys.length);
    }
    expect(l.nodes.every((n) => n.y > 0 && n.y < l.height)).toBe(true);
  });
});

describe('drawing layout width', () => {
  it('keeps every node inside a narrow side-panel drawing', async () => {
    const { layoutGroups } = await import('../../log/graph-layout');
    const long = 'A very long ad title that would run off the edge of the panel';
    const all = [
      entry({
        id: 'p',
        title: long,
        contacts: [phone('+4791234567'), email('a-very-long-address@some-mail.example')],
      }),
      entry({
        id: 'q',
        title: long,
        contacts: [phone('+4791234567'), email('a-very-long-address@some-mail.example')],
      }),
    ];
    const l = layoutGroups(contactGroups(all), all, 340);
    expect(l.width).toBe(340);
    for (const n of l.nodes.filter((x) => x.kind === 'ad')) {
      expect(n.x + 14 + n.label.length * 6.5).toBeLessThanOrEqual(340);
    }
    // Contact labels end at x - 8 and must fit inside their box, which starts at 6.
    for (const n of l.nodes.filter((x) => x.kind === 'contact')) {
      expect(n.x - 8 - n.label.length * 7).toBeGreaterThanOrEqual(6);
    }
  });
});
