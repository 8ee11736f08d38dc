/**
 * Web Worker: clusters the log's entries off the page's thread, so the log page and the side
 * panel never block while 20,000 ads are shingled. Keeps each ad's shingles by id between
 * calls, so the page sends an ad's text only the first time (ids hash url + text: an id never
 * changes its text). It also lays out the network drawing (network-layout.ts). Protocol: see cluster-protocol.ts.
 */
import { clusterAds, type Prepared } from './clusters';
import { layoutNetwork } from './network-layout';
import type { ClusterReply, ClusterRequest } from './cluster-protocol';

const cache = new Map<string, Prepared>();
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ClusterRequest>) => void) | null;
  postMessage(m: ClusterReply): void;
};

scope.onmessage = ({ data }) => {
  try {
    const t0 = performance.now();
    const missing = data.ads.filter((a) => a.text === undefined && !cache.has(a.id));
    if (missing.length) throw new Error(`no text for ${missing.length} ads`);
    const ads = data.ads.map((a) => ({ id: a.id, contacts: a.contacts, text: a.text ?? '' }));
    const clusters = clusterAds(ads, { cache });
    // Deleted entries leave the cache (a long session must not keep their shingles).
    if (cache.size > ads.length) {
      const live = new Set(ads.map((a) => a.id));
      for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
    }
    const network = layoutNetwork(clusters);
    scope.postMessage({ seq: data.seq, ok: true, clusters, network, ms: performance.now() - t0 });
  } catch (err) {
    scope.postMessage({ seq: data.seq, ok: false, error: String((err as Error)?.message ?? err) });
  }
};
