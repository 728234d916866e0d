import type { MessagePort } from 'node:worker_threads';
import type { ColumnConfig } from '../../../domain/config/schema.js';
import { ColumnChecker } from '../../../domain/validation/column-checker.js';
import { fillUniqueKeys, uniqueKeys } from '../../../domain/validation/distinct.js';
import { hashRows, type ChunkSummary } from '../../../domain/validation/dataset-validator.js';
import { ParquetSource } from './source.js';
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
  columns: ColumnData[];
}

export type ParquetReply = ({ id: number; ok: true } & ParquetTaskResult) | { id: number; ok: false; message: string };

/** The column checks of one batch, and the hashes uniqueness and duplicate detection need in data order. */
export function summarize(job: ParquetJob, batch: RecordBatch): ChunkSummary {
  const rows = batch.length;
  const ctx = { now: job.now, maxExamples: job.maxExamples };
  const states: ChunkSummary['states'] = {};
  for (const col of batch.columns) {
    const config = job.columns[col.name];
    if (!config) continue;
    const checker = new ColumnChecker(col.name, config, ctx);
    checker.consume(batch, col);
    states[col.name] = checker.state();
  }
  const h = new Uint32Array(2);
  const unique: ChunkSummary['unique'] = {};
  for (const name of job.unique) {
    const col = batch.column(name);
    if (!col) continue;
    const u = uniqueKeys(rows);
    fillUniqueKeys(col, rows, u, 0, h);
    unique[name] = u;
  }
  let rowHashes: ChunkSummary['rowHashes'];
  if (job.rowHashes) {
    rowHashes = { hi: new Uint32Array(rows), lo: new Uint32Array(rows) };
    hashRows(batch, job.header, rowHashes.hi, rowHashes.lo, h, new Uint32Array(2));
  }
  return { rows, lines: new Float64Array(0), rowOffset: batch.rowOffset, states, unique, ...(rowHashes ? { rowHashes } : {}) };
}

/**
 * Reads and checks tasks' rows; a task continuing where the last one of this runner stopped reads on,
 * another opens its row group and skips to its start. The data returned lives in arrays the next task
 * reuses: copy it to keep it.
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
    const data = await group.takeData(task.rows);
    if (group.position === this.reader.groupStarts()[task.group + 1]) await group.finish();
    const columns = group.columns(data);
    const index = new Map(columns.map((c) => [c.name, c]));
    const batch: RecordBatch = { file: this.job.file, length: task.rows, rowOffset: rowStart, columns, column: (n) => index.get(n), line: () => undefined };
    return { summary: summarize(this.job, batch), columns: data.filter((d) => task.send.includes(d.name)) };
  }
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
 * next must not start meanwhile), replying on `port`. The column data sent is copied (structured
 * clone), so pages shared with the next task stay intact here.
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
