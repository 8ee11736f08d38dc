/**
 * Preact hook: the clusters of some log entries and their network layout, computed in a Web Worker (cluster-worker.ts),
 * so the page stays responsive while 20,000 ads are clustered. `null` until the first result. Where no
 * worker can start, it clusters on the page after the first paint (same result, same code).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClusterReply, ClusterRequest } from '../cluster-protocol';
import { clusterAds, type Cluster, type Prepared } from '../clusters';
import type { NetLayout } from '../network-shape';
import type { LogEntry } from '../types';
// Vite builds the worker as its own file of the extension (no inline blob: the pages' CSP is
// script-src 'self').
import ClusterWorker from '../cluster-worker?worker';

interface Channel {
  worker: Worker | null;
  /** Ids whose text the worker has (it keeps their shingles). */
  sent: Set<string>;
  seq: number;
  cache: Map<string, Prepared>;
}

function startWorker(): Worker | null {
  try {
    return new ClusterWorker();
  } catch {
    return null;
  }
}

export interface ClusterResult {
  clusters: Cluster[];
  network: NetLayout;
}

/** `scope` names what is clustered (an investigation): a new scope clears the old result. */
export function useClusters(entries: readonly LogEntry[] | null, scope = ''): ClusterResult | null {
  const [clusters, setClusters] = useState<ClusterResult | null>(null);
  const ch = useRef<Channel | null>(null);
  const shown = useRef(scope);
  useEffect(() => () => ch.current?.worker?.terminate(), []);

  useEffect(() => {
    if (!entries) return;
    const c = (ch.current ??= {
      worker: typeof Worker === 'function' ? startWorker() : null,
      sent: new Set(),
      seq: 0,
      cache: new Map(),
    });
    const seq = ++c.seq;
    // Within one scope the last result stays up while the next is computed, so open clusters
    // stay open when a note is saved; another investigation starts from "finding clusters".
    if (shown.current !== scope) {
      shown.current = scope;
      setClusters(null);
    }
    const onPage = () => {
      // The layout library loads only here: with a worker it stays out of the page's bundle.
      const timer = setTimeout(async () => {
        const { layoutNetwork } = await import('../network-layout');
        if (seq !== c.seq) return;
        const clusters = clusterAds(entries, { cache: c.cache });
        setClusters({ clusters, network: layoutNetwork(clusters) });
      }, 0);
      return () => clearTimeout(timer);
    };
    const worker = c.worker;
    if (!worker) return onPage();
    const req: ClusterRequest = {
      seq,
      ads: entries.map((e) => ({
        id: e.id,
        contacts: e.contacts.map(({ type, value }) => ({ type, value })),
        text: c.sent.has(e.id) ? undefined : e.text,
      })),
    };
    for (const e of entries) c.sent.add(e.id);
    // The worker keeps only this call's ads when it holds more (cluster-worker.ts): so does
    // `sent`, or a later call (all ads after one investigation, a deleted ad saved again) would
    // leave out texts the worker no longer has.
    if (c.sent.size > entries.length) c.sent = new Set(entries.map((e) => e.id));
    const onMessage = ({ data }: MessageEvent<ClusterReply>) => {
      if (data.seq !== c.seq) return; // an answer to entries that have changed since
      if (data.ok) setClusters({ clusters: data.clusters, network: data.network });
      else fallBack();
    };
    let stopPage: (() => void) | undefined;
    // A worker that cannot load or answer: cluster on the page instead, from then on.
    const fallBack = () => {
      worker.terminate();
      c.worker = null;
      stopPage = onPage();
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', fallBack);
    worker.postMessage(req);
    return () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', fallBack);
      stopPage?.();
    };
  }, [entries, scope]);
  return clusters;
}
