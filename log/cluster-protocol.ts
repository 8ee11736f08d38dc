/** Messages between the log page and its clustering worker (cluster-worker.ts). */
import type { Cluster, ClusterAd } from './clusters';
import type { NetLayout } from './network-layout';

export interface ClusterRequest {
  seq: number;
  /** `text` is left out for ads the worker has already seen (it keeps their shingles). */
  ads: (Omit<ClusterAd, 'text'> & { text?: string })[];
}

export type ClusterReply =
  | { seq: number; ok: true; clusters: Cluster[]; network: NetLayout; ms: number }
  | { seq: number; ok: false; error: string };
