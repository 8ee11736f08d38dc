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

/** Space between two ads' centres: their circles and a little air. */
const APART = NET.node * 2.6;

/**
 * noverlap leaves some ads touching (measured: 14 pairs in 500 ads), so a last pass pushes
 * each too-close pair apart until none is left (or 60 rounds; all pairs of one cluster, which
 * the node limit keeps small).
 */
function separate(ps: { x: number; y: number }[]): void {
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++) {
        const [p, q] = [ps[i]!, ps[j]!];
        let [dx, dy] = [q.x - p.x, q.y - p.y];
        let d = Math.hypot(dx, dy);
        if (d >= APART) continue;
        if (d < 1e-6) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1]; // same spot
        const push = (APART - d) / 2 / d + 1e-3;
        p.x -= dx * push;
        p.y -= dy * push;
        q.x += dx * push;
        q.y += dy * push;
        moved = true;
      }
    if (!moved) return;
  }
}

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
    separate([...pos.values()]);
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
  const laid: { ci: number; c: Cluster; one: ReturnType<typeof layoutOne> }[] = [];
  let used = 0;
  clusters.forEach((c, ci) => {
    if (used + c.ids.length > maxNodes) {
      out.omitted++;
      return;
    }
    used += c.ids.length;
    laid.push({ ci, c, one: layoutOne(c) });
  });
  // Never squeezed (that would undo noverlap): a cluster wider than the page widens the drawing,
  // which the page then shows scaled as a whole.
  out.width = Math.max(NET.width, ...laid.map((l) => l.one.w + 2 * NET.gap));
  let x = 0;
  let y = 0;
  let rowH = 0;
  for (const { ci, c, one } of laid) {
    const [w, h] = [one.w + 2 * NET.gap, one.h + 2 * NET.gap];
    if (x > 0 && x + w > out.width) {
      x = 0;
      y += rowH;
      rowH = 0;
    }
    out.boxes.push({ cluster: ci, x, y, width: w, height: h });
    for (const id of c.ids) {
      const p = one.pos.get(id)!;
      out.nodes.push({ id, cluster: ci, x: x + NET.gap + p.x, y: y + NET.gap + p.y });
    }
    for (const l of c.links) out.edges.push({ a: l.a, b: l.b, reason: l.reason });
    x += w;
    rowH = Math.max(rowH, h);
  }
  out.height = y + rowH;
  return out;
}
