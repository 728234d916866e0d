import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SortScratch, sortFloat64 } from '../../domain/drift/sort.js';
import { runsFromBundle, startBundleWorker } from './worker-pool.js';

/** Marks a worker thread started by `sortColumns`. */
const SORT_WORKER_TAG = 'mlgate-sort-worker';

/**
 * Sorts every array of the list (in this thread alone when they hold fewer than `minBytes`): this
 * thread takes arrays from the end of the list while `threads - 1` worker threads (each started only
 * for this) take them from the front, one at a time. An array a worker sorted is replaced in the list
 * by the one it sent back; each array must own its buffer.
 */
export async function sortColumns(arrays: Float64Array[], settings: { threads: number; minBytes: number }): Promise<void> {
  const { threads } = settings;
  const bytes = arrays.reduce((s, a) => s + a.byteLength, 0);
  const scratch = new SortScratch();
  if (threads < 2 || arrays.length < 2 || bytes < settings.minBytes || !runsFromBundle()) {
    for (const a of arrays) sortFloat64(a, scratch);
    return;
  }
  let front = 0;
  let back = arrays.length - 1;
  const workers = Array.from({ length: Math.min(threads - 1, arrays.length - 1) }, () => startBundleWorker('startSortWorker', SORT_WORKER_TAG));
  const done = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        const next = (): void => {
          if (front > back) {
            resolve();
            return;
          }
          const k = front++;
          // The array moves to the worker (no copy) and comes back sorted.
          worker.postMessage({ k, values: arrays[k]! }, [arrays[k]!.buffer as ArrayBuffer]);
        };
        worker.on('message', ({ k, values }: { k: number; values: Float64Array }) => {
          arrays[k] = values;
          next();
        });
        worker.on('error', reject);
        worker.on('online', next);
      }),
  );
  while (back >= front) {
    // Yield so that the workers' messages are taken in between this thread's sorts.
    await new Promise((resolve) => setImmediate(resolve));
    if (back >= front) sortFloat64(arrays[back--]!, scratch);
  }
  try {
    await Promise.all(done);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

if (!isMainThread && parentPort && (workerData as { tag?: string } | null)?.tag === SORT_WORKER_TAG) {
  const port = parentPort;
  const scratch = new SortScratch();
  port.on('message', ({ k, values }: { k: number; values: Float64Array }) => {
    sortFloat64(values, scratch);
    port.postMessage({ k, values }, [values.buffer as ArrayBuffer]);
  });
}
