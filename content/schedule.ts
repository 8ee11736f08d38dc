/**
 * Lykt's work runs at the lowest priority the browser offers: `scheduler.postTask` with
 * 'background' priority (runs only when nothing more urgent waits: input, rendering, the
 * page's own tasks), else requestIdleCallback. Each call is one short slice; returns a cancel.
 */
interface Scheduler {
  postTask(cb: () => void, o: { priority: 'background'; signal: AbortSignal }): Promise<unknown>;
}

export function lowPriority(fn: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const ctl = new AbortController();
    scheduler
      .postTask(fn, { priority: 'background', signal: ctl.signal })
      .catch((err: unknown) => ctl.signal.aborted || console.error('[lykt]', err));
    return () => ctl.abort();
  }
  const id = requestIdleCallback(() => fn(), { timeout: 200 });
  return () => cancelIdleCallback(id);
}
