/**
 * The clusters as GEXF 1.3, Gephi's own format, beside GraphML: nodes are ads (label, site, url,
 * date, level, cluster, places), edges are links with their kind and reason as label. Written
 * by hand like the GraphML (graph-export.ts): a few fixed elements and its XML escaping.
 */
import type { Cluster } from './clusters';
import { reasonText } from './clusters';
import { xml } from './graph-export';
import { placesOf } from './places';
import type { LogEntry } from './types';

const NODE_ATTRS = [
  ['site', 'string'],
  ['url', 'string'],
  ['savedAt', 'string'],
  ['level', 'string'],
  ['cluster', 'integer'],
  ['places', 'string'],
] as const;
const EDGE_ATTRS = [
  ['kind', 'string'],
  ['value', 'string'],
  ['similarity', 'double'],
] as const;

export function exportGexf(clusters: readonly Cluster[], entries: readonly LogEntry[]): string {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const attrs = (cls: string, list: readonly (readonly [string, string])[]) => [
    `    <attributes class="${cls}">`,
    ...list.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
  ];
  const values = (v: Record<string, string | number>) => [
    '        <attvalues>',
    ...Object.entries(v).map(([k, x]) => `          <attvalue for="${k}" value="${xml(x)}"/>`),
    '        </attvalues>',
  ];
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta>',
    '    <creator>Lykt</creator>',
    '    <description>Clusters of saved ads: a reason to look closer, never proof.</description>',
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    ...attrs('node', NODE_ATTRS),
    ...attrs('edge', EDGE_ATTRS),
    '    <nodes>',
  ];
  clusters.forEach((c, i) => {
    for (const id of c.ids) {
      const e = byId.get(id);
      if (!e) continue;
      out.push(`      <node id="${xml(e.id)}" label="${xml(e.title || e.site)}">`);
      out.push(
        ...values({
          site: e.site,
          url: e.url,
          savedAt: e.savedAt,
          level: e.level,
          cluster: i + 1,
          places: placesOf(e).join('; '),
        }),
      );
      out.push('      </node>');
    }
  });
  out.push('    </nodes>', '    <edges>');
  let n = 0;
  for (const c of clusters)
    for (const l of c.links) {
      const r = l.reason;
      out.push(
        `      <edge id="e${n++}" source="${xml(l.a)}" target="${xml(l.b)}" label="${xml(reasonText(r))}">`,
      );
      out.push(
        ...values(
          r.kind === 'text'
            ? { kind: r.kind, similarity: r.similarity }
            : { kind: r.kind, value: r.value },
        ),
      );
      out.push('      </edge>');
    }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
