/**
 * Runs chunk jobs on N worker threads (or inline for --jobs 1). Each job goes to the worker with
 * the fewest jobs waiting; callers await replies in dispatch order, so results keep input order.
 */
import { Worker } from 'node:worker_threads';
import {
  ChunkWorker,
  type Job,
  type Pass1Reply,
  type Pass2Reply,
  type WorkConfig,
} from './chunk-work';
import type { TableBuffers } from './contact-table';
import { matcherTable } from './matcher-table';

type Reply = Pass1Reply | Pass2Reply;

interface Slot {
  worker: Worker;
  waiting: { resolve: (r: Reply) => void; reject: (e: Error) => void }[];
}

/** The worker's file beside this module: worker.js in the bundle, worker.ts under tsx. */
function workerUrl(): URL {
  const self = import.meta.url;
  return new URL(self.endsWith('.ts') ? './worker.ts' : './worker.js', self);
}

/**
 * A small young generation for each worker: 2 jobs on a 1 GB file peaked at 296–301 MB with
 * 16 MB and 237 MB with 4 MB; 2M distinct contacts at 286–296 and 243–246 MB; CPU time the same
 * within noise (/usr/bin/time, side by side, quiet machine).
 */
const LIMITS = { maxYoungGenerationSizeMb: 4 };

export class Pool {
  private slots: Slot[] = [];
  private inline: ChunkWorker | undefined;
  /** The spool file of each worker (or of the inline one), for 'spool' jobs. */
  private spools: number[] = [];

  constructor(jobs: number, config: WorkConfig) {
    if (jobs <= 1) {
      this.inline = new ChunkWorker(config);
      return;
    }
    // One matcher table for all workers, filled here once: no fill per worker while it warms up,
    // one copy in the shared cache.
    const data: WorkConfig = { ...config, matcher: matcherTable() };
    for (let i = 0; i < jobs; i++) {
      const url = workerUrl();
      // Under tsx (npm run scan, tests) the worker is TypeScript: register tsx in it first.
      const worker = url.pathname.endsWith('.ts')
        ? new Worker(
            `import('tsx/esm/api').then((t) => t.register()).then(() => import(${JSON.stringify(url.href)}))`,
            { eval: true, workerData: data, resourceLimits: LIMITS },
          )
        : new Worker(url, { workerData: data, resourceLimits: LIMITS });
      const slot: Slot = { worker, waiting: [] };
      worker.on('message', (r: Reply) => slot.waiting.shift()?.resolve(r));
      worker.on('error', (e) => {
        for (const w of slot.waiting.splice(0)) w.reject(e);
      });
      this.slots.push(slot);
    }
  }

  setTable(table: TableBuffers): void {
    this.inline?.setTable(table);
    for (const s of this.slots) s.worker.postMessage({ table });
  }

  spoolTo(fds: number[]): void {
    this.spools = fds;
  }

  run(job: Job): Promise<Reply> {
    const spool = (i: number) => {
      if (job.pass === 'spool') job.spool = { fd: this.spools[i]!, offset: 0, length: 0 };
    };
    if (this.inline) {
      spool(0);
      return Promise.resolve(job.pass === 1 ? this.inline.pass1(job) : this.inline.pass2(job));
    }
    const slot = this.slots.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a));
    spool(this.slots.indexOf(slot));
    return new Promise((resolve, reject) => {
      slot.waiting.push({ resolve, reject });
      const transfer = job.bytes ? [job.bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage({ job }, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
