/** The network drawing's data and sizes (no layout code: the page imports this, the worker lays out). */
import type { LinkReason } from './clusters';

export interface NetNode {
  id: string;
  /** Index of its cluster in the input (0 = largest). */
  cluster: number;
  x: number;
  y: number;
}
export interface NetEdge {
  a: string;
  b: string;
  reason: LinkReason;
}
export interface NetLayout {
  width: number;
  height: number;
  nodes: NetNode[];
  edges: NetEdge[];
  /** Each drawn cluster's box, for its number label. */
  boxes: { cluster: number; x: number; y: number; width: number; height: number }[];
  /** Clusters left out to stay under `maxNodes` (they are still in the list). */
  omitted: number;
}

export const NET = { width: 960, gap: 28, node: 11, maxNodes: 600 } as const;
