import { Worker, type ResourceLimits } from 'node:worker_threads';

/** True when this code runs from the bundle (dist/), the only code a worker thread can load; false under the TypeScript sources. */
export function runsFromBundle(): boolean {
  return import.meta.url.endsWith('.js');
}

/**
 * A worker thread running code of the bundle: it loads the bundle's entry (dist/index.js), which sits
 * beside this module's chunk, and calls its export `start`. `tag` goes in workerData, so the worker
 * module knows it was started for this.
 */
export function startBundleWorker(start: string, tag: string, resourceLimits?: ResourceLimits): Worker {
  // Not `new URL('./index.js', import.meta.url)`: the bundler would rewrite that as an asset.
  const entry = import.meta.url.replace(/[^/]*$/, 'index.js');
  const code = `process.argv[1] = 'mlgate-worker'; import(${JSON.stringify(entry)}).then((m) => m.${start}());`;
  return new Worker(code, { eval: true, workerData: { tag }, ...(resourceLimits ? { resourceLimits } : {}) });
}

/** Worker threads running code of the bundle (`startBundleWorker`): each gets `job` once, then tasks round-robin; a reply settles the task with its id. */
export class BundleWorkerPool<Job, Task extends { id: number }, Reply extends { id: number }> {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: unknown) => void }>();
  private failure: unknown;

  constructor(start: string, tag: string, count: number, job: Job, limits: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number }) {
    for (let k = 0; k < count; k++) {
      const w = startBundleWorker(start, tag, limits);
      w.on('message', (reply: Reply) => {
        const pending = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        pending?.resolve(reply);
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (status) => {
        if (status !== 0) this.fail(new Error(`worker thread exited with status ${status}`));
      });
      w.postMessage({ kind: 'job', job });
      this.workers.push(w);
    }
  }

  private fail(e: unknown): void {
    this.failure ??= e;
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
  }

  run(task: Task): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure instanceof Error ? this.failure : new Error('worker thread failed'));
    return new Promise((resolve, reject) => {
      this.waiting.set(task.id, { resolve, reject });
      this.workers[task.id % this.workers.length]!.postMessage({ kind: 'task', task });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
