import { stat } from 'node:fs/promises';
import type { DatasetConfig } from '../../domain/config/schema.js';
import type { DatasetValidator } from '../../domain/validation/dataset-validator.js';
import type { ChunkJob } from './csv/chunk-worker.js';
import { parallelThreads, preloadParquetInSpareWorkers } from '../workers/chunk-workers.js';
import { chunkBytes, readCsvParallel, type ParallelSink } from './csv/parallel.js';
import { CsvSource } from './csv/source.js';
import { JsonlSource } from './jsonl/source.js';
import type { DataFile } from './files.js';
import { openTable } from './open.js';
import { ColumnStreamer, PLAN_SAMPLE_ROWS, type ColumnPlan, type ExactCollector } from './column-values.js';
import { CHECK_BATCH_ROWS, ParquetSource, type ParquetReadOptions } from './parquet/source.js';
import type { ReadSummary } from './profile-data.js';
import type { ReadProgress } from './read-progress.js';
import type { RecordBatch, TableSource } from '../../domain/table/record-batch.js';

export interface BatchSink {
  /** Called once per file with its columns; returns the columns to read. */
  startFile(file: string, header: readonly string[]): readonly string[];
  consume(batch: RecordBatch): void;
}

/** Streams every file of a dataset into `sink`, one file after the other. */
export async function readDataset(files: readonly DataFile[], dataset: Pick<DatasetConfig, 'format' | 'delimiter'>, sink: BatchSink, progress?: ReadProgress): Promise<void> {
  for (const f of files) {
    const table = openTable(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
    const header = await table.columnNames();
    const columns = sink.startFile(f.name, header);
    await progress?.file(f, await knownRows(table));
    for await (const batch of table.batches({ columns })) {
      sink.consume(batch);
      progress?.addRows(batch.length);
    }
  }
}

/** The file's row count when its format states it up front (Parquet's footer), for progress. */
async function knownRows(table: TableSource): Promise<number | undefined> {
  return table instanceof ParquetSource ? await table.knownRowCount() : undefined;
}

/** `sink` that also reports each folded chunk's rows. */
function counted(sink: ParallelSink, progress: ReadProgress | undefined): ParallelSink {
  if (!progress) return sink;
  return {
    absorbChunk: (file, summary, decode) => {
      sink.absorbChunk(file, summary, decode);
      progress.addRows(summary.rows);
    },
    expectRows: (rows) => sink.expectRows(rows),
  };
}

/** CSV files (and columns to sort) at least this big are handled by worker threads too: starting one costs ~50 ms of CPU, which less data does not repay. MLGATE_PARALLEL_MIN_BYTES overrides (tests). */
const PARALLEL_MIN_BYTES = 16 << 20;

export function minParallelBytes(env: Readonly<Record<string, string | undefined>>): number {
  const n = Number(env.MLGATE_PARALLEL_MIN_BYTES ?? '');
  return Number.isFinite(n) && n > 0 ? n : PARALLEL_MIN_BYTES;
}

export interface ValidationReadOptions {
  env: Readonly<Record<string, string | undefined>>;
  now: number;
  maxExamples: number;
  /** Also collect every value of every column into this (drift in the same pass as the checks). */
  drift?: ExactCollector;
  progress?: ReadProgress;
  /** At most this many threads (this one included) read: the others are busy (the drift reference read alongside). */
  threads?: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The chunk job of a file with these checks: what workers need besides the bytes. */
type ChecksJob = Omit<ChunkJob, 'file' | 'header' | 'delimiter' | 'drift'>;

/**
 * Reads one file with the chunk pipeline when it is a big CSV file (on this thread alone too, where
 * its 4,096-row batches are faster than the streaming reader's); false when it is not (read it batch by batch).
 */
async function readChunked(table: TableSource, f: DataFile, env: Env, checks: ChecksJob, sink: ParallelSink, streamer: ColumnStreamer | undefined, drift: ExactCollector | undefined, progress?: ReadProgress, maxThreads?: number): Promise<boolean> {
  const threads = Math.min(parallelThreads(env), maxThreads ?? Infinity);
  if (!(table instanceof CsvSource)) return false;
  const size = (await stat(f.path)).size;
  if (size < minParallelBytes(env)) return false;
  const info = await table.headerInfo();
  // Plans worked out ahead (`planAhead`) spare reading the first rows twice.
  if (streamer && !info.names.every((name) => streamer.plans.has(name))) {
    // The columns' plans come from the file's first rows, as a one-thread read decides them.
    for await (const first of table.batches({ batchRows: PLAN_SAMPLE_ROWS })) {
      streamer.plan(first);
      break;
    }
  }
  const job: ChunkJob = {
    ...checks,
    file: f.name,
    header: info.names,
    delimiter: info.delimiter,
    ...(streamer ? { drift: { plans: Object.fromEntries(streamer.plans), columns: { columns: streamer.declared } } } : {}),
  };
  await readCsvParallel({ ...table.location, file: f.name, size }, info, job, counted(sink, progress), { count: threads, chunkBytes: chunkBytes(env) }, drift);
  return true;
}

/**
 * Validates a big JSON Lines file with the chunk pipeline (its keys gathered in the same pass, then
 * handed to the validator as the file's header); false when it is not big enough to pay.
 */
async function readJsonlChunked(table: JsonlSource, f: DataFile, env: Env, checks: ChecksJob, validator: DatasetValidator, progress?: ReadProgress): Promise<boolean> {
  const size = (await stat(f.path)).size;
  if (size < minParallelBytes(env)) return false;
  await progress?.file(f);
  const { readJsonlParallel } = await import('./jsonl/parallel.js');
  const job = { format: 'jsonl' as const, file: f.name, columns: checks.columns, unique: checks.unique, rowHashes: checks.rowHashes, now: checks.now, maxExamples: checks.maxExamples };
  const header = await readJsonlParallel({ ...table.location, file: f.name, size }, job, counted(validator, progress), { count: parallelThreads(env), chunkBytes: chunkBytes(env) });
  validator.startFile(f.name, header);
  return true;
}

/**
 * Threads that read a big Parquet file's row groups in parallel, this one included: one unless MLGATE_THREADS asks
 * for three or more. On the 2-core bench machine, row groups on this thread and a worker took 3.1 s wall and 3.2 s
 * CPU for 1M rows x 12 columns against 2.1 s and 2.0 s on this thread alone (runs in turn, load ~3.3; DuckDB with
 * 2 threads 1.9 s): V8's compiler and garbage-collector threads, which a one-thread read has the other core for,
 * then compete with the two readers, and each thread compiles and warms up the same code. Two threads split the
 * work by stage instead (`decodePagesFor`).
 */
function parquetThreads(env: Env): number {
  const threads = env.MLGATE_THREADS === undefined ? 1 : parallelThreads(env);
  return threads >= 3 ? threads : 1;
}

/** Whether a worker thread takes part in reading a Parquet file: two threads or more allowed, and enough data for it to pay. */
async function worthAWorker(table: ParquetSource, env: Env): Promise<boolean> {
  return parallelThreads(env) > 1 && (await table.uncompressedBytes()) >= minParallelBytes(env);
}

/**
 * Where a big Parquet file read row group after row group (not in parallel) has its pages decoded: on a spare
 * worker thread, which reads, decompresses and decodes them a row group or two ahead while this thread checks
 * them, when there are two threads or more and the file holds MLGATE_PARALLEL_MIN_BYTES or more uncompressed.
 */
async function decodePagesFor(table: ParquetSource, env: Env): Promise<ParquetReadOptions['decodePages']> {
  if (!(await worthAWorker(table, env))) return undefined;
  const { decodePagesOnWorker } = await import('../workers/parquet-pages-on-worker.js');
  return decodePagesOnWorker;
}

/**
 * Validates one big Parquet file (by uncompressed size) on this thread and worker threads, row groups
 * in parallel, when `parquetThreads` gives more than one. False when not used.
 */
async function readParquetThreads(table: ParquetSource, f: DataFile, header: readonly string[], columns: readonly string[], validator: DatasetValidator, options: ValidationReadOptions): Promise<boolean> {
  const threads = parquetThreads(options.env);
  if (threads < 2 || (await table.uncompressedBytes()) < minParallelBytes(options.env)) return false;
  const { readParquetParallel } = await import('./parquet/parallel.js');
  await readParquetParallel(f.path, table, header, columns, validator, { now: options.now, maxExamples: options.maxExamples, onFolded: (rows) => options.progress?.addRows(rows) }, threads);
  return true;
}

/**
 * The first batch of a Parquet file of at least WARM_UP_MIN_ROWS rows: the checks run on it twice in a throwaway
 * validator first (DatasetValidator.warmUp). bench/validate (1M rows x 12 columns, 10-12 paired interleaved runs):
 * snappy 0.08 s and zstd 0.06 s faster on Node 20, snappy 0.10 s on Node 24.
 */
const WARM_UP_ROWS = 512;
const WARM_UP_MIN_ROWS = 100_000;

/**
 * Feeds a dataset to its validator (and, with `drift`, every column's values to the collector):
 * big CSV/TSV files through the chunk pipeline (both cores), big JSON Lines files too (without drift), big Parquet files (without drift) row
 * groups in parallel on the same threads when MLGATE_THREADS asks for three or more, everything else batch by batch in this thread (a big
 * Parquet file's pages decoded on a spare worker: `decodePagesFor`). Results are identical either way.
 */
export async function readForValidation(files: readonly DataFile[], dataset: DatasetConfig, validator: DatasetValidator, options: ValidationReadOptions): Promise<void> {
  const streamer = options.drift ? new ColumnStreamer(dataset, options.drift.sinks) : undefined;
  const checks: ChecksJob = { columns: validator.workerColumns(), unique: validator.uniqueColumns(), rowHashes: validator.checksDuplicates, now: options.now, maxExamples: options.maxExamples };
  for (const f of files) {
    const table = openTable(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
    if (table instanceof JsonlSource && validator.parallelizable && !streamer && (await readJsonlChunked(table, f, options.env, checks, validator, options.progress))) continue;
    const header = await table.columnNames();
    // The footer is read: a spare worker that will decode the pages (or read row groups) loads that code meanwhile.
    if (table instanceof ParquetSource && (await worthAWorker(table, options.env))) preloadParquetInSpareWorkers();
    const columns = validator.startFile(f.name, header);
    const progress = options.progress;
    await progress?.file(f, await knownRows(table));
    if (validator.parallelizable && (await readChunked(table, f, options.env, checks, validator, streamer, options.drift, progress, options.threads))) continue;
    if (table instanceof ParquetSource) validator.expectRows(await parquetRowsHint(table, f.path));
    if (!(table instanceof ParquetSource && validator.parallelizable && !streamer && (await readParquetThreads(table, f, header, columns, validator, options)))) {
      let warm = table instanceof ParquetSource && ((await table.knownRowCount()) ?? 0) >= WARM_UP_MIN_ROWS;
      const parquet = table instanceof ParquetSource ? { batchRows: CHECK_BATCH_ROWS, firstBatchRows: warm ? WARM_UP_ROWS : undefined, decodePages: await decodePagesFor(table, options.env) } : {};
      for await (const batch of table.batches(streamer ? { ...parquet, batchRows: PLAN_SAMPLE_ROWS } : { columns, ...parquet })) {
        if (warm) validator.warmUp(batch);
        warm = false;
        validator.consume(batch);
        streamer?.consume(batch);
        progress?.addRows(batch.length);
      }
    }
    // Every file is read whole (SPEC §3): the text formats tokenise every record whatever the columns
    // asked for; a Parquet file's other columns are decoded here, page by page, without building values.
    if (table instanceof ParquetSource && !streamer) {
      const read = new Set(columns);
      await table.decodeColumns(header.filter((h) => !read.has(h)));
    }
  }
}

/**
 * The row count a Parquet file's footer gives, to size the hash sets and the id windows of uniqueness and
 * duplicate rows once (ids past a window's end go to a hash set, a cache miss each and 2-3 times the
 * memory). Bounded, as a damaged footer must not make them huge: at most one row per byte of the file
 * (or 4M rows); past the bound the hash sets grow as they fill.
 */
export async function parquetRowsHint(table: Pick<ParquetSource, 'knownRowCount'>, path: string): Promise<number> {
  const claimed = (await table.knownRowCount()) || 0;
  return Math.max(0, Math.min(claimed, Math.max(1 << 22, (await stat(path)).size)));
}

/** How `sortColumns` should sort under this environment. */
export function sortSettings(env: Env): { threads: number; minBytes: number } {
  return { threads: parallelThreads(env), minBytes: minParallelBytes(env) };
}

/** Counts the rows of chunks whose checks are not wanted. */
class RowCount implements ParallelSink {
  rows = 0;
  absorbChunk(_file: string, summary: { rows: number }): void {
    this.rows += summary.rows;
  }
  expectRows(): void {}
}

/**
 * Plans the drift columns of the first of `files` on a spare worker thread, when it is a CSV file big enough to be
 * read on the worker threads: this thread may meanwhile hash the files. Resolves to the plans for `collectColumns`,
 * or undefined (the read plans them itself); never rejects.
 */
export async function planAhead(files: readonly DataFile[], dataset: DatasetConfig, env: Env): Promise<Map<string, ColumnPlan> | undefined> {
  const f = files[0];
  if (!f || parallelThreads(env) < 2) return undefined;
  try {
    const table = openTable(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
    if (!(table instanceof CsvSource) || (await stat(f.path)).size < minParallelBytes(env)) return undefined;
    const { planOnSpareWorker } = await import('../workers/plan-ahead.js');
    return await planOnSpareWorker({ path: f.path, file: f.name, format: table.format, gzip: table.location.gzip, delimiter: dataset.delimiter, columns: dataset.columns });
  } catch {
    return undefined;
  }
}

/**
 * Whether reference data should be read on a worker thread while this thread reads the current data
 * (`readReferenceOnWorker`): when two threads are all there are and the reference is CSV big enough for the chunk
 * pipeline. With more threads both files are read in turn on all of them.
 */
export async function readsAlongside(files: readonly DataFile[], dataset: DatasetConfig, env: Env): Promise<boolean> {
  if (parallelThreads(env) !== 2) return false;
  let size = 0;
  for (const f of files) {
    if (!(openTable(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter }) instanceof CsvSource)) return false;
    size += (await stat(f.path)).size;
  }
  return size >= minParallelBytes(env);
}

/**
 * Every value of every column of `files` into `collector` (exact drift, reference profiles): big CSV files on both cores.
 * `plans`: how to read each column, as `planAhead` found them (the read fixes the others from the first rows).
 */
export async function collectColumns(files: readonly DataFile[], dataset: DatasetConfig, collector: ExactCollector, env: Env, progress?: ReadProgress, plans?: ReadonlyMap<string, ColumnPlan>): Promise<ReadSummary> {
  const streamer = new ColumnStreamer(dataset, collector.sinks, new Map(plans));
  const noChecks: ChecksJob = { columns: {}, unique: [], rowHashes: false, now: 0, maxExamples: 0 };
  let rows = 0;
  const sources: ReadSummary['sources'] = [];
  for (const f of files) {
    const table = openTable(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
    let fileRows = 0;
    const count = new RowCount();
    await progress?.file(f, await knownRows(table));
    if (await readChunked(table, f, env, noChecks, count, streamer, collector, progress)) fileRows = count.rows;
    else {
      for await (const batch of table.batches({ batchRows: PLAN_SAMPLE_ROWS })) {
        streamer.consume(batch);
        fileRows += batch.length;
        progress?.addRows(batch.length);
      }
    }
    rows += fileRows;
    sources.push({ file: f.name, rows: fileRows });
  }
  return { rows, sources };
}
