import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inputError } from '../../domain/errors.js';
import type { ChunkDecoder, ChunkSummary } from '../../domain/validation/dataset-validator.js';
import { fileChunks } from '../byte-stream.js';
import { CHUNK_WORKER_TAG, type ChunkJob, type ChunkReply } from './chunk-worker.js';
import type { CsvHeader } from './source.js';
import { CsvTokenizer } from './tokenizer.js';

/** Bytes per chunk handed to a worker (cut at a record boundary). */
const CHUNK_BYTES = 4 << 20;

/**
 * Worker threads can only load the bundle (dist/index.js): the sources are TypeScript. MLGATE_THREADS
 * sets the number of workers (1 = read in the main thread).
 */
export function parallelWorkers(env: Readonly<Record<string, string | undefined>>): number {
  if (!import.meta.url.endsWith('.js')) return 1;
  const asked = Number(env.MLGATE_THREADS ?? '');
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 16);
  return Math.min(availableParallelism(), 4);
}

/**
 * End (exclusive) of the last complete record in buf[0, end), given that buf starts at a record
 * boundary: the last newline outside quotes. 0 when there is none.
 */
export function lastRecordEnd(buf: Buffer, end: number): number {
  let last = -1;
  let p = 0;
  for (;;) {
    const q = buf.indexOf(34, p);
    const segEnd = q < 0 || q >= end ? end : q;
    if (segEnd > p) {
      const nl = buf.lastIndexOf(10, segEnd - 1);
      if (nl >= p) last = nl;
    }
    if (q < 0 || q >= end) break;
    const close = buf.indexOf(34, q + 1);
    if (close < 0 || close >= end) break;
    p = close + 1;
  }
  return last + 1;
}

function countNewlines(buf: Buffer, end: number): number {
  let n = 0;
  for (let p = buf.indexOf(10); p >= 0 && p < end; p = buf.indexOf(10, p + 1)) n++;
  return n;
}

export interface ParallelSink {
  absorbChunk(file: string, summary: ChunkSummary, decode: ChunkDecoder): void;
}

class Pool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: ChunkReply) => void; reject: (e: unknown) => void }>();
  private failure: unknown;

  constructor(count: number, job: ChunkJob) {
    // This module sits in a chunk of the bundle; the worker loads the bundle's entry, which loads the worker code.
    // (Not `new URL('./index.js', import.meta.url)`: the bundler would rewrite that as an asset.)
    const entry = import.meta.url.replace(/[^/]*$/, 'index.js');
    const code = `process.argv[1] = 'mlgate-worker'; import(${JSON.stringify(entry)}).then((m) => m.startCsvChunkWorker());`;
    for (let k = 0; k < count; k++) {
      // A worker holds one 4 MiB chunk and its offsets at a time: a small heap keeps the process's RSS low.
      const w = new Worker(code, { eval: true, workerData: { tag: CHUNK_WORKER_TAG }, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } });
      w.on('message', (reply: ChunkReply) => {
        const pending = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        pending?.resolve(reply);
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`worker thread exited with status ${code}`));
      });
      w.postMessage({ kind: 'job', job });
      this.workers.push(w);
    }
  }

  private fail(e: unknown): void {
    this.failure ??= e;
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
  }

  run(id: number, buf: Buffer, startLine: number, rowOffset: number): Promise<ChunkReply> {
    if (this.failure) return Promise.reject(this.failure instanceof Error ? this.failure : new Error('worker thread failed'));
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const copy = new Uint8Array(buf.length);
      copy.set(buf);
      this.workers[id % this.workers.length]!.postMessage({ kind: 'chunk', id, buf: copy, startLine, rowOffset }, [copy.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
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

/**
 * Reads a CSV file in chunks cut at record boundaries and has `workers` threads tokenize and check
 * them; results are folded into `sink` in file order, so counts and examples equal a one-thread read.
 */
export async function readCsvParallel(source: { path: string; gzip: boolean; file: string }, header: CsvHeader, job: ChunkJob, sink: ParallelSink, workers: number): Promise<void> {
  const pool = new Pool(workers, job);
  const inFlight: { promise: Promise<ChunkReply>; buf: Buffer }[] = [];
  const settle = async (): Promise<void> => {
    const next = inFlight.shift()!;
    const reply = await next.promise;
    if (!reply.ok) throw inputError(reply.message, { file: source.file, line: reply.line });
    sink.absorbChunk(source.file, reply.summary, decoder(next.buf, reply.records, header));
  };
  try {
    let skip = header.endOffset;
    let pending: Buffer | undefined;
    let line = header.nextLine;
    let id = 0;
    const rowOffset = 0;
    const dispatch = async (chunk: Buffer): Promise<void> => {
      if (chunk.length === 0) return;
      inFlight.push({ promise: pool.run(id++, chunk, line, rowOffset), buf: chunk });
      line += countNewlines(chunk, chunk.length);
      if (inFlight.length >= workers * 2) await settle();
    };
    for await (let raw of fileChunks(source.path, source.file, source.gzip, CHUNK_BYTES)) {
      if (skip > 0) {
        const drop = Math.min(skip, raw.length);
        skip -= drop;
        raw = raw.subarray(drop);
        if (raw.length === 0) continue;
      }
      const buf: Buffer = pending ? Buffer.concat([pending, raw]) : raw;
      if (buf.length < CHUNK_BYTES) {
        pending = buf === raw ? Buffer.from(raw) : buf;
        continue;
      }
      const cut = lastRecordEnd(buf, buf.length);
      if (cut === 0) {
        pending = buf;
        continue;
      }
      await dispatch(Buffer.from(buf.subarray(0, cut)));
      pending = cut < buf.length ? Buffer.from(buf.subarray(cut)) : undefined;
    }
    if (pending && pending.length > 0) await dispatch(pending);
    while (inFlight.length > 0) await settle();
  } finally {
    await pool.close();
  }
}
