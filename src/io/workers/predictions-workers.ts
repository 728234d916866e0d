import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { resampleKernel } from '../../domain/stats/kernel.js';
import type { KernelTask } from '../../domain/stats/kernel-task.js';
import { inThreadRunner, type KernelRunner } from '../../domain/stats/significance.js';
import type { Progress } from '../../ports.js';

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

/** Moves a task's example arrays to SharedArrayBuffers, each array once for all tasks (`cache`). */
function share(task: KernelTask, cache: Map<Typed, Typed>): KernelTask {
  const shared = <T extends Typed>(a: T | undefined): T | undefined => {
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
  return {
    ...task,
    means: task.means.map((m) => ({ cand: shared(m.cand)!, base: shared(m.base)!, sqrt: m.sqrt })),
    aucs: task.aucs.map((a) => ({
      candOrder: shared(a.candOrder),
      candY: shared(a.candY),
      candTie: shared(a.candTie),
      baseOrder: shared(a.baseOrder),
      baseY: shared(a.baseY),
      baseTie: shared(a.baseTie),
    })),
  };
}

export function workerRunner(threads = Math.max(1, Math.min(os.availableParallelism(), 8)), minWork = MIN_WORK): KernelRunner {
  return async (tasks, done) => {
    if (tasks.length < 2 || threads < 2 || tasks.work < minWork) return inThreadRunner(tasks, done);
    const cache = new Map<Typed, Typed>();
    // Building a task (bootstrap block counts) takes the main thread a while: the next one is built
    // while the workers run, not while one of them waits for it.
    let ready: { index: number; task: KernelTask } | undefined;
    const build = (index: number): KernelTask => (ready?.index === index ? ready.task : share(tasks.task(index), cache));
    const results = new Array<Float64Array>(tasks.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(threads, tasks.length) }, () => new Worker(WORKER_SOURCE, { eval: true }));
    try {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const give = (): void => {
                if (next >= tasks.length) {
                  resolve();
                  return;
                }
                const index = next++;
                worker.once('message', (out: Float64Array) => {
                  results[index] = out;
                  done?.(index);
                  give();
                });
                worker.postMessage(build(index));
                if (next < tasks.length) ready = { index: next, task: share(tasks.task(next), cache) };
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

/** `runner` reporting the resamples of each finished task to `progress` (bootstrap and permutation alike). */
export function reportingRunner(runner: KernelRunner, progress: Progress | undefined, label: string): KernelRunner {
  if (!progress) return runner;
  return async (tasks, done) => {
    let total = 0;
    for (let i = 0; i < tasks.length; i++) total += tasks.resamples(i);
    const meter = progress.start({ label, unit: 'resamples', total });
    let finished = 0;
    try {
      return await runner(tasks, (index) => {
        finished += tasks.resamples(index);
        meter.update(finished);
        done?.(index);
      });
    } finally {
      meter.end();
    }
  };
}
