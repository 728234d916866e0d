import type { Worker } from 'node:worker_threads';
import { inputError } from '../../../domain/errors.js';
import type { ChunkDecoder, DatasetValidator } from '../../../domain/validation/dataset-validator.js';
import { CHECK_BATCH_ROWS, type ParquetSource } from './source.js';
import type { Column } from '../../../domain/table/record-batch.js';
import { takeChunkWorker } from '../../workers/chunk-workers.js';
import { toColumn, type ColumnData } from './columns.js';
import type { ParquetFileReader } from './file-reader.js';
import { TaskRunner, type ParquetJob, type ParquetReply, type ParquetTask, type ParquetTaskResult } from './worker.js';

/** Rows per task at most: a task's data stays ~10 MB, and a row group of the usual writers' size is one task. */
const TASK_ROWS = 131_072;
/** Tasks queued per worker: one it works on, one waiting, so it never idles between messages. */
const QUEUE_PER_WORKER = 2;

type Sink = Pick<DatasetValidator, 'absorbChunk' | 'workerColumns' | 'uniqueColumns' | 'checksDuplicates' | 'repeatExampleColumns'>;

/** A duplicate row's example whose text is read back from the file once the read is done. */
interface PendingRecord {
  row: number;
  out: Record<string, string | null>;
}

/**
 * Text of a task's cells for examples: a unique column's from the pieces sent with the task; a whole
 * row (duplicate rows, whose examples any task may hold) as an object filled in by `readBack`.
 */
function decoder(pieces: readonly ColumnData[][], rowOffset: number, pending: PendingRecord[]): ChunkDecoder {
  const columns = new Map<number, Map<string, Column>>();
  const piece = (k: number): Map<string, Column> => {
    let byName = columns.get(k);
    if (!byName) columns.set(k, (byName = new Map((pieces[k] ?? []).map((d) => [d.name, toColumn(d)]))));
    return byName;
  };
  return {
    field: (r, name) => piece(Math.floor(r / CHECK_BATCH_ROWS)).get(name)?.text(r % CHECK_BATCH_ROWS) ?? null,
    record: (r) => {
      const out: Record<string, string | null> = {};
      pending.push({ row: rowOffset + r, out });
      return out;
    },
  };
}

/** Reads the rows of `pending` again (a few examples) and fills in their text, column by column of `header`. */
async function readBack(reader: ParquetFileReader, header: readonly string[], pending: readonly PendingRecord[]): Promise<void> {
  const starts = reader.groupStarts();
  for (const { row, out } of pending) {
    let g = 0;
    while (starts[g + 1]! <= row) g++;
    const group = reader.rowGroup(g, starts[g]!);
    await group.skip(row - starts[g]!);
    const columns = group.columns(await group.takeData(1));
    for (const name of header) out[name] = columns.find((c) => c.name === name)?.text(0) ?? null;
  }
}

/** Row group by row group, tasks of at most TASK_ROWS rows (the columns to send are set when each is handed out). */
function tasks(starts: readonly number[]): Omit<ParquetTask, 'send'>[] {
  const out: Omit<ParquetTask, 'send'>[] = [];
  for (let g = 0; g + 1 < starts.length; g++) {
    const rows = starts[g + 1]! - starts[g]!;
    for (let start = 0; start < rows; start += TASK_ROWS) out.push({ id: out.length, group: g, groupStart: starts[g]!, start, rows: Math.min(TASK_ROWS, rows - start) });
  }
  return out;
}

type Outcome = { ok: true; result: ParquetTaskResult } | { ok: false; message: string };

/** Chunk workers (src/io/workers/chunk-workers.ts, started ahead of need) doing tasks of one Parquet read. */
class ParquetWorkers {
  private readonly workers: { worker: Worker; queued: number }[] = [];
  private failure: Error | undefined;
  private wake: (() => void) | undefined;

