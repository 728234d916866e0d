import { isAscii, isUtf8 } from 'node:buffer';
import type { ColumnConfig, DatasetConfig } from '../../../domain/config/schema.js';
import { ColumnChecker } from '../../../domain/validation/column-checker.js';
import { fillUniqueKeys, type UniqueKeys } from '../../../domain/validation/distinct.js';
import type { ChunkSummary } from '../../../domain/validation/dataset-validator.js';
import type { JsonlChunkResult } from '../jsonl/chunk.js';
import { CsvColumn } from '../columns.js';
import { hashRecordBytes, viewOf } from '../../../domain/table/hash.js';
import { ColumnStreamer, exactCollector, partBuffers, type CollectedColumns, type ColumnPlan, type ExactCollector } from '../column-values.js';
import type { RecordBatch } from '../../../domain/table/record-batch.js';
import { lastRecordEnd } from './record-chunks.js';
import { countLines } from '../line-feeds.js';
import { recycleRowArrays, rowArray, rowArrayBuffers, type RowArray } from './row-arrays.js';
import { CsvSyntaxError, CsvTokenizer } from './tokenizer.js';

/**
 * Rows tokenized and checked at a time: the fields' offsets and the bytes of 4,096 rows stay in the
 * core's cache while each column's checks read them.
 */
const SUB_BATCH_ROWS = 4096;

export interface ChunkJob {
  file: string;
  header: readonly string[];
  delimiter: number;
  columns: Record<string, ColumnConfig>;
  unique: readonly string[];
  rowHashes: boolean;
  now: number;
  maxExamples: number;
  /** When drift is computed in the same pass: how to read each column (fixed by the first rows of the file). */
  drift?: { plans: Record<string, ColumnPlan>; columns: Pick<DatasetConfig, 'columns'> };
}

export interface ChunkResult {
  summary: ChunkSummary;
  /** Byte range of each record, at 2 * row (to decode examples later). */
  records: Int32Array;
  /** Every value of every column, for drift (when the job asks for it). */
  drift?: CollectedColumns;
}

export type ChunkReply<R = ChunkResult> = { id: number; ok: true; result: R; buf: Uint8Array } | { id: number; ok: false; message: string; line: number; buf: Uint8Array };

/** A copy of `a` in a new array of `size` elements (the rest zero). */
function grown<T extends RowArray>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
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

/**
 * The hash of each record from..to (its byte range at records[2r], records[2r + 1]). Its own function:
 * a hot loop in `processChunk` would make the engine compile that whole function (and all it inlines)
 * on the spot, again after each of its deoptimisations.
 */
function hashRows(buf: Buffer, view: DataView, records: Int32Array, from: number, to: number, out: { hi: Uint32Array; lo: Uint32Array }, h: Uint32Array): void {
  const { hi, lo } = out;
  for (let r = from; r < to; r++) {
    hashRecordBytes(buf, view, records[2 * r]!, records[2 * r + 1]!, h);
    hi[r] = h[0]!;
    lo[r] = h[1]!;
  }
}

/** One tokenizer per job, reused from chunk to chunk (its arrays hold a 4,096-row batch: ~0.4 MB for 12 columns). */
const tokenizers = new WeakMap<ChunkJob, CsvTokenizer>();

function tokenizerFor(job: ChunkJob, slotOf: Int32Array, slots: number): CsvTokenizer {
  let tok = tokenizers.get(job);
  if (tok === undefined) {
    tok = new CsvTokenizer(job.delimiter, job.header.length, slotOf, slots, SUB_BATCH_ROWS);
    tokenizers.set(job, tok);
  }
  return tok;
}

/**
 * The sampling levels of each category table of this thread's last chunk of a job. A chunk's table is
 * at a level only when its own values did not fit a level lower, so neither do the whole read's: the
 * read's final level is at least as high, and it is a floor for the thread's next chunk as the read's
 * level so far is (the next chunk pools early what the merge would drop anyway; the result is the same).
 */
const reached = new WeakMap<ChunkJob, Record<string, number>>();

/** The numeric columns this thread's chunks of a job found with too many distinct values to tally (the next chunk keeps them value by value from the start). */
const spilledOf = new WeakMap<ChunkJob, Set<string>>();

