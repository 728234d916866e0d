import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SortScratch, sortFloat64Blocks } from '../../domain/drift/sort.js';
import { runsFromBundle, startBundleWorker } from './worker-pool.js';

/** Marks a worker thread started by `sortColumns`. */
const SORT_WORKER_TAG = 'mlgate-sort-worker';

/** The buffers under `blocks`, each once (to transfer rather than copy). */
function buffersOf(blocks: readonly Float64Array[]): ArrayBuffer[] {
  return [...new Set(blocks.map((b) => b.buffer as ArrayBuffer))];
}

/**
 * Sorts the values of each column, given as a list of blocks (`sortFloat64Blocks`), into one array
 * per column (in this thread alone when they hold fewer than `minBytes`): this thread takes columns
 * from the end of the list while `threads - 1` worker threads (each started only for this) take them
 * from the front, one at a time. A column's blocks move to the worker that sorts them (no copy) and
 * its list is emptied; no two blocks of different columns may share a buffer.
 */
export async function sortColumns(columns: Float64Array[][], settings: { threads: number; minBytes: number }): Promise<Float64Array[]> {
  const { threads } = settings;
  const bytes = columns.reduce((s, blocks) => blocks.reduce((t, b) => t + b.byteLength, s), 0);
  const scratch = new SortScratch();
  const sorted: Float64Array[] = new Array<Float64Array>(columns.length);
  const sortHere = (k: number): void => {
    const blocks = columns[k]!;
    // The blocks go as soon as their column is sorted: a column's blocks and its sorted copy are the only pair alive at once.
    columns[k] = [];
    sorted[k] = sortFloat64Blocks(blocks, scratch);
  };
  if (threads < 2 || columns.length < 2 || bytes < settings.minBytes || !runsFromBundle()) {
    for (let k = 0; k < columns.length; k++) sortHere(k);
    return sorted;
  }
  let front = 0;
  let back = columns.length - 1;
  const workers = Array.from({ length: Math.min(threads - 1, columns.length - 1) }, () => startBundleWorker('startSortWorker', SORT_WORKER_TAG));
  const done = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        const next = (): void => {
          if (front > back) {
            resolve();
            return;
          }
          const k = front++;
          const blocks = columns[k]!;
          columns[k] = [];
          worker.postMessage({ k, blocks }, buffersOf(blocks));
        };
        worker.on('message', ({ k, values }: { k: number; values: Float64Array }) => {
          sorted[k] = values;
          next();
        });
        worker.on('error', reject);
        worker.on('online', next);
      }),
  );
  while (back >= front) {
    // Yield so that the workers' messages are taken in between this thread's sorts.
    await new Promise((resolve) => setImmediate(resolve));
    if (back >= front) sortHere(back--);
  }
  try {
    await Promise.all(done);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return sorted;
}

if (!isMainThread && parentPort && (workerData as { tag?: string } | null)?.tag === SORT_WORKER_TAG) {
  const port = parentPort;
  const scratch = new SortScratch();
  port.on('message', ({ k, blocks }: { k: number; blocks: Float64Array[] }) => {
    const values = sortFloat64Blocks(blocks, scratch);
    port.postMessage({ k, values }, [values.buffer as ArrayBuffer]);
  });
}
