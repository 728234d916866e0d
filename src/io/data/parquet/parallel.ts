import { inputError } from '../../../domain/errors.js';
import type { ChunkDecoder, DatasetValidator } from '../../../domain/validation/dataset-validator.js';
import type { ParquetSource } from './source.js';
import type { Column } from '../../../domain/table/record-batch.js';
import { BundleWorkerPool } from '../../workers/worker-pool.js';
import { toColumn } from './columns.js';
import { PARQUET_WORKER_TAG, type ParquetJob, type ParquetReply, type ParquetTask } from './worker.js';

/** Rows per task: one batch of the one-thread reader, so a task's data stays ~10 MB. */
const TASK_ROWS = 131_072;

type Sink = Pick<DatasetValidator, 'absorbChunk' | 'workerColumns' | 'uniqueColumns' | 'checksDuplicates'>;

function decoder(columns: readonly Column[], header: readonly string[]): ChunkDecoder {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const text = (r: number, name: string): string | null => byName.get(name)?.text(r) ?? null;
  return {
    field: (r, name) => text(r, name),
    record: (r) => Object.fromEntries(header.map((name) => [name, text(r, name)])),
  };
}

/** Row group by row group, tasks of at most TASK_ROWS rows. */
function tasks(starts: readonly number[]): ParquetTask[] {
  const out: ParquetTask[] = [];
  for (let g = 0; g + 1 < starts.length; g++) {
    const rows = starts[g + 1]! - starts[g]!;
    for (let start = 0; start < rows; start += TASK_ROWS) out.push({ id: out.length, group: g, groupStart: starts[g]!, start, rows: Math.min(TASK_ROWS, rows - start) });
  }
  return out;
}

/**
 * Validates a Parquet file on `workers` threads: each reads and checks batches of rows, and the results
 * are folded into `validator` in file order, so counts and examples equal a one-thread read. The data of
 * the columns examples may show (unique columns, every column when duplicates are checked) comes back
 * with each batch, for the few rows shown.
 */
export async function readParquetParallel(path: string, table: ParquetSource, header: readonly string[], wanted: readonly string[], validator: Sink, context: { now: number; maxExamples: number }, workers: number): Promise<void> {
  const unique = validator.uniqueColumns();
  const send = validator.checksDuplicates ? header : unique;
  const job: ParquetJob = { path, file: table.file, header, wanted, columns: validator.workerColumns(), unique, rowHashes: validator.checksDuplicates, send, now: context.now, maxExamples: context.maxExamples };
  const starts = await table.rowGroupStarts();
  const pool = new BundleWorkerPool<ParquetJob, ParquetTask, ParquetReply>('startParquetWorker', PARQUET_WORKER_TAG, workers, job, { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 });
  const inFlight: Promise<ParquetReply>[] = [];
  const settle = async (): Promise<void> => {
    const reply = await inFlight.shift()!;
    if (!reply.ok) throw inputError(reply.message, { file: table.file });
    validator.absorbChunk(table.file, reply.summary, decoder(reply.columns.map((d) => toColumn(d)), header));
  };
  try {
    for (const task of tasks(starts)) {
      inFlight.push(pool.run(task));
      if (inFlight.length >= workers * 2) await settle();
    }
    while (inFlight.length > 0) await settle();
  } finally {
    // After a failure, the tasks still running fail when their workers stop: nobody waits for them.
    for (const p of inFlight) p.catch(() => undefined);
    await pool.close();
  }
}
