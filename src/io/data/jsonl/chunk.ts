import { isAscii, isUtf8 } from 'node:buffer';
import type { ColumnConfig } from '../../../domain/config/schema.js';
import { inputError } from '../../../domain/errors.js';
import { ColumnChecker } from '../../../domain/validation/column-checker.js';
import { fillUniqueKeys, type UniqueKeys } from '../../../domain/validation/distinct.js';
import type { ChunkSummary } from '../../../domain/validation/dataset-validator.js';
import type { RowIssue } from '../../../domain/table/record-batch.js';
import { recycleRowArrays, rowArray, rowArrayBuffers } from '../csv/row-arrays.js';
import { countLines } from '../line-feeds.js';
import { JsonlLineReader } from './line-reader.js';
import { JsonlRows } from './rows.js';

/** Rows read and checked at a time: their cells stay in the core's cache while each column's checks read them. */
const SUB_BATCH_ROWS = 4096;

/** What a thread needs to read and check chunks of a JSON Lines file. */
export interface JsonlChunkJob {
  format: 'jsonl';
  file: string;
  columns: Record<string, ColumnConfig>;
  unique: readonly string[];
  rowHashes: boolean;
  now: number;
  maxExamples: number;
}

export interface JsonlChunkResult {
  summary: ChunkSummary;
  /** Byte range of each row's line, at 2 * row (to read it again for an example). */
  records: Int32Array;
  /** The keys of the chunk's objects, in order of first appearance in the chunk. */
  keys: string[];
}

/**
 * One line reader per job in each thread (it keeps the keys it has met from chunk to chunk), and the
 * rows it reads into, reused from chunk to chunk (their cells are ~0.9 MB for 12 columns).
 */
const readers = new WeakMap<JsonlChunkJob, { reader: JsonlLineReader; rows: JsonlRows }>();

/** The columns a job reads: the configured ones and the unique ones. */
export function jobColumns(job: JsonlChunkJob): string[] {
  return [...new Set([...Object.keys(job.columns), ...job.unique])];
}

/** The line of the first byte of buf[from, end) that is not valid UTF-8. */
function firstBadLine(buf: Buffer, from: number, end: number, line: number): number {
  for (let p = from; p < end; line++) {
    const q = buf.indexOf(10, p);
    const e = q < 0 || q > end ? end : q;
    if (!isUtf8(buf.subarray(p, e))) return line;
    p = e + 1;
  }
  return line;
}

/** Jobs whose checks have run once in this thread (see `warmUp`). */
const warmed = new WeakSet<JsonlChunkJob>();
/** The warm-up reads the whole lines in the first 32 KiB of the first chunk (~150 rows), twice. */
const WARM_UP_BYTES = 32 << 10;

/**
 * Reads and checks the first lines of the chunk and drops the result, before the real pass, as the
 * CSV chunks do (`csv/chunk-worker.ts`): a check loop compiled while it runs has no type feedback for
 * the code after it, which the engine then threw away at the end of every batch (400 times per
 * million rows for the newest-date code of a datetime column's range check).
 */
function warmUp(job: JsonlChunkJob, buf: Buffer, startLine: number): void {
  warmed.add(job);
  const end = buf.lastIndexOf(10, Math.min(buf.length, WARM_UP_BYTES) - 1) + 1;
  if (end === 0 || end === buf.length) return;
  try {
    // The second run leaves out the last line feed: a last line without one is read too.
    for (const lines of [buf.subarray(0, end), buf.subarray(0, end - 1)]) {
      recycleRowArrays(rowArrayBuffers(checkJsonlChunk(job, lines, startLine, countLines(lines))));
    }
  } catch {
    // Bad input in these lines: the real pass reports it.
  }
}

/**
 * Reads one chunk of whole lines (starting on line `startLine`, holding `lineCount` line feeds) and
 * runs the column checks on it; collects the hashes that uniqueness and duplicate rows need, in data
 * order. Bad input is thrown as the reader throws it (the chunk up to its last line feed is checked
 * for UTF-8 before its lines are read).
 */
