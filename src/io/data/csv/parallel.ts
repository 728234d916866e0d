import type { Worker } from 'node:worker_threads';
import { inputError } from '../../../domain/errors.js';
import type { ChunkDecoder, ChunkSummary } from '../../../domain/validation/dataset-validator.js';
import { returnChunkWorker, takeChunkWorker } from '../../workers/chunk-workers.js';
import { countLines } from '../line-feeds.js';
import { processChunk, type ChunkJob, type ChunkReply, type ChunkResult } from './chunk-worker.js';
import { rowArrayBuffers } from './row-arrays.js';
import { partBuffers, type ExactCollector } from '../column-values.js';
import type { CsvHeader } from './source.js';
import { CsvSyntaxError, CsvTokenizer } from './tokenizer.js';
import { ChunkBuffers, recordChunks } from './record-chunks.js';
import { recycleRowArrays } from './row-arrays.js';

/** Bytes per chunk (cut at a record boundary). MLGATE_CHUNK_BYTES overrides (tests: many chunks from a small file). */
const CHUNK_BYTES = 1 << 20;

export function chunkBytes(env: Readonly<Record<string, string | undefined>>): number {
  const n = Number(env.MLGATE_CHUNK_BYTES ?? '');
  return Number.isInteger(n) && n >= 1024 ? n : CHUNK_BYTES;
}
/** Chunks queued per worker: one it works on, one waiting, so it never idles between messages. */
const QUEUE_PER_WORKER = 2;

export interface ParallelSink {
  absorbChunk(file: string, summary: ChunkSummary, decode: ChunkDecoder): void;
  /** About this many more rows will come (an estimate from the first chunk, to size hash sets once). */
  expectRows(rows: number): void;
}

/**
 * What became of one chunk: its result (and which worker it came from, -1 for this thread), or the bad
 * input found in it. Kept until its turn to be folded.
 */
export type ChunkOutcome<R = ChunkResult> = { ok: true; result: R; buf: Buffer; worker: number } | { ok: false; message: string; line: number };

interface WorkerSlot {
  worker: Worker;
  queued: number;
  /** Buffers of its folded results, to hand back with its next chunk. */
  spare: ArrayBuffer[];
}

/** The chunk workers of one read: a CSV job (`ChunkJob`, results `ChunkResult`) or another format's (JSON Lines). */
export class WorkerPool<Job = ChunkJob, R = ChunkResult> {
  private readonly workers: WorkerSlot[] = [];
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(
    count: number,
    job: Job,
    private readonly done: (id: number, outcome: ChunkOutcome<R>) => void,
  ) {
    for (let k = 0; k < count; k++) {
      const worker = takeChunkWorker(count + 1);
      const slot: WorkerSlot = { worker, queued: 0, spare: [] };
      worker.on('message', (reply: ChunkReply<R>) => {
        slot.queued--;
        const buf = Buffer.from(reply.buf.buffer, reply.buf.byteOffset, reply.buf.byteLength);
        this.done(reply.id, reply.ok ? { ok: true, result: reply.result, buf, worker: k } : { ok: false, message: reply.message, line: reply.line });
        this.notify();
      });
      worker.on('error', (e) => {
        this.failure ??= e;
        this.notify();
      });
      worker.on('exit', (code) => {
        if (code !== 0) this.failure ??= new Error(`worker thread exited with status ${code}`);
        this.notify();
      });
      worker.postMessage({ kind: 'job', job });
      this.workers.push(slot);
    }
  }

