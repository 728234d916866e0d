import { MessageChannel } from 'node:worker_threads';
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import { MlgateError } from '../../domain/errors.js';
import type { Progress, ProgressMeter } from '../../ports.js';
import type { ReferenceReadJob, ReferenceReadMessage } from '../data/reference-read.js';
import { returnChunkWorker, takeSpareChunkWorker } from './chunk-workers.js';

export interface ReferenceOnWorker {
  /** Stops the read (the distributions were found cached); resolves once the worker is spare again. */
  stop(): Promise<void>;
  /** The reference's distributions; rejects with the read's error (bad input: the same MlgateError a read here gives). */
  columns: Promise<Map<string, ColumnDistribution>>;
}

/**
 * Reads the reference data on a spare chunk worker (`readReferenceHere`) while this thread goes on, showing the
 * worker's progress through `progress`; undefined when no worker is spare. The worker is spare again once it has answered.
 */
export function readReferenceOnWorker(job: ReferenceReadJob, progress?: Progress): ReferenceOnWorker | undefined {
  const worker = takeSpareChunkWorker();
  if (!worker) return undefined;
  const { port1, port2 } = new MessageChannel();
  let meter: ProgressMeter | undefined;
  const columns = new Promise<Map<string, ColumnDistribution>>((resolve, reject) => {
    const settle = (outcome: () => void, keep: boolean): void => {
      meter?.end();
      port1.close();
      if (keep) returnChunkWorker(worker);
      else void worker.terminate();
      outcome();
    };
    const lost = (error: unknown): void => settle(() => reject(error instanceof Error ? error : new Error(String(error))), false);
    worker.once('error', lost);
    worker.once('exit', (code) => lost(new Error(`worker thread exited with status ${code}`)));
    port1.on('message', (m: ReferenceReadMessage) => {
      switch (m.kind) {
        case 'progress-start':
          meter = progress?.start(m.task);
          return;
        case 'progress':
          meter?.update(m.done, m.bytes);
          return;
        case 'progress-end':
          meter?.end();
          meter = undefined;
          return;
        case 'done':
          settle(() => resolve(new Map(m.columns)), true);
          return;
        case 'failed': {
          const { kind, message, location } = m.error;
          settle(() => reject(kind ? new MlgateError(kind, message, { location: location ?? {} }) : new Error(message)), true);
        }
      }
    });
    worker.postMessage({ kind: 'reference', job, reply: port2 }, [port2]);
  });
  // Awaited by the caller only once its own read is done: a failure meanwhile is not "unhandled".
  const settled = columns.then(
    () => undefined,
    () => undefined,
  );
  const stop = async (): Promise<void> => {
    port1.postMessage({ kind: 'stop' });
    await settled;
  };
  return { columns, stop };
}
