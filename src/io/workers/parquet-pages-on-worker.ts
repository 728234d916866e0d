import { MessageChannel } from 'node:worker_threads';
import { MlgateError } from '../../domain/errors.js';
import type { PageFeedJob } from '../data/parquet/page-feed-protocol.js';
import { feedOverPort, type PageFeed } from '../data/parquet/remote-pages.js';
import { returnChunkWorker, takeSpareChunkWorker } from './chunk-workers.js';

/** Pages decoded on a worker thread for this one, and how to end that (resolves once the worker is spare again, or ended). */
export interface PagesOnWorker {
  feed: PageFeed;
  close(): Promise<void>;
}

/**
 * Has a spare chunk worker read and decode the pages of `job.columns` (page-feed.ts) while this thread checks
 * them; undefined when no worker is spare. If the worker thread fails, the pages not yet received fail with an
 * internal error (not one of the file's).
 */
export function decodePagesOnWorker(job: PageFeedJob): PagesOnWorker | undefined {
  const worker = takeSpareChunkWorker();
  if (!worker) return undefined;
  const { port1, port2 } = new MessageChannel();
  const { feed, close, lose } = feedOverPort(port1, job.columns);
  let alive = true;
  const onError = (error: Error): void => {
    alive = false;
    lose(new MlgateError('internal', `the worker thread decoding the pages of ${job.file} failed: ${error.message}`, { cause: error }));
  };
  const onExit = (code: number): void => {
    alive = false;
    lose(new MlgateError('internal', `the worker thread decoding the pages of ${job.file} exited with status ${code}`));
  };
  worker.once('error', onError);
  worker.once('exit', onExit);
  worker.postMessage({ kind: 'parquet-pages', job, reply: port2 }, [port2]);
  return {
    feed,
    close: async () => {
      await close();
      worker.removeListener('error', onError);
      worker.removeListener('exit', onExit);
      if (alive) returnChunkWorker(worker);
      else await worker.terminate();
    },
  };
}
