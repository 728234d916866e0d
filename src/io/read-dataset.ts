import { stat } from 'node:fs/promises';
import type { DatasetConfig } from '../domain/config/schema.js';
import type { DatasetValidator } from '../domain/validation/dataset-validator.js';
import { parallelThreads, readCsvParallel } from './csv/parallel.js';
import { CsvSource } from './csv/source.js';
import type { DataFile } from './files.js';
import { openTable } from './open.js';
import type { RecordBatch } from './table.js';

export interface BatchSink {
  /** Called once per file with its columns; returns the columns to read. */
  startFile(file: string, header: readonly string[]): readonly string[];
  consume(batch: RecordBatch): void;
}

/** Streams every file of a dataset into `sink`, one file after the other. */
export async function readDataset(files: readonly DataFile[], dataset: Pick<DatasetConfig, 'format' | 'delimiter'>, sink: BatchSink): Promise<void> {
  for (const f of files) {
    const table = openTable(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
    const header = await table.columnNames();
    const columns = sink.startFile(f.name, header);
    for await (const batch of table.batches({ columns })) sink.consume(batch);
  }
}

/** CSV files at least this big are checked by worker threads too: starting one costs ~50 ms of CPU, which smaller files do not repay. MLGATE_PARALLEL_MIN_BYTES overrides (tests). */
const PARALLEL_MIN_BYTES = 16 << 20;

function minParallelBytes(env: Readonly<Record<string, string | undefined>>): number {
  const n = Number(env.MLGATE_PARALLEL_MIN_BYTES ?? '');
  return Number.isFinite(n) && n > 0 ? n : PARALLEL_MIN_BYTES;
}

export interface ValidationReadOptions {
  env: Readonly<Record<string, string | undefined>>;
  now: number;
  maxExamples: number;
}

/**
 * Feeds a dataset to its validator: big CSV/TSV files through worker threads (both cores), everything
 * else in this thread. Results are identical either way.
 */
export async function readForValidation(files: readonly DataFile[], dataset: DatasetConfig, validator: DatasetValidator, options: ValidationReadOptions): Promise<void> {
  const threads = parallelThreads(options.env);
  for (const f of files) {
    const table = openTable(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
    const header = await table.columnNames();
    const columns = validator.startFile(f.name, header);
    const size = (await stat(f.path)).size;
    if (table instanceof CsvSource && threads > 1 && validator.parallelizable && size >= minParallelBytes(options.env)) {
      const info = await table.headerInfo();
      const job = {
        file: f.name,
        header: info.names,
        delimiter: info.delimiter,
        columns: validator.workerColumns(),
        unique: validator.uniqueColumns(),
        rowHashes: validator.checksDuplicates,
        now: options.now,
        maxExamples: options.maxExamples,
      };
      await readCsvParallel({ ...table.location, file: f.name, size }, info, job, validator, threads);
      continue;
    }
    for await (const batch of table.batches({ columns })) validator.consume(batch);
  }
}
