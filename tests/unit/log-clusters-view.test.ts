// @vitest-environment jsdom
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { clusterView, logClusters } from '../../log/cluster-view';
import { clusterAds } from '../../log/clusters';
import { exportJson } from '../../log/export';
import { exportEdgesCsv, exportGraphml, exportNodesCsv } from '../../log/graph-export';
import { parseImport } from '../../log/import';
import { entryId } from '../../log/id';
import type { LogEntry } from '../../log/types';
import { entry, phone } from './log-fixtures';

const TEMPLATE = (name: string, city: string) =>
  `Hi gentlemen, I am ${name}, new in ${city} for a few days only. Sweet and discreet, ` +
  'incall and outcall, available late, private apartment near the station, call or text anytime.';

async function log(): Promise<LogEntry[]> {
  const raw = [
    entry({
      title: 'Anna <b>&',
      text: TEMPLATE('Anna', 'Oslo'),
      savedAt: '2026-03-01T10:00:00.000Z',
      site: 'a.example',
    }),
    entry({
      title: 'Bella',
      text: TEMPLATE('Bella', 'Bergen'),
      savedAt: '2026-03-01T18:00:00.000Z',
      site: 'b.example',
    }),
    entry({
      title: 'Thai',
      text: 'Thai massage in the city, call for a time.',
      contacts: [phone('+4791234567')],
      savedAt: '2026-03-03T10:00:00.000Z',
    }),
    entry({
      title: 'Mia \u0001',
      text: TEMPLATE('Mia', 'Drammen'),
      contacts: [phone('+4791234567')],
      savedAt: '2026-03-04T10:00:00.000Z',
      site: 'a.example',
    }),
    entry({
      title: 'Sofa',
      text: 'A red sofa for sale, two years old, pick up in Trondheim today.',
    }),
  ];
  return Promise.all(raw.map(async (e) => ({ ...e, id: await entryId(e.url, e.text) })));
}

describe('cluster view', () => {
  it('gives the timeline, sites, contacts, links and the template with differing words', async () => {
    const es = await log();
    const [c, ...rest] = logClusters(es);
    expect(rest).toEqual([]);
    const v = clusterView(c!, new Map(es.map((e) => [e.id, e])));
    expect(v.entries.map((e) => e.title)).toEqual(['Anna <b>&', 'Bella', 'Thai', 'Mia \u0001']);
    expect([v.first, v.last]).toEqual(['2026-03-01T10:00:00.000Z', '2026-03-04T10:00:00.000Z']);
    expect(v.perDay).toEqual([
      { day: '2026-03-01', count: 2 },
      { day: '2026-03-03', count: 1 },
      { day: '2026-03-04', count: 1 },
    ]);
    expect(v.sites).toEqual(['a.example', 'ads.example', 'b.example']);
    expect(v.contacts).toEqual([{ type: 'phone', value: '+4791234567', count: 2 }]);
    expect(v.links.map((l) => l.reason.kind).sort()).toEqual(['phone', 'text', 'text']);
    const marked = v.template!.tokens.filter((t) => t.differs).map((t) => t.text);
    expect(v.template!.others).toBe(2);
    expect(marked.length).toBeGreaterThanOrEqual(2); // the name and the city of the base ad
    expect(marked.length).toBeLessThanOrEqual(4);
    expect(v.template!.tokens.map((t) => t.text).join('')).toBe(v.template!.base.text);
  });

  it('an exported investigation imports back to the same clusters', async () => {
    const es = await log();
    const parsed = await parseImport(exportJson(es));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(clusterAds(parsed.entries)).toEqual(clusterAds(es));
  });
});

describe('network export', () => {
  it('writes GraphML that an XML parser reads back, with every link and its reason', async () => {
    const es = await log();
    const clusters = logClusters(es);
    const doc = new DOMParser().parseFromString(exportGraphml(clusters, es), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('node')).toHaveLength(4);
    const edges = [...doc.getElementsByTagName('edge')];
    expect(edges).toHaveLength(3);
    const reasons = edges.map((e) => e.querySelector('data[key=reason]')!.textContent);
    expect(reasons).toContain('same phone +4791234567');
    const labels = [...doc.querySelectorAll('node data[key=label]')].map((d) => d.textContent);
    expect(labels).toContain('Anna <b>&');
    expect(labels).toContain('Mia \ufffd'); // a control character XML forbids is replaced
  });

  it('writes CSV node and edge lists for Gephi', async () => {
    const es = await log();
    const clusters = logClusters(es);
    const nodes: string[][] = parse(exportNodesCsv(clusters, es), { bom: true });
    expect(nodes[0]).toEqual(['Id', 'Label', 'Cluster', 'Site', 'Url', 'SavedAt', 'Level']);
    expect(nodes).toHaveLength(5);
    const edges: string[][] = parse(exportEdgesCsv(clusters), { bom: true });
    expect(edges[0]!.slice(0, 3)).toEqual(['Source', 'Target', 'Type']);
    expect(edges).toHaveLength(4);
    const ids = new Set(nodes.slice(1).map((r) => r[0]));
    for (const r of edges.slice(1)) expect(ids.has(r[0]) && ids.has(r[1])).toBe(true);
  });
});
