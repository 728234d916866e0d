import type { MessagePort } from 'node:worker_threads';
import type { ColumnConfig } from '../../../domain/config/schema.js';
import { ColumnChecker } from '../../../domain/validation/column-checker.js';
import { fillUniqueKeys, uniqueKeys } from '../../../domain/validation/distinct.js';
import type { ChunkSummary } from '../../../domain/validation/dataset-validator.js';
import { hashDuplicateRows } from '../../../domain/table/row-hash.js';
import { compactColumn } from './column-copy.js';
import { CHECK_BATCH_ROWS, ParquetSource } from './source.js';
import type { RecordBatch } from '../../../domain/table/record-batch.js';
import type { ColumnData } from './columns.js';
import type { ParquetFileReader, RowGroupReader } from './file-reader.js';

/** What a thread needs to read and check row groups of a Parquet file. */
export interface ParquetJob {
  format: 'parquet';
  path: string;
  file: string;
  /** The file's columns (a duplicate row is one equal in all of them). */
  header: readonly string[];
  /** Columns to read. */
  wanted: readonly string[];
  columns: Record<string, ColumnConfig>;
  unique: readonly string[];
  rowHashes: boolean;
  now: number;
  maxExamples: number;
}

/**
 * Rows [start, start + rows) of row group `group`, which starts at row `groupStart` of the file; `send`:
 * the columns whose data comes back with the summary, for the examples the folding thread may still show.
 */
export interface ParquetTask {
  id: number;
  group: number;
  groupStart: number;
  start: number;
  rows: number;
  send: readonly string[];
}

export interface ParquetTaskResult {
  summary: ChunkSummary;
  /** The `send` columns, CHECK_BATCH_ROWS rows a piece. */
  pieces: ColumnData[][];
}

export type ParquetReply = ({ id: number; ok: true } & ParquetTaskResult) | { id: number; ok: false; message: string };

/** The column checks of one task's rows, batch after batch, and the hashes uniqueness and duplicate detection need in data order. */
class TaskChecks {
  private readonly checkers: ColumnChecker[] = [];
  private readonly unique: ChunkSummary['unique'] = {};
  private readonly rowHashes: ChunkSummary['rowHashes'];
  private readonly h = new Uint32Array(2);

  constructor(
    private readonly job: ParquetJob,
    private readonly rows: number,
    private readonly rowOffset: number,
  ) {
    const ctx = { now: job.now, maxExamples: job.maxExamples };
    for (const name of job.wanted) {
      const config = job.columns[name];
      if (config) this.checkers.push(new ColumnChecker(name, config, ctx));
    }
    for (const name of job.unique) if (job.wanted.includes(name)) this.unique[name] = uniqueKeys(rows);
    if (job.rowHashes) this.rowHashes = { hi: new Uint32Array(rows), lo: new Uint32Array(rows) };
  }

  /** The batch of rows [at, at + batch.length) of the task. */
  checkBatch(batch: RecordBatch, at: number): void {
    const n = batch.length;
    for (const checker of this.checkers) {
      const col = batch.column(checker.name);
      if (col) checker.consume(batch, col);
    }
    for (const [name, u] of Object.entries(this.unique)) fillUniqueKeys(batch.column(name)!, n, u, at, this.h);
    if (this.rowHashes) hashDuplicateRows(batch, this.job.header, this.rowHashes.hi.subarray(at, at + n), this.rowHashes.lo.subarray(at, at + n), this.h);
  }

  summary(): ChunkSummary {
    const states: ChunkSummary['states'] = {};
    for (const checker of this.checkers) states[checker.name] = checker.state();
    return { rows: this.rows, lines: new Float64Array(0), rowOffset: this.rowOffset, states, unique: this.unique, ...(this.rowHashes ? { rowHashes: this.rowHashes } : {}) };
  }
}

/**
 * Reads and checks tasks' rows, CHECK_BATCH_ROWS at a time; a task continuing where the last one of this
 * runner stopped reads on, another opens its row group and skips to its start.
 */
export class TaskRunner {
  private group: RowGroupReader | undefined;
  constructor(
    private readonly job: ParquetJob,
    private readonly reader: ParquetFileReader,
  ) {}

  async run(task: ParquetTask): Promise<ParquetTaskResult> {
    const rowStart = task.groupStart + task.start;
    if (this.group?.group !== task.group || this.group.position > rowStart) this.group = this.reader.rowGroup(task.group, task.groupStart);
    const group = this.group;
    if (group.position < rowStart) await group.skip(rowStart - group.position);
    const checks = new TaskChecks(this.job, task.rows, rowStart);
    const pieces: ColumnData[][] = [];
    for (let at = 0; at < task.rows; at += CHECK_BATCH_ROWS) {
      const n = Math.min(CHECK_BATCH_ROWS, task.rows - at);
      const data = await group.takeData(n);
      const columns = group.columns(data);
      const index = new Map(columns.map((c) => [c.name, c]));
      checks.checkBatch({ file: this.job.file, length: n, rowOffset: rowStart + at, columns, column: (c) => index.get(c), line: () => undefined }, at);
      // The batch's arrays are reused by the next one: what is sent is copied.
      if (task.send.length > 0) pieces.push(data.filter((d) => task.send.includes(d.name)).map(compactColumn));
    }
    if (group.position === this.reader.groupStarts()[task.group + 1]) await group.finish();
    return { summary: checks.summary(), pieces };
  }
}

/** Loads what reading a Parquet file takes beyond this module (the reader and decompressors are imported lazily). */
export async function preloadParquetCode(): Promise<void> {
  await Promise.all([import('hyparquet'), import('./file-reader.js')]);
}

/** The typed arrays of a result that are not needed after sending it (transferred rather than copied). */
export function resultTransferables(summary: ChunkSummary): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const u of Object.values(summary.unique)) for (const a of [u.ints, u.hi, u.lo, u.nulls]) out.add(a.buffer as ArrayBuffer);
  if (summary.rowHashes) for (const a of [summary.rowHashes.hi, summary.rowHashes.lo]) out.add(a.buffer as ArrayBuffer);
  return [...out];
}

/**
 * A worker thread's side of a Parquet read (src/io/data/parquet/parallel.ts): opens the file for `job`
 * and returns what runs each task message, one task after the other (each awaits file reads, and the
 * next must not start meanwhile), replying on `port`.
 */
export function parquetTaskServer(job: ParquetJob, port: MessagePort): (task: ParquetTask) => void {
  const source = new ParquetSource(job.path, job.file);
  const runner = source.open(job.wanted).then(({ reader }) => new TaskRunner(job, reader));
  // A failure to open is reported with the first task.
  runner.catch(() => undefined);
  let queue = Promise.resolve();
  return (task) => {
    queue = queue.then(async () => {
      let reply: ParquetReply;
      try {
        reply = { id: task.id, ok: true, ...(await (await runner).run(task)) };
      } catch (error) {
        reply = { id: task.id, ok: false, message: source.corrupt(error).message };
      }
      port.postMessage(reply, reply.ok ? resultTransferables(reply.summary) : []);
    });
  };
}