export function processJsonlChunk(job: JsonlChunkJob, buf: Buffer, startLine: number, lineCount: number): JsonlChunkResult {
  if (!warmed.has(job)) warmUp(job, buf, startLine);
  return checkJsonlChunk(job, buf, startLine, lineCount);
}

function checkJsonlChunk(job: JsonlChunkJob, buf: Buffer, startLine: number, lineCount: number): JsonlChunkResult {
  const requested = jobColumns(job);
  let kept = readers.get(job);
  if (kept === undefined) {
    const reader = new JsonlLineReader(requested, job.rowHashes);
    kept = { reader, rows: new JsonlRows(reader, job.file, SUB_BATCH_ROWS, job.rowHashes) };
    readers.set(job, kept);
  }
  const { reader, rows } = kept;
  reader.startChunk();
  reader.useBuffer(buf);
  // Left with rows when the last chunk threw.
  rows.clear();
  const capacity = lineCount + 1;
  const lines = rowArray(Float64Array, capacity);
  const records = rowArray(Int32Array, 2 * capacity);
  const unique: Record<string, UniqueKeys> = {};
  for (const name of job.unique) unique[name] = { ints: rowArray(Float64Array, capacity), hi: rowArray(Uint32Array, capacity), lo: rowArray(Uint32Array, capacity), nulls: rowArray(Uint8Array, capacity) };
  const rowHashes = job.rowHashes ? { hi: rowArray(Uint32Array, capacity), lo: rowArray(Uint32Array, capacity) } : undefined;
  const ctx = { now: job.now, maxExamples: job.maxExamples };
  const checkers = Object.entries(job.columns).map(([name, cfg]) => new ColumnChecker(name, cfg, ctx));
  const issues: RowIssue[] = [];
  const h = new Uint32Array(2);
  const ascii = isAscii(buf);
  let done = 0;
  const flush = (): void => {
    const n = rows.rows;
    if (n === 0) return;
    // Every requested column, met or not: whether a key occurs in the file is decided where the chunks are folded.
    const batch = rows.batch(buf, done, ascii, true);
    for (const checker of checkers) checker.consume(batch, batch.column(checker.name)!);
    for (const [name, u] of Object.entries(unique)) fillUniqueKeys(batch.column(name)!, n, u, done, h);
    lines.set(rows.lines.subarray(0, n), done);
    records.set(rows.records.subarray(0, 2 * n), 2 * done);
    if (rowHashes) {
      rowHashes.hi.set(rows.hi!.subarray(0, n), done);
      rowHashes.lo.set(rows.lo!.subarray(0, n), done);
    }
    issues.push(...rows.issues);
    done += n;
    rows.clear();
  };
  const last = buf.lastIndexOf(10);
  const checkUtf8 = (from: number, end: number, line: number): void => {
    if (!ascii && !isUtf8(buf.subarray(from, end))) throw inputError('invalid UTF-8 (expected UTF-8 text)', { file: job.file, line: firstBadLine(buf, from, end, line) });
  };
  checkUtf8(0, Math.max(0, last), startLine);
  let line = startLine;
  let p = 0;
  for (; p <= last; line++) {
    const q = buf.indexOf(10, p);
    rows.addLine(buf, p, q, line);
    if (rows.full) flush();
    p = q + 1;
  }
  if (p < buf.length) {
    checkUtf8(p, buf.length, line);
    rows.addLine(buf, p, buf.length, line);
  }
  flush();
  const states: ChunkSummary['states'] = {};
  for (const checker of checkers) states[checker.name] = checker.state();
  const trim = <T extends Uint8Array | Uint32Array | Float64Array | Int32Array>(a: T, len: number): T => a.subarray(0, len) as T;
  for (const u of Object.values(unique)) Object.assign(u, { ints: trim(u.ints, done), hi: trim(u.hi, done), lo: trim(u.lo, done), nulls: trim(u.nulls, done) });
  const summary: ChunkSummary = { rows: done, lines: trim(lines, done), states, unique, ...(rowHashes ? { rowHashes: { hi: trim(rowHashes.hi, done), lo: trim(rowHashes.lo, done) } } : {}), ...(issues.length > 0 ? { issues } : {}) };
  return { summary, records: trim(records, 2 * done), keys: reader.chunkKeys };
}
