/**
 * The clusters as a network for Gephi and spreadsheets: GraphML (nodes are ads, edges are links
 * with their reason) and CSV node and edge lists (Gephi's "Import spreadsheet" columns: Id,
 * Label / Source, Target). A small writer by hand: GraphML is a few fixed elements, and the
 * escaping below (with characters XML 1.0 forbids removed) is all a hostile ad text needs.
 */
import type { Cluster } from './clusters';
import { reasonText } from './clusters';
import { csvRow } from './csv-cell';
import type { LogEntry } from './types';

const INVALID_XML = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
export const xml = (s: string | number): string =>
  String(s)
    .replace(INVALID_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

interface Row {
  entry: LogEntry;
  cluster: number;
}

function rows(clusters: readonly Cluster[], entries: readonly LogEntry[]): Row[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return clusters.flatMap((c, i) =>
    c.ids.flatMap((id) => {
      const entry = byId.get(id);
      return entry ? [{ entry, cluster: i + 1 }] : [];
    }),
  );
}

const NODE_KEYS = ['label', 'site', 'url', 'savedAt', 'level', 'cluster'] as const;
const EDGE_KEYS = ['kind', 'value', 'similarity', 'reason'] as const;

export function exportGraphml(clusters: readonly Cluster[], entries: readonly LogEntry[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(
      (k) =>
        `  <key id="${k}" for="node" attr.name="${k}" attr.type="${k === 'cluster' ? 'int' : 'string'}"/>`,
    ),
    ...EDGE_KEYS.map(
      (k) =>
        `  <key id="${k}" for="edge" attr.name="${k}" attr.type="${k === 'similarity' ? 'double' : 'string'}"/>`,
    ),
    '  <graph id="lykt-clusters" edgedefault="undirected">',
  ];
  for (const { entry: e, cluster } of rows(clusters, entries)) {
    const data = {
      label: e.title || e.site,
      site: e.site,
      url: e.url,
      savedAt: e.savedAt,
      level: e.level,
      cluster,
    };
    out.push(`    <node id="${xml(e.id)}">`);
    for (const k of NODE_KEYS) out.push(`      <data key="${k}">${xml(data[k])}</data>`);
    out.push('    </node>');
  }
  let n = 0;
  for (const c of clusters)
    for (const l of c.links) {
      const r = l.reason;
      out.push(`    <edge id="e${n++}" source="${xml(l.a)}" target="${xml(l.b)}">`);
      out.push(`      <data key="kind">${r.kind}</data>`);
      if (r.kind === 'text') out.push(`      <data key="similarity">${r.similarity}</data>`);
      else out.push(`      <data key="value">${xml(r.value)}</data>`);
      out.push(`      <data key="reason">${xml(reasonText(r))}</data>`);
      out.push('    </edge>');
    }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

export function exportNodesCsv(clusters: readonly Cluster[], entries: readonly LogEntry[]): string {
  const head = csvRow(['Id', 'Label', 'Cluster', 'Site', 'Url', 'SavedAt', 'Level']);
  const body = rows(clusters, entries).map(({ entry: e, cluster }) =>
    csvRow([e.id, e.title || e.site, cluster, e.site, e.url, e.savedAt, e.level]),
  );
  return '\ufeff' + head + body.join('');
}

export function exportEdgesCsv(clusters: readonly Cluster[]): string {
  const head = csvRow(['Source', 'Target', 'Type', 'Kind', 'Value', 'Similarity', 'Reason']);
  const body = clusters.flatMap((c) =>
    c.links.map((l) => {
      const r = l.reason;
      const value = r.kind === 'text' ? '' : r.value;
      const sim = r.kind === 'text' ? r.similarity : '';
      return csvRow([l.a, l.b, 'Undirected', r.kind, value, sim, reasonText(r)]);
    }),
  );
  return '\ufeff' + head + body.join('');
}
