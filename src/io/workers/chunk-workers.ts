import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { runsFromBundle, startBundleWorker } from './worker-pool.js';

/** Marks a worker thread started for the CSV chunk pool (src/io/data/csv/parallel.ts). */
export const CHUNK_WORKER_TAG = 'mlgate-csv-chunk-worker';

/**
 * Threads that read a big CSV file, this one included. Worker threads can only load the bundle
 * (dist/index.js): the sources are TypeScript. MLGATE_THREADS sets the count (1 = this thread only).
 */
export function parallelThreads(env: Readonly<Record<string, string | undefined>>): number {
  if (!runsFromBundle()) return 1;
  const asked = Number(env.MLGATE_THREADS ?? '');
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return Math.min(availableParallelism(), 4);
}

let compileFlagSet = false;

/**
 * When the chunk threads take every core and the engine has no mid-tier compiler (Node < 22, without
 * Maglev), TurboFan's background compile jobs get no CPU: hot code stays in the interpreter and a
 * worker's first two chunks took 100-170 ms each instead of ~10 ms. Compiling on the thread that
 * runs the code is then faster (bench/validate on 2 cores, Node 20: 1.18 -> 1.05 s median). The
 * flag applies to compiles from now on, in every thread; Node >= 22 is left as it is (no gain measured).
 */
function compileOnTheRunningThread(): void {
  if (compileFlagSet || Number(process.versions.node.split('.')[0]) >= 22) return;
  compileFlagSet = true;
  setFlagsFromString('--no-concurrent-recompilation');
}

/** A new chunk worker, one of `threads` threads reading (this one included). */
function startChunkWorker(threads: number): Worker {
  if (threads >= availableParallelism()) compileOnTheRunningThread();
  // A worker holds two 1 MiB chunks and a 4,096-row batch at a time: a small heap keeps the process's RSS low.
  return startBundleWorker('startCsvChunkWorker', CHUNK_WORKER_TAG, { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 16 });
}

/** Workers started ahead of need, not yet taken by a pool; each with whether it has failed or exited. */
const spare: { worker: Worker; dead: boolean }[] = [];

/**
 * Starts the chunk workers that reading a big CSV file would use, now, in the background. A worker
 * thread takes ~100 ms to start (Node's own start-up, on another core); commands that may read big
 * data call this before loading the rest of their code, so the workers are ready when the first chunk
 * is. Workers nobody takes cost only that start-up: they do not keep the process alive, and
 * `stopSpareChunkWorkers` ends them.
 */
export function prestartChunkWorkers(env: Readonly<Record<string, string | undefined>>): void {
  const want = parallelThreads(env) - 1;
  while (spare.length < want) keepSpare(startChunkWorker(want + 1));
}

function keepSpare(worker: Worker): void {
  const entry = { worker, dead: false };
  worker.unref();
  // Until a pool takes it, a failure only means it will not be used.
  worker.on('error', () => (entry.dead = true));
  worker.once('exit', () => (entry.dead = true));
  spare.push(entry);
}

/**
 * Hands back a chunk worker its pool is done with (idle: no task of it pending). The next read or sort
 * takes it already started and with its code compiled: a new worker costs ~100 ms to start, and its
 * code runs slowly until the engine has compiled it again.
 */
export function returnChunkWorker(worker: Worker): void {
  worker.removeAllListeners('message');
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  worker.removeAllListeners('online');
  keepSpare(worker);
}

/** A chunk worker for a read on `threads` threads (this one included): a spare one when there is a live one, else a new one. */
export function takeChunkWorker(threads: number): Worker {
  return takeSpareChunkWorker() ?? startChunkWorker(threads);
}

/** A live spare chunk worker, or undefined when there is none (none is started). */
export function takeSpareChunkWorker(): Worker | undefined {
  for (let entry = spare.pop(); entry; entry = spare.pop()) {
    if (entry.dead) continue;
    entry.worker.removeAllListeners('error');
    entry.worker.removeAllListeners('exit');
    entry.worker.ref();
    return entry.worker;
  }
  return undefined;
}

/**
 * Has the spare workers load the code of a Parquet read now (hyparquet, the decoders, the WebAssembly
 * decompressors: ~100 ms of start-up each), while this thread reads the file's footer: the workers are
 * ready when their first row group comes.
 */
export function preloadParquetInSpareWorkers(): void {
  for (const entry of spare) if (!entry.dead) entry.worker.postMessage({ kind: 'preload-parquet' });
}

/** Ends the spare workers no pool took. */
export async function stopSpareChunkWorkers(): Promise<void> {
  const left = spare.splice(0);
  await Promise.all(left.map((e) => e.worker.terminate()));
}
