/**
 * Lykt's slices of work. `scheduler.postTask` where there is one: 'user-visible' for the page's
 * first pass (the ads the user is looking at), 'background' after (runs only when nothing more
 * urgent waits: input, rendering, the page's own tasks). Elsewhere a macrotask (MessageChannel,
 * not clamped like setTimeout) or requestIdleCallback. Each call is one slice; returns a cancel.
 */
type Priority = 'user-visible' | 'background';
interface Scheduler {
  postTask(cb: () => void, o: { priority: Priority; signal: AbortSignal }): Promise<unknown>;
}

function macrotask(fn: () => void): () => void {
  let live = true;
  const ch = new MessageChannel();
  ch.port1.onmessage = () => {
    ch.port1.close();
    if (live) fn();
  };
  ch.port2.postMessage(null);
  return () => {
    live = false;
    ch.port1.close();
  };
}

export function postSlice(fn: () => void, priority: Priority = 'background'): () => void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const ctl = new AbortController();
    scheduler
      .postTask(fn, { priority, signal: ctl.signal })
      .catch((err: unknown) => ctl.signal.aborted || console.error('[lykt]', err));
    return () => ctl.abort();
  }
  if (priority === 'user-visible' || typeof requestIdleCallback !== 'function')
    return macrotask(fn);
  const id = requestIdleCallback(() => fn(), { timeout: 200 });
  return () => cancelIdleCallback(id);
}

/**
 * Work that spans slices: a generator that yields between steps of a few milliseconds at
 * most and returns its result. `step` runs it until `end` and gives the result once it is done.
 */
export type Job<T> = Generator<void, T, void>;

/**
 * Runs at least one step, and no step that the longest one so far would carry past `end`: a
 * cold or busy renderer makes a 4,000-element step take 10–25 ms, which once ran a slice to 61.
 */
export function step<T>(job: Job<T>, end: number): { done: true; value: T } | { done: false } {
  let longest = 0;
  let t = performance.now();
  for (;;) {
    const r = job.next();
    if (r.done) return { done: true, value: r.value };
    const now = performance.now();
    longest = Math.max(longest, now - t);
    if (now + longest >= end) return { done: false };
    t = now;
  }
}

/** Runs a job to its end in one go (tests, and callers with no slice to keep short). */
export function finish<T>(job: Job<T>): T {
  for (;;) {
    const r = job.next();
    if (r.done) return r.value;
  }
}
