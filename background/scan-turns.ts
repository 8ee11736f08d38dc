/**
 * Fair turns for the background's one engine (issue 19, item 6). Each tab's batches wait in
 * that tab's own queue; the tabs take turns, and a turn does at most `turnMs` of work (at least
 * one text), then the worker yields, so a message from another tab gets in. A tab full of huge
 * ads makes the others wait for one turn, never for all of its work.
 *
 *   tab 7: [batch][batch]   ─┐
 *   tab 9: [batch]           ├─► turn (≤ turnMs) ─► yield ─► next tab with work ─► …
 *   pages: [batch]          ─┘
 */

interface Job<T, R> {
  items: T[];
  work: (item: T) => R;
  out: R[];
  resolve: (out: R[]) => void;
  reject: (err: unknown) => void;
}

type Key = number | string;

export class FairTurns {
  /** Insertion order is the turn order: a tab that still has work moves to the back. */
  private readonly queues = new Map<Key, Job<unknown, unknown>[]>();
  private scheduled = false;
  /** Turns run so far (test figure). */
  turns = 0;

  constructor(
    private readonly turnMs = 15,
    private readonly later: (run: () => void) => void = (run) => setTimeout(run, 0),
  ) {}

  /** Runs `work` over `items` in `key`'s turns; resolves with the results in order. */
  run<T, R>(key: Key, items: T[], work: (item: T) => R): Promise<R[]> {
    return new Promise<R[]>((resolve, reject) => {
      const job = { items, work, out: [], resolve, reject } as Job<T, R>;
      const queue = this.queues.get(key);
      if (queue) queue.push(job as Job<unknown, unknown>);
      else this.queues.set(key, [job as Job<unknown, unknown>]);
      this.wake();
    });
  }

  /** Work waiting, over all keys (test figure). */
  get pending(): number {
    let n = 0;
    for (const q of this.queues.values()) for (const j of q) n += j.items.length - j.out.length;
    return n;
  }

  /** Drops a closed tab's waiting batches (their promises reject). */
  drop(key: Key): void {
    const queue = this.queues.get(key);
    this.queues.delete(key);
    for (const job of queue ?? []) job.reject(new Error('the tab is gone'));
  }

  private wake(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.turn();
    });
  }

  /** One turn: the first key's work until the time is up, then that key goes to the back. */
  private turn(): void {
    const first = this.queues.entries().next();
    if (first.done) return;
    const [key, queue] = first.value;
    this.turns++;
    const end = performance.now() + this.turnMs;
    do {
      const job = queue[0]!;
      try {
        while (job.out.length < job.items.length) {
          job.out.push(job.work(job.items[job.out.length]));
          if (performance.now() >= end) break;
        }
      } catch (err) {
        queue.shift();
        job.reject(err);
        continue;
      }
      if (job.out.length < job.items.length) break;
      queue.shift();
      job.resolve(job.out);
    } while (queue.length > 0 && performance.now() < end);
    this.queues.delete(key);
    if (queue.length > 0) this.queues.set(key, queue);
    if (this.queues.size > 0) this.wake();
  }
}
