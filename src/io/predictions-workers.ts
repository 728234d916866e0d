import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { resampleKernel, type KernelTask } from '../domain/stats/kernel.js';
import { inThreadRunner, type KernelRunner } from '../domain/stats/significance.js';

/**
 * Runs resampling kernel tasks on worker threads (one per core). The kernel is self-contained, so its
 * source text is the worker's whole program — this works from the single bundled dist/index.js.
 * Arrays are moved to SharedArrayBuffers once and shared by every worker, not copied per task.
 * Results do not depend on the number of workers (each resample has its own PRNG stream).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const resampleKernel = (${resampleKernel.toString()});
parentPort.on('message', (task) => {
  const out = resampleKernel(task);
  parentPort.postMessage(out, [out.buffer]);
});
`;

/** Below this much work (examples × resamples) threads cost more than they save. */
const MIN_WORK = 20_000_000;

type Typed = Float64Array | Int32Array | Uint8Array;

function shareAll(tasks: readonly KernelTask[]): KernelTask[] {
  const cache = new Map<Typed, Typed>();
  const share = <T extends Typed>(a: T | undefined): T | undefined => {
    if (!a) return undefined;
    let s = cache.get(a);
    if (!s) {
      const Ctor = a.constructor as new (buffer: SharedArrayBuffer) => T;
      s = new Ctor(new SharedArrayBuffer(a.byteLength));
      s.set(a);
      cache.set(a, s);
    }
    return s as T;
  };
  return tasks.map((t) => ({
    ...t,
    means: t.means.map((m) => ({ cand: share(m.cand)!, base: share(m.base)!, sqrt: m.sqrt })),
    aucs: t.aucs.map((a) => ({
      candOrder: share(a.candOrder),
      candY: share(a.candY),
      candTie: share(a.candTie),
      baseOrder: share(a.baseOrder),
      baseY: share(a.baseY),
      baseTie: share(a.baseTie),
    })),
  }));
}

export function workerRunner(threads = Math.max(1, Math.min(os.availableParallelism(), 8)), minWork = MIN_WORK): KernelRunner {
  return async (tasks) => {
    const work = tasks.reduce((s, t) => s + t.n * t.count * (t.means.length + t.aucs.length), 0);
    if (tasks.length < 2 || threads < 2 || work < minWork) return inThreadRunner(tasks);
    const shared = shareAll(tasks);
    const results = new Array<Float64Array>(tasks.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(threads, tasks.length) }, () => new Worker(WORKER_SOURCE, { eval: true }));
    try {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const give = (): void => {
                if (next >= shared.length) {
                  resolve();
                  return;
                }
                const index = next++;
                worker.once('message', (out: Float64Array) => {
                  results[index] = out;
                  give();
                });
                worker.postMessage(shared[index]);
              };
              worker.once('error', reject);
              give();
            }),
        ),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
  };
}