/** The higher of the read's levels when the chunk was sent and this thread's last chunk's levels, per column. */
function floorsFor(job: ChunkJob, sent: Readonly<Record<string, number>> = {}): Record<string, number> {
  const floors = { ...sent };
  for (const [name, level] of Object.entries(reached.get(job) ?? {})) floors[name] = Math.max(floors[name] ?? 0, level);
  return floors;
}

/** Jobs whose checks have run once in this thread (see `warmUp`). */
const warmed = new WeakSet<ChunkJob>();
/** The warm-up reads the whole records in the first 32 KiB of the first chunk (~300 rows), twice. */
const WARM_UP_BYTES = 32 << 10;
const WARM_UP_RUNS = 2;

/**
 * Runs the checks on the first records of the chunk and drops the result, before the real pass. A
 * check loop that gets hot is compiled while it runs, so the code after it has not yet run; the
 * engine then throws that compiled code away as soon as the loop ends (for want of type feedback)
 * and compiles it again, in each thread. Two small runs first give every common path its feedback:
 * on bench/validate (2 threads) deoptimisations fell from 41 to 11 and CPU time by 9% (1.73 -> 1.57 s).
 */
function warmUp(job: ChunkJob, buf: Buffer, startLine: number): void {
  warmed.add(job);
  const end = lastRecordEnd(buf, Math.min(buf.length, WARM_UP_BYTES), job.delimiter);
  if (end === 0 || end === buf.length) return;
  const prefix = buf.subarray(0, end);
  // The second run leaves out the last line feed: the tokenizer then also reads a field up to the end of its input.
  const unterminated = buf.subarray(0, buf[end - 2] === 13 ? end - 2 : end - 1);
  try {
    for (let k = 0; k < WARM_UP_RUNS; k++) {
      const records = k === 0 ? prefix : unterminated;
      recycleRowArrays(rowArrayBuffers(checkChunk(job, records, startLine, countLines(records))));
    }
  } catch {
    // Bad input in these records: the real pass reports it.
  }
}

/**
 * Tokenizes one chunk (whole records, starting on line `startLine`, holding `lineCount` line feeds) and runs the column checks on
 * it; collects the hashes that uniqueness and duplicate rows need, in data order. `driftFloors`: the drift
 * collector's sampling levels when the chunk was sent (`ExactCollector.levels`); `into`: see `checkChunk`.
 */
export function processChunk(job: ChunkJob, buf: Buffer, startLine: number, lineCount: number, driftFloors?: Record<string, number>, into?: ExactCollector): ChunkResult {
  if (!warmed.has(job)) warmUp(job, buf, startLine);
  return checkChunk(job, buf, startLine, lineCount, driftFloors, into);
}

/**
 * `into`: the read's own collector, when every chunk is read on this thread in order: the chunk's values go
 * straight into it (no collector of the chunk's own to export and fold in); the result then has no `drift`.
 */