  constructor(count: number, threads: number, job: ParquetJob, done: (id: number, outcome: Outcome) => void) {
    for (let k = 0; k < count; k++) {
      const slot = { worker: takeChunkWorker(threads), queued: 0 };
      slot.worker.on('message', (reply: ParquetReply) => {
        slot.queued--;
        done(reply.id, reply.ok ? { ok: true, result: { summary: reply.summary, pieces: reply.pieces } } : { ok: false, message: reply.message });
        this.notify();
      });
      slot.worker.on('error', (e) => this.fail(e));
      slot.worker.on('exit', (code) => this.fail(new Error(`worker thread exited with status ${code}`)));
      slot.worker.postMessage({ kind: 'job', job });
      this.workers.push(slot);
    }
  }

  get error(): Error | undefined {
    return this.failure;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.notify();
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

  /** Hands the next task (`take()`) to a worker with room in its queue; false when all are busy. */
  offer(take: () => ParquetTask): boolean {
    const slot = this.workers.reduce<{ worker: Worker; queued: number } | undefined>((best, w) => (w.queued < QUEUE_PER_WORKER && (!best || w.queued < best.queued) ? w : best), undefined);
    if (!slot || this.failure) return false;
    slot.queued++;
    slot.worker.postMessage({ kind: 'parquet-task', task: take() });
    return true;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * Validates a Parquet file on `threads` threads: `threads - 1` worker threads and this one read and
 * check tasks of rows (this thread takes one whenever every worker has two queued), and the results
 * are folded into `validator` in file order, so counts and examples equal a one-thread read. The data
 * of the unique columns whose repeats may still be shown (`repeatExampleColumns`, fixed when a task is
 * handed out: once full, examples stay full) comes back with a task; the few duplicate rows shown
 * are read again at the end. `onFolded` hears each task's rows as it is folded (progress).
 */
export async function readParquetParallel(path: string, table: ParquetSource, header: readonly string[], wanted: readonly string[], validator: Sink, context: { now: number; maxExamples: number; onFolded?: (rows: number) => void }, threads: number): Promise<void> {
  const job: ParquetJob = { format: 'parquet', path, file: table.file, header, wanted, columns: validator.workerColumns(), unique: validator.uniqueColumns(), rowHashes: validator.checksDuplicates, now: context.now, maxExamples: context.maxExamples };
  const all = tasks(await table.rowGroupStarts());
  const ready = new Map<number, Outcome>();
  let next = 0;
  const take = (): ParquetTask => ({ ...all[next++]!, send: validator.repeatExampleColumns() });
  // A worker's queue is refilled as soon as its reply comes, also while this thread runs a task.
  const dispatch = (): void => {
    while (next < all.length && pool.offer(take)) continue;
  };
  const pool: ParquetWorkers = new ParquetWorkers(Math.max(1, threads - 1), threads, job, (id, outcome) => {
    ready.set(id, outcome);
    dispatch();
  });
  const { reader, close } = await table.open(wanted);
  const here = new TaskRunner(job, reader);
  const runHere = async (task: ParquetTask): Promise<Outcome> => {
    try {
      return { ok: true, result: await here.run(task) };
    } catch (error) {
      return { ok: false, message: table.corrupt(error).message };
    }
  };
  const pending: PendingRecord[] = [];
  let folded = 0;
  const fold = (): void => {
    for (let outcome = ready.get(folded); outcome; outcome = ready.get(folded)) {
      ready.delete(folded++);
      if (!outcome.ok) throw inputError(outcome.message, { file: table.file });
      const { summary, pieces } = outcome.result;
      validator.absorbChunk(table.file, summary, decoder(pieces, summary.rowOffset!, pending));
      context.onFolded?.(summary.rows);
    }
  };
  try {
    dispatch();
    while (folded < all.length) {
      if (pool.error) throw pool.error;
      if (next < all.length) {
        const task = take();
        ready.set(task.id, await runHere(task));
      } else if (!ready.has(folded)) await pool.nextReply();
      fold();
      dispatch();
    }
    await readBack(reader, header, pending).catch((error: unknown) => {
      throw table.corrupt(error);
    });
  } finally {
    await Promise.all([pool.close(), close()]);
  }
}
