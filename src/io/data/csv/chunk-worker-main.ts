/**
 * The message loop of a chunk worker thread (its entry, `startCsvChunkWorker`): chunks of a read, sorts, plans,
 * Parquet tasks, a Parquet file's pages decoded for the reading thread and a reference read, each answered in turn.
 */
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { SortScratch, sortFloat64Blocks } from '../../../domain/drift/sort.js';
import { MlgateError } from '../../../domain/errors.js';
import { CHUNK_WORKER_TAG } from '../../workers/chunk-workers.js';
import type { SortReply, SortTask } from '../../workers/sort-workers.js';
import { processJsonlChunk, type JsonlChunkJob, type JsonlChunkResult } from '../jsonl/chunk.js';
import type { PageFeedJob } from '../parquet/page-feed-protocol.js';
import type { ParquetJob, ParquetTask } from '../parquet/worker.js';
import type { ReferenceReadJob } from '../reference-read.js';
import { processChunk, resultBuffers, type ChunkJob, type ChunkMessage, type ChunkReply, type ChunkResult } from './chunk-worker.js';
import { plansFromFirstRows, type PlanRequest } from './plan-ahead.js';
import { recycleRowArrays } from './row-arrays.js';
import { CsvSyntaxError } from './tokenizer.js';

if (!isMainThread && parentPort && (workerData as { tag?: string } | null)?.tag === CHUNK_WORKER_TAG) {
  const port = parentPort;
  let job: ChunkJob | JsonlChunkJob | undefined;
  /** A Parquet read's code (loaded only for a Parquet file) and task runner. */
  let parquetCode: Promise<typeof import('../parquet/worker.js')> | undefined;
  const loadParquet = (): Promise<typeof import('../parquet/worker.js')> => (parquetCode ??= import('../parquet/worker.js').then(async (m) => (await m.preloadParquetCode(), m)));
  let parquet: Promise<(task: ParquetTask) => void> | undefined;
  /** Work arrays of the sorts this thread does (`sortColumns` gives idle chunk workers columns to sort). */
  let sortScratch: SortScratch | undefined;
  port.on('message', (msg: { kind: 'job'; job: ChunkJob | JsonlChunkJob | ParquetJob } | ChunkMessage | { kind: 'parquet-task'; task: ParquetTask } | { kind: 'preload-parquet' } | SortTask | { kind: 'plan'; request: PlanRequest; reply: MessagePort } | { kind: 'reference'; job: ReferenceReadJob; reply: MessagePort } | { kind: 'parquet-pages'; job: PageFeedJob; reply: MessagePort }) => {
    if (msg.kind === 'parquet-pages') {
      const { job: pagesJob, reply } = msg;
      void import('../parquet/page-feed.js')
        .then((m) => m.feedPages(pagesJob, reply))
        .catch((error: unknown) => {
          reply.postMessage({ kind: 'lost', error: { name: 'Error', message: error instanceof Error ? error.message : String(error) } });
          reply.close();
        });
      return;
    }
    if (msg.kind === 'reference') {
      const { reply } = msg;
      const stop = new AbortController();
      reply.on('message', (m: { kind?: string }) => {
        if (m.kind === 'stop') stop.abort();
      });
      void import('../reference-read.js')
        .then((m) => m.readReferenceHere(msg.job, (message, transfer) => reply.postMessage(message, transfer ?? []), stop.signal))
        .catch((error: unknown) => reply.postMessage({ kind: 'failed', error: { message: error instanceof Error ? error.message : String(error) } }))
        .finally(() => reply.close());
      return;
    }
    if (msg.kind === 'plan') {
      const { reply } = msg;
      void plansFromFirstRows(msg.request).then((plans) => {
        reply.postMessage(plans ?? null);
        reply.close();
      });
      return;
    }
    if (msg.kind === 'sort') {
      const reply: SortReply = { k: msg.k, values: sortFloat64Blocks(msg.blocks, (sortScratch ??= new SortScratch())) };
      port.postMessage(reply, [reply.values.buffer as ArrayBuffer]);
      return;
    }
    if (msg.kind === 'preload-parquet') {
      void loadParquet();
      return;
    }
    if (msg.kind === 'job') {
      const j = msg.job;
      if ('format' in j && j.format === 'parquet') parquet = loadParquet().then((m) => m.parquetTaskServer(j, port));
      else job = j;
      return;
    }
    if (msg.kind === 'parquet-task') {
      const { task } = msg;
      void parquet!.then((run) => run(task));
      return;
    }
    recycleRowArrays(msg.spare);
    const buf = Buffer.from(msg.buf.buffer, msg.buf.byteOffset, msg.buf.byteLength);
    let reply: ChunkReply<ChunkResult | JsonlChunkResult>;
    try {
      const result = 'format' in job! ? processJsonlChunk(job, buf, msg.startLine, msg.lines) : processChunk(job!, buf, msg.startLine, msg.lines, msg.driftFloors);
      reply = { id: msg.id, ok: true, result, buf: msg.buf };
    } catch (error) {
      const line = error instanceof CsvSyntaxError ? error.line : error instanceof MlgateError ? (error.location.line ?? msg.startLine) : msg.startLine;
      reply = { id: msg.id, ok: false, message: error instanceof Error ? error.message : String(error), line, buf: msg.buf };
    }
    port.postMessage(reply, [msg.buf.buffer as ArrayBuffer, ...(reply.ok ? resultBuffers(reply.result) : [])]);
  });
}