function checkChunk(job: ChunkJob, buf: Buffer, startLine: number, lineCount: number, driftFloors?: Record<string, number>, into?: ExactCollector): ChunkResult {
  // ASCII is valid UTF-8 (and lets texts be cut cheaply, see TextWindow).
  const ascii = isAscii(buf);
  if (!ascii && !isUtf8(buf)) throw new CsvSyntaxError('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', firstBadLine(buf, startLine));
  const requested = job.header.filter((h) => h in job.columns || job.unique.includes(h) || (job.drift !== undefined && h in job.drift.plans));
  const slotOf = new Int32Array(job.header.length).fill(-1);
  requested.forEach((name, slot) => {
    slotOf[job.header.indexOf(name)] = slot;
  });
  // One record per line feed, plus a last unterminated line; a file with lone CR line ends has more,
  // and the arrays grow for them.
  let capacity = lineCount + 1;
  let lines = rowArray(Float64Array, capacity);
  let records = rowArray(Int32Array, 2 * capacity);
  const keys = (): UniqueKeys => ({ ints: rowArray(Float64Array, capacity), hi: rowArray(Uint32Array, capacity), lo: rowArray(Uint32Array, capacity), nulls: rowArray(Uint8Array, capacity) });
  const unique = Object.fromEntries(job.unique.filter((n) => requested.includes(n)).map((n) => [n, keys()]));
  const rowHashes = job.rowHashes ? { hi: rowArray(Uint32Array, capacity), lo: rowArray(Uint32Array, capacity) } : undefined;
  const ensure = (need: number): void => {
    if (need <= capacity) return;
    capacity = Math.max(need, 2 * capacity);
    lines = grown(lines, capacity);
    records = grown(records, 2 * capacity);
    for (const u of Object.values(unique)) Object.assign(u, { ints: grown(u.ints, capacity), hi: grown(u.hi, capacity), lo: grown(u.lo, capacity), nulls: grown(u.nulls, capacity) });
    if (rowHashes) Object.assign(rowHashes, { hi: grown(rowHashes.hi, capacity), lo: grown(rowHashes.lo, capacity) });
  };
  const ctx = { now: job.now, maxExamples: job.maxExamples };
  const checkers = requested.flatMap((name, slot) => {
    const cfg = job.columns[name];
    return cfg ? [{ slot, checker: new ColumnChecker(name, cfg, ctx) }] : [];
  });

  // Sized for the chunk's rows: each numeric column's values fill one array, sent as it is.
  const collector = job.drift ? (into ?? exactCollector(floorsFor(job, driftFloors), capacity, spilledOf.get(job))) : undefined;
  const streamer = job.drift && collector ? new ColumnStreamer(job.drift.columns, collector.sinks, new Map(Object.entries(job.drift.plans))) : undefined;
  const tok = tokenizerFor(job, slotOf, requested.length);
  tok.line = startLine;
  const h = new Uint32Array(2);
  const view = viewOf(buf);
  let rows = 0;
  let pos = 0;
  while (pos < buf.length) {
    const res = tok.tokenize(buf, pos, buf.length, true);
    const n = res.rows;
    pos = res.consumed;
    if (n === 0) break;
    ensure(rows + n);
    const columns = requested.map((name, slot) => new CsvColumn(name, buf, tok.offsets, tok.flags, slot, requested.length, n, ascii));
    const byName = new Map(columns.map((c) => [c.name, c]));
    const subLines = tok.lines;
    const batch: RecordBatch = { file: job.file, length: n, rowOffset: rows, columns, column: (name) => byName.get(name), line: (i) => subLines[i] };
    for (const { slot, checker } of checkers) checker.consume(batch, columns[slot]!);
    streamer?.consume(batch);
    for (const [name, u] of Object.entries(unique)) fillUniqueKeys(byName.get(name)!, n, u, rows, h);
    lines.set(subLines.subarray(0, n), rows);
    records.set(tok.records.subarray(0, 2 * n), 2 * rows);
    if (rowHashes) hashRows(buf, view, records, rows, rows + n, rowHashes, h);
    rows += n;
  }
  const states: ChunkSummary['states'] = {};
  for (const { checker } of checkers) states[checker.name] = checker.state();
  const trim = <T extends Uint8Array | Uint32Array | Float64Array | Int32Array>(a: T, len: number): T => a.subarray(0, len) as T;
  for (const u of Object.values(unique)) {
    u.ints = trim(u.ints, rows);
    u.hi = trim(u.hi, rows);
    u.lo = trim(u.lo, rows);
    u.nulls = trim(u.nulls, rows);
  }
  const summary: ChunkSummary = { rows, lines: trim(lines, rows), states, unique, ...(rowHashes ? { rowHashes: { hi: trim(rowHashes.hi, rows), lo: trim(rowHashes.lo, rows) } } : {}) };
  if (into) return { summary, records: trim(records, 2 * rows) };
  if (collector) {
    reached.set(job, collector.levels());
    const spilled = collector.spilled();
    if (spilled.length) spilledOf.set(job, new Set(spilled));
  }
  return { summary, records: trim(records, 2 * rows), ...(collector ? { drift: collector.export() } : {}) };
}

export interface ChunkMessage {
  kind: 'chunk';
  id: number;
  buf: Uint8Array;
  startLine: number;
  /** Line feeds in the chunk (`countLines`), which the sender counted already. */
  lines: number;
  /** Buffers of this thread's earlier results, folded and handed back for reuse (`recycleRowArrays`). */
  spare: ArrayBuffer[];
  /** Sampling levels of the read's drift tables so far (see `processChunk`). */
  driftFloors?: Record<string, number>;
}

/** The typed arrays of a result, to transfer rather than copy. */
export function resultBuffers(result: ChunkResult | JsonlChunkResult): ArrayBuffer[] {
  const out = rowArrayBuffers(result);
  if ('drift' in result && result.drift) out.push(...partBuffers(result.drift));
  return out;
}
