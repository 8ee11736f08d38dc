/**
 * Layout for the drawing of contact groups: one band per group, its shared contacts in the
 * left column, its ads in the right, a line for each "this ad carries this contact".
 * Pure and deterministic, so it is tested without a DOM.
 */
import type { ContactGroup } from './group';
import type { LogEntry } from './types';

export interface GraphNode {
  key: string;
  kind: 'contact' | 'ad';
  x: number;
  y: number;
  label: string;
  sub: string;
}
export interface GraphEdge {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface GraphLayout {
  width: number;
  height: number;
  bands: { y: number; height: number }[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const GRAPH = { width: 640, row: 44, pad: 14, contactX: 170, maxGroups: 20 } as const;

const short = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** `width` shrinks for the side panel: ads move left and their labels get shorter. */
export function layoutGroups(
  groups: readonly ContactGroup[],
  entries: readonly LogEntry[],
  width: number = GRAPH.width,
): GraphLayout {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out: GraphLayout = { width, height: 0, bands: [], nodes: [], edges: [] };
  const contactX = Math.min(GRAPH.contactX, Math.round(width * 0.42));
  const contactChars = Math.floor((contactX - 14) / 7);
  const adX = Math.max(contactX + 50, Math.round(width * 0.56));
  const chars = Math.max(10, Math.floor((width - adX - 20) / 6.5));
  let top = 0;
  for (const [gi, g] of groups.slice(0, GRAPH.maxGroups).entries()) {
    const rows = Math.max(g.contacts.length, g.entryIds.length);
    const height = rows * GRAPH.row + GRAPH.pad * 2;
    out.bands.push({ y: top, height });
    const rowY = (i: number, n: number) =>
      top + GRAPH.pad + (rows - n) * (GRAPH.row / 2) + i * GRAPH.row + GRAPH.row / 2;
    const pos = new Map<string, { x: number; y: number }>();
    g.entryIds.forEach((id, i) => {
      const e = byId.get(id);
      const key = `g${gi}:ad:${id}`;
      const p = { x: adX, y: rowY(i, g.entryIds.length) };
      pos.set(id, p);
      out.nodes.push({
        key,
        kind: 'ad',
        ...p,
        label: short(e?.title || e?.site || id, chars),
        // The sub-line is set smaller (10.5px vs 12px), so it may hold a few more characters.
        sub: short(`${e?.site ?? ''} · ${e?.savedAt.slice(0, 10) ?? ''}`, Math.floor(chars * 1.1)),
      });
    });
    g.contacts.forEach((c, i) => {
      const p = { x: contactX, y: rowY(i, g.contacts.length) };
      const key = `g${gi}:contact:${c.value}`;
      out.nodes.push({
        key,
        kind: 'contact',
        ...p,
        label: short(c.value, contactChars),
        sub: c.type,
      });
      for (const id of c.entryIds) {
        const a = pos.get(id)!;
        out.edges.push({ from: key, to: `g${gi}:ad:${id}`, x1: p.x, y1: p.y, x2: a.x, y2: a.y });
      }
    });
    top += height;
  }
  out.height = top;
  return out;
}
