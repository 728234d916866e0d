import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ColumnConfig } from '../../../domain/config/schema.js';
import { ColumnChecker } from '../../../domain/validation/column-checker.js';
import { fillUniqueKeys, uniqueKeys } from '../../../domain/validation/distinct.js';
import { hashRows, type ChunkSummary } from '../../../domain/validation/dataset-validator.js';
import { ParquetSource } from './source.js';
import type { RecordBatch } from '../../../domain/table/record-batch.js';
import type { ColumnData } from './columns.js';
import type { ParquetFileReader, RowGroupReader } from './file-reader.js';

/** Marks a worker thread started by src/io/data/parquet/parallel.ts. */
export const PARQUET_WORKER_TAG = 'mlgate-parquet-worker';

export interface ParquetJob {
  path: string;
  file: string;
  /** The file's columns (a duplicate row is one equal in all of them). */
  header: readonly string[];
  /** Columns to read. */
  wanted: readonly string[];
  columns: Record<string, ColumnConfig>;
  unique: readonly string[];
  rowHashes: boolean;
  /** Columns whose data comes back with each summary, for the examples the main thread shows. */
  send: readonly string[];
  now: number;
  maxExamples: number;
}

/** Rows [start, start + rows) of row group `group`, which starts at row `groupStart` of the file. */
export interface ParquetTask {
  id: number;
  group: number;
  groupStart: number;
  start: number;
  rows: number;
}

export type ParquetReply = { id: number; ok: true; summary: ChunkSummary; columns: ColumnData[] } | { id: number; ok: false; message: string };

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

/** Reads the tasks' rows; a task continuing where the last one of this worker stopped reads on, another skips to its start. */
class TaskRunner {
  private group: RowGroupReader | undefined;
  constructor(
    private readonly job: ParquetJob,
    private readonly reader: ParquetFileReader,
  ) {}

  async run(task: ParquetTask): Promise<{ summary: ChunkSummary; columns: ColumnData[] }> {
    const rowStart = task.groupStart + task.start;
    if (this.group?.group !== task.group || this.group.position > rowStart) this.group = this.reader.rowGroup(task.group, task.groupStart);
    const group = this.group;
    if (group.position < rowStart) await group.skip(rowStart - group.position);
    const data = await group.takeData(task.rows);
    if (group.position === this.reader.groupStarts()[task.group + 1]) await group.finish();
    const columns = group.columns(data);
    const index = new Map(columns.map((c) => [c.name, c]));
    const batch: RecordBatch = { file: this.job.file, length: task.rows, rowOffset: rowStart, columns, column: (n) => index.get(n), line: () => undefined };
    // The data sent is copied (structured clone), so pages shared with the next task stay intact here.
    return { summary: summarize(this.job, batch), columns: data.filter((d) => this.job.send.includes(d.name)) };
  }
}

function transferables(reply: ParquetReply): ArrayBuffer[] {
  if (!reply.ok) return [];
  const s = reply.summary;
  const out = new Set<ArrayBuffer>();
  for (const u of Object.values(s.unique)) for (const a of [u.ints, u.hi, u.lo, u.nulls]) out.add(a.buffer as ArrayBuffer);
  if (s.rowHashes) for (const a of [s.rowHashes.hi, s.rowHashes.lo]) out.add(a.buffer as ArrayBuffer);
  return [...out];
}

if (!isMainThread && parentPort && (workerData as { tag?: string } | null)?.tag === PARQUET_WORKER_TAG) {
  const port = parentPort;
  let source: ParquetSource | undefined;
  let runner: Promise<TaskRunner> | undefined;
  // Tasks run one after the other: each awaits file reads, and the next must not start meanwhile.
  let queue = Promise.resolve();
  port.on('message', (msg: { kind: 'job'; job: ParquetJob } | { kind: 'task'; task: ParquetTask }) => {
    if (msg.kind === 'job') {
      source = new ParquetSource(msg.job.path, msg.job.file);
      const job = msg.job;
      runner = source.open(job.wanted).then(({ reader }) => new TaskRunner(job, reader));
      return;
    }
    const { task } = msg;
    const [file, tasks] = [source!, runner!];
    queue = queue.then(async () => {
      let reply: ParquetReply;
      try {
        reply = { id: task.id, ok: true, ...(await (await tasks).run(task)) };
      } catch (error) {
        reply = { id: task.id, ok: false, message: file.corrupt(error).message };
      }
      port.postMessage(reply, transferables(reply));
    });
  });
}
