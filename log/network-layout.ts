/**
 * Positions for the network drawing of clusters: each cluster laid out on its own with
 * ForceAtlas2 (graphology; the layout Gephi uses, so the picture matches what a journalist sees
 * after the GraphML export), spread so no two ads overlap (noverlap), then the clusters packed
 * in rows, largest first. Chosen by measurement over d3-force and cytoscape (README, issue 18).
 * Deterministic (start on a circle, no randomness): the same log draws the same picture.
 * Pure TypeScript without DOM: it runs in the clustering worker and in tests.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { Cluster } from './clusters';
import { NET, type NetLayout } from './network-shape';

export { NET, type NetLayout } from './network-shape';

/** One cluster's positions, in a box starting at 0,0. */
function layoutOne(c: Cluster): {
  pos: Map<string, { x: number; y: number }>;
  w: number;
  h: number;
} {
  const n = c.ids.length;
  const pos = new Map<string, { x: number; y: number }>();
  if (n <= 3) {
    c.ids.forEach((id, i) => pos.set(id, { x: i * NET.node * 4, y: (i % 2) * NET.node * 2 }));
  } else {
    const g = new Graph({ type: 'undirected' });
    c.ids.forEach((id, i) => {
      const a = (2 * Math.PI * i) / n;
      g.addNode(id, { x: Math.cos(a) * n * 4, y: Math.sin(a) * n * 4, size: NET.node });
    });
    for (const l of c.links) if (l.a !== l.b) g.mergeEdge(l.a, l.b);
    const settings = {
      ...forceAtlas2.inferSettings(g),
      barnesHutOptimize: n > 200,
      adjustSizes: false,
    };
    forceAtlas2.assign(g, { iterations: n > 200 ? 150 : 300, settings });
    noverlap.assign(g, { maxIterations: 200, settings: { margin: NET.node * 1.6, ratio: 1 } });
    g.forEachNode((id, at) => pos.set(id, { x: at.x as number, y: at.y as number }));
  }
  const xs = [...pos.values()].map((p) => p.x);
  const ys = [...pos.values()].map((p) => p.y);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  for (const p of pos.values()) {
    p.x -= minX;
    p.y -= minY;
  }
  return { pos, w: Math.max(...xs) - minX, h: Math.max(...ys) - minY };
}

/** Lays out the clusters (largest first, as clusterAds returns them) up to `maxNodes` ads. */
export function layoutNetwork(
  clusters: readonly Cluster[],
  maxNodes: number = NET.maxNodes,
): NetLayout {
  const out: NetLayout = {
    width: NET.width,
    height: 0,
    nodes: [],
    edges: [],
    boxes: [],
    omitted: 0,
  };
  let x = 0;
  let y = 0;
  let rowH = 0;
  let used = 0;
  clusters.forEach((c, ci) => {
    if (used + c.ids.length > maxNodes) {
      out.omitted++;
      return;
    }
    used += c.ids.length;
    const one = layoutOne(c);
    // Too wide for a row: scale down to fit (a very large cluster).
    const scale = Math.min(1, (NET.width - 2 * NET.gap) / Math.max(1, one.w));
    const [w, h] = [one.w * scale + 2 * NET.gap, one.h * scale + 2 * NET.gap];
    if (x > 0 && x + w > NET.width) {
      x = 0;
      y += rowH;
      rowH = 0;
    }
    out.boxes.push({ cluster: ci, x, y, width: w, height: h });
    for (const id of c.ids) {
      const p = one.pos.get(id)!;
      out.nodes.push({
        id,
        cluster: ci,
        x: x + NET.gap + p.x * scale,
        y: y + NET.gap + p.y * scale,
      });
    }
    for (const l of c.links) out.edges.push({ a: l.a, b: l.b, reason: l.reason });
    x += w;
    rowH = Math.max(rowH, h);
  });
  out.height = y + rowH;
  return out;
}
