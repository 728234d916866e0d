/**
 * Exact drift's reference data read on a chunk worker thread while the main thread reads the current data: with
 * two threads, reading each file on a thread of its own costs less than reading both on both (no chunk crosses
 * threads, no part is merged, each thread warms up on one file). The worker sends its progress, then the
 * distributions (their arrays moved, not copied); the main thread writes them for the cache while it scores them.
 */
import type { DatasetConfig } from '../../domain/config/schema.js';
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import { MlgateError, type ErrorKind, type ErrorLocation } from '../../domain/errors.js';
import type { Progress, ProgressTask } from '../../ports.js';
import { readExactDistributions } from './distributions.js';
import type { DataFile } from './files.js';

export interface ReferenceReadJob {
  files: DataFile[];
  dataset: DatasetConfig;
  env: Record<string, string | undefined>;
  /** Whether to send progress (the main thread shows it). */
  progress: boolean;
}

export type ReferenceReadMessage =
  | { kind: 'progress-start'; task: ProgressTask }
  | { kind: 'progress'; done: number; bytes?: { done: number; total: number } }
  | { kind: 'progress-end' }
  | { kind: 'done'; columns: [string, ColumnDistribution][] }
  | { kind: 'failed'; error: { kind?: ErrorKind; message: string; location?: ErrorLocation } };

/** The buffers under the distributions' arrays, each once (to move them). */
export function distributionBuffers(columns: Iterable<[string, ColumnDistribution]>): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const [, d] of columns) {
    if (d.kind !== 'numeric') continue;
    out.add(d.sample.values.buffer as ArrayBuffer);
    if (d.sample.weights) out.add(d.sample.weights.buffer as ArrayBuffer);
  }
  return [...out].filter((b) => b instanceof ArrayBuffer);
}

/**
 * Reads the reference on this thread alone and answers through `send`; never throws. `stop` aborted (the main thread
 * found the distributions cached meanwhile): the read stops at its next chunk and answers `failed`.
 */
export async function readReferenceHere(job: ReferenceReadJob, send: (message: ReferenceReadMessage, transfer?: ArrayBuffer[]) => void, stop: AbortSignal): Promise<void> {
  // The read reports each chunk to its progress: where it learns that it is no longer wanted.
  const progress: Progress = {
    start(task) {
      if (job.progress) send({ kind: 'progress-start', task });
      return {
        update: (done, bytes) => {
          stop.throwIfAborted();
          if (job.progress) send({ kind: 'progress', done, ...(bytes ? { bytes } : {}) });
        },
        end: () => {
          if (job.progress) send({ kind: 'progress-end' });
        },
      };
    },
  };
  try {
    const columns = [...(await readExactDistributions(job.files, job.dataset, { ...job.env, MLGATE_THREADS: '1' }, progress))];
    stop.throwIfAborted();
    send({ kind: 'done', columns }, distributionBuffers(columns));
  } catch (error) {
    if (stop.aborted) send({ kind: 'failed', error: { message: 'stopped: the distributions were found cached' } });
    else send({ kind: 'failed', error: error instanceof MlgateError ? { kind: error.kind, message: error.message, location: error.location } : { message: error instanceof Error ? error.message : String(error) } });
  }
}