  get error(): Error | undefined {
    return this.failure;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** Resolves at the next reply or failure of a worker. */
  nextReply(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  /** Hands the chunk to a worker with room in its queue; false when all are busy. */
  offer(id: number, chunk: Uint8Array, startLine: number, lines: number, driftFloors?: Record<string, number>): boolean {
    const slot = this.workers.reduce<WorkerSlot | undefined>((best, w) => (w.queued < QUEUE_PER_WORKER && (!best || w.queued < best.queued) ? w : best), undefined);
    if (!slot) return false;
    slot.queued++;
    const spare = slot.spare.splice(0);
    slot.worker.postMessage({ kind: 'chunk', id, buf: chunk, startLine, lines, spare, ...(driftFloors ? { driftFloors } : {}) }, [chunk.buffer as ArrayBuffer, ...spare]);
    return true;
  }

  /** Keeps the buffers of worker k's folded result, for its next chunk. */
  giveBack(k: number, buffers: ArrayBuffer[]): void {
    this.workers[k]?.spare.push(...buffers);
  }

  /** Ends the workers; after a read that went well, the idle ones go back for the next read (`returnChunkWorker`). */
  async close(): Promise<void> {
    const failed = this.failure !== undefined;
    await Promise.all(
      this.workers.map(async (w) => {
        if (failed || w.queued > 0) await w.worker.terminate();
        else returnChunkWorker(w.worker);
      }),
    );
  }
}

function decoder(buf: Buffer, records: Int32Array, header: CsvHeader): ChunkDecoder {
  const n = header.names.length;
  const fields = (r: number): (string | null)[] => {
    const tok = new CsvTokenizer(header.delimiter, -1, Int32Array.from({ length: n }, (_, k) => k), n, 1);
    tok.tokenize(buf, records[2 * r]!, records[2 * r + 1]!, true);
    return header.names.map((_, k) => {
      const s = tok.offsets[2 * k]!;
      const e = tok.offsets[2 * k + 1]!;
      const flag = tok.flags[k]!;
      if (flag === 0 && s === e) return null;
      const t = buf.toString('utf8', s, e);
      return flag === 2 ? t.replaceAll('""', '"') : t;
    });
  };
  return {
    record: (r) => {
      const values = fields(r);
      return Object.fromEntries(header.names.map((name, k) => [name, values[k] ?? null]));
    },
    field: (r, column) => fields(r)[header.names.indexOf(column)] ?? null,
  };
}

function runHere(job: ChunkJob, chunk: Uint8Array, startLine: number, lines: number, driftFloors?: Record<string, number>, into?: ExactCollector): ChunkOutcome {
  const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  try {
    return { ok: true, result: processChunk(job, buf, startLine, lines, driftFloors, into), buf, worker: -1 };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, message: error.message, line: error.line };
    throw error;
  }
}

/**
 * Reads a CSV file in chunks cut at record boundaries; `threads - 1` worker threads and this one
 * tokenize and check them (this thread takes a chunk whenever every worker's queue is full), and the
 * results are folded into `sink` (and the columns' values into `drift`) in file order, so counts and
 * examples equal a one-thread read.
 */
export async function readCsvParallel(
  source: { path: string; gzip: boolean; file: string; size: number },
  header: CsvHeader,
  job: ChunkJob,
  sink: ParallelSink,
  threads: { count: number; chunkBytes: number },
  drift?: ExactCollector,
): Promise<void> {
  const ready = new Map<number, ChunkOutcome>();
  const pool = threads.count > 1 ? new WorkerPool(threads.count - 1, job, (id, outcome) => ready.set(id, outcome)) : undefined;
  const buffers = ChunkBuffers.shared(threads.chunkBytes);
  let nextId = 0;
  let folded = 0;
  const fold = (): void => {
    for (let outcome = ready.get(folded); outcome; outcome = ready.get(folded)) {
      ready.delete(folded++);
      if (!outcome.ok) throw inputError(outcome.message, { file: source.file, line: outcome.line });
      sink.absorbChunk(source.file, outcome.result.summary, decoder(outcome.buf, outcome.result.records, header));
      const part = drift && outcome.result.drift;
      if (part) drift.absorb(part);
      // Examples were decoded in absorbChunk: the chunk's bytes and row arrays are no longer needed, nor its drift
      // values (absorb copies them).
      buffers.give(outcome.buf.buffer);
      const spent = part ? [...rowArrayBuffers(outcome.result), ...partBuffers(part)] : rowArrayBuffers(outcome.result);
      if (outcome.worker < 0) recycleRowArrays(spent);
      else pool?.giveBack(outcome.worker, spent);
    }
  };
  const checkPool = (): void => {
    if (pool?.error) throw pool.error;
  };
  let line = header.nextLine;
  // Buffer's indexOf is a native memchr; Uint8Array's is several times slower.
  const dispatch = (chunk: Buffer): void => {
    const id = nextId++;
    const startLine = line;
    const lines = countLines(chunk);
    line += lines;
    if (id === 0 && !source.gzip) {
      const rows = Math.ceil((source.size / chunk.length) * lines * 1.05);
      sink.expectRows(rows);
      drift?.expectRows(rows);
    }
    const floors = drift?.levels();
    // On this thread alone, every chunk comes here in order: its drift values go straight into the read's collector.
    if (!pool?.offer(id, chunk, startLine, lines, floors)) ready.set(id, runHere(job, chunk, startLine, lines, floors, pool ? undefined : drift));
    fold();
  };
  try {
    for await (const chunk of recordChunks(source, header.endOffset, header.delimiter, buffers)) {
      checkPool();
      dispatch(chunk);
    }
    fold();
    while (folded < nextId) {
      checkPool();
      await pool!.nextReply();
      fold();
    }
  } finally {
    await pool?.close();
  }
}
