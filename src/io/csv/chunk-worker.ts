import { isUtf8 } from 'node:buffer';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ColumnConfig } from '../../domain/config/schema.js';
import { ColumnChecker } from '../../domain/validation/column-checker.js';
import type { ChunkSummary } from '../../domain/validation/dataset-validator.js';
import { CsvColumn } from '../columns.js';
import { hashRecordBytes } from '../hash.js';
import type { RecordBatch } from '../table.js';
import { CsvSyntaxError, CsvTokenizer } from './tokenizer.js';

/** Marks a worker thread started by `ParallelCsvReader` (src/io/csv/parallel.ts). */
export const CHUNK_WORKER_TAG = 'mlgate-csv-chunk-worker';

export interface ChunkJob {
  file: string;
  header: readonly string[];
  delimiter: number;
  columns: Record<string, ColumnConfig>;
  unique: readonly string[];
  rowHashes: boolean;
  now: number;
  maxExamples: number;
}

export type ChunkReply = { id: number; ok: true; summary: ChunkSummary; records: Int32Array } | { id: number; ok: false; message: string; line: number };

function countLines(buf: Buffer): number {
  let n = 0;
  for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1)) n++;
  return n;
}

function firstBadLine(buf: Buffer, startLine: number): number {
  let line = startLine;
  let p = 0;
  while (p < buf.length) {
    let q = buf.indexOf(10, p);
    if (q < 0) q = buf.length;
    if (!isUtf8(buf.subarray(p, q))) return line;
    line++;
    p = q + 1;
  }
  return line;
}

/** Tokenizes one chunk (whole records) and runs the column checks on it. */
export function processChunk(job: ChunkJob, buf: Buffer, startLine: number, rowOffset: number): { summary: ChunkSummary; records: Int32Array } {
  if (!isUtf8(buf)) throw new CsvSyntaxError('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', firstBadLine(buf, startLine));
  const requested = job.header.filter((h) => h in job.columns || job.unique.includes(h));
  const slotOf = new Int32Array(job.header.length).fill(-1);
  requested.forEach((name, slot) => {
    slotOf[job.header.indexOf(name)] = slot;
  });
  const capacity = countLines(buf) + 1;
  const tok = new CsvTokenizer(job.delimiter, job.header.length, slotOf, requested.length, capacity);
  tok.line = startLine;
  const { rows } = tok.tokenize(buf, 0, buf.length, true);
  const columns = requested.map((name, slot) => new CsvColumn(name, buf, tok.offsets, tok.flags, slot, requested.length, rows));
  const byName = new Map(columns.map((c) => [c.name, c]));
  const lines = tok.lines;
  const batch: RecordBatch = { file: job.file, length: rows, rowOffset, columns, column: (n) => byName.get(n), line: (i) => lines[i] };
  const ctx = { now: job.now, maxExamples: job.maxExamples };
  const states: ChunkSummary['states'] = {};
  for (const col of columns) {
    const cfg = job.columns[col.name];
    if (!cfg) continue;
    const checker = new ColumnChecker(col.name, cfg, ctx);
    checker.consume(batch, col);
    states[col.name] = checker.state();
  }
  const h = new Uint32Array(2);
  const unique: ChunkSummary['unique'] = {};
  for (const name of job.unique) {
    const col = byName.get(name);
    if (!col) continue;
    const hi = new Uint32Array(rows);
    const lo = new Uint32Array(rows);
    const nulls = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) {
      if (col.isNull(i)) nulls[i] = 1;
      else {
        col.hash(i, h);
        hi[i] = h[0]!;
        lo[i] = h[1]!;
      }
    }
    unique[name] = { hi, lo, nulls };
  }
  let rowHashes: ChunkSummary['rowHashes'];
  const records = tok.records.slice(0, 2 * rows);
  if (job.rowHashes) {
    const hi = new Uint32Array(rows);
    const lo = new Uint32Array(rows);
    for (let i = 0; i < rows; i++) {
      hashRecordBytes(buf, records[2 * i]!, records[2 * i + 1]!, h);
      hi[i] = h[0]!;
      lo[i] = h[1]!;
    }
    rowHashes = { hi, lo };
  }
  return { summary: { rows, lines: tok.lines.slice(0, rows), states, unique, ...(rowHashes ? { rowHashes } : {}) }, records };
}

interface ChunkMessage {
  kind: 'chunk';
  id: number;
  buf: Uint8Array;
  startLine: number;
  rowOffset: number;
}

if (!isMainThread && parentPort && (workerData as { tag?: string } | null)?.tag === CHUNK_WORKER_TAG) {
  const port = parentPort;
  let job: ChunkJob | undefined;
  port.on('message', (msg: { kind: 'job'; job: ChunkJob } | ChunkMessage) => {
    if (msg.kind === 'job') {
      job = msg.job;
      return;
    }
    const buf = Buffer.from(msg.buf.buffer, msg.buf.byteOffset, msg.buf.byteLength);
    let reply: ChunkReply;
    try {
      const { summary, records } = processChunk(job!, buf, msg.startLine, msg.rowOffset);
      reply = { id: msg.id, ok: true, summary, records };
    } catch (error) {
      reply = { id: msg.id, ok: false, message: error instanceof Error ? error.message : String(error), line: error instanceof CsvSyntaxError ? error.line : msg.startLine };
    }
    const transfer: ArrayBuffer[] = [];
    if (reply.ok) {
      const s = reply.summary;
      transfer.push(s.lines.buffer as ArrayBuffer, reply.records.buffer as ArrayBuffer);
      for (const u of Object.values(s.unique)) transfer.push(u.hi.buffer as ArrayBuffer, u.lo.buffer as ArrayBuffer, u.nulls.buffer as ArrayBuffer);
      if (s.rowHashes) transfer.push(s.rowHashes.hi.buffer as ArrayBuffer, s.rowHashes.lo.buffer as ArrayBuffer);
    }
    port.postMessage(reply, transfer);
  });
}
