import { SortScratch, sortFloat64Blocks } from '../../domain/drift/sort.js';
import type { Worker } from 'node:worker_threads';
import { returnChunkWorker, takeChunkWorker, takeSpareChunkWorker } from './chunk-workers.js';
import { runsFromBundle } from './worker-pool.js';

/** A column to sort, sent to a chunk worker (`chunk-worker.ts` answers with a `SortReply`). */
export interface SortTask {
  kind: 'sort';
  k: number;
  blocks: Float64Array[];
}
export interface SortReply {
  k: number;
  values: Float64Array;
}

/**
 * This thread's sort work arrays, kept from one sort to the next (the reference's columns, then the
 * current data's): 8 MB per million values, and fresh memory costs its page faults each time.
 */
let mainScratch: SortScratch | undefined;

/** The buffers under `blocks`, each once (to transfer rather than copy). */
function buffersOf(blocks: readonly Float64Array[]): ArrayBuffer[] {
  return [...new Set(blocks.map((b) => b.buffer as ArrayBuffer))];
}

/**
 * Sorts the values of each column, given as a list of blocks (`sortFloat64Blocks`), into one array
 * per column (in this thread alone when they hold fewer than `minBytes`): this thread takes columns
 * from the end of the list while `threads - 1` chunk worker threads (those the read just used, when
 * it went well: started, and their code compiled) take them from the front, two queued at a time. A column's blocks move to the worker that sorts them (no copy) and
 * its list is emptied; no two blocks of different columns may share a buffer.
 */
export async function sortColumns(columns: Float64Array[][], settings: { threads: number; minBytes: number; spareOnly?: boolean }): Promise<Float64Array[]> {
  const { threads } = settings;
  const bytes = columns.reduce((s, blocks) => blocks.reduce((t, b) => t + b.byteLength, s), 0);
  const scratch = (mainScratch ??= new SortScratch());
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
  let failed = false;
  const workers: Worker[] = [];
  const done: Promise<void>[] = [];
  const enlist = (worker: Worker): void => {
    workers.push(worker);
    const finished = new Promise<void>((resolve, reject) => {
      let outstanding = 0;
      const next = (): void => {
        if (front > back) {
          if (outstanding === 0) resolve();
          return;
        }
        const k = front++;
        const blocks = columns[k]!;
        columns[k] = [];
        const task: SortTask = { kind: 'sort', k, blocks };
        outstanding++;
        worker.postMessage(task, buffersOf(blocks));
      };
      worker.on('message', ({ k, values }: SortReply) => {
        sorted[k] = values;
        outstanding--;
        next();
      });
      worker.on('error', (e) => {
        failed = true;
        reject(e);
      });
      worker.on('exit', (code) => {
        failed = true;
        reject(new Error(`sort worker thread exited with status ${code}`));
      });
      // Two columns queued: the worker goes on to the second while this thread, busy with its own work, has not yet
      // taken the first one's reply.
      next();
      next();
    });
    // Should this thread's own sort fail, the workers' outcomes are no longer awaited (nor reported twice).
    finished.catch(() => undefined);
    done.push(finished);
  };
  // `spareOnly`: no worker is started; one busy elsewhere (a reference read) joins once it is spare again.
  if (!settings.spareOnly) for (let k = 0; k < Math.min(threads - 1, columns.length - 1); k++) enlist(takeChunkWorker(threads));
  try {
    while (back >= front) {
      if (settings.spareOnly && workers.length < threads - 1) {
        const spare = takeSpareChunkWorker();
        if (spare) enlist(spare);
      }
      // Yield so that the workers' messages are taken in between this thread's sorts.
      await new Promise((resolve) => setImmediate(resolve));
      if (back >= front) sortHere(back--);
    }
    await Promise.all(done);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // Idle now (every reply came): back for the next read or sort; after a failure, ended.
    await Promise.all(workers.map(async (w) => (failed ? await w.terminate() : returnChunkWorker(w))));
  }
  return sorted;
}
