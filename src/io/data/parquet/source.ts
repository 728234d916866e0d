import { open, type FileHandle } from 'node:fs/promises';
import type { AsyncBuffer, FileMetaData, SchemaElement, SchemaTree } from 'hyparquet';
import { inputError, MlgateError } from '../../../domain/errors.js';
import { describeReadError } from '../byte-stream.js';
import { readFooterFrame, undecodableFooter } from './footer-frame.js';
import type { ParquetFileReader, RowGroupReader } from './file-reader.js';
import type { PageFeedJob } from './page-feed-protocol.js';
import type { PageFeed } from './remote-pages.js';
import type { ColumnKind, ReadOptions, RecordBatch, TableSource } from '../../../domain/table/record-batch.js';

/** hyparquet and the page decoders (~450 KB of code), loaded with the first Parquet file: reading CSV does not pay for them. */
const hyparquet = (): Promise<typeof import('hyparquet')> => import('hyparquet');
const fileReader = (): Promise<typeof import('./file-reader.js')> => import('./file-reader.js');

/**
 * Rows validation reads and checks at a time (decoded pages are cut into batches of this many rows):
 * each column's arrays stay in the core's cache while the checks and the row hash read them.
 */
export const CHECK_BATCH_ROWS = 8192;

export interface ParquetReadOptions extends ReadOptions {
  /**
   * Has another thread decode the pages of the file's flat columns while this one checks them (undefined when
   * none is free): src/io/workers/parquet-pages-on-worker.ts.
   */
  decodePages?: (job: PageFeedJob) => { feed: PageFeed; close(): Promise<void> } | undefined;
  /** Rows of the first batch, when it should be smaller than the others (a warm-up batch: DatasetValidator.warmUp). */
  firstBatchRows?: number;
}

/** Parquet via hyparquet (pure JS; metadata, nested columns, page decoding primitives), every standard codec. Reads only the requested columns, row group by row group. */
export class ParquetSource implements TableSource {
  readonly format = 'parquet' as const;
  private metadata: FileMetaData | undefined;

  constructor(
    private readonly path: string,
    readonly file: string,
  ) {}

  private async withFile<T>(fn: (buffer: AsyncBuffer) => Promise<T>): Promise<T> {
    let handle: FileHandle;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      throw describeReadError(error, this.file);
    }
    try {
      const { size } = await handle.stat();
      const buffer = handleBuffer(handle, size);
      return await fn(buffer);
    } catch (error) {
      if (error instanceof MlgateError) throw error;
      throw this.corrupt(error);
    } finally {
      await handle.close();
    }
  }

  /** The input error for a failure to read this file (an MlgateError as it is). */
  corrupt(error: unknown): MlgateError {
    if (error instanceof MlgateError) return error;
    const message = error instanceof Error ? error.message : String(error);
    // UnsupportedParquetError (src/io/data/parquet/codecs.ts, not imported here: CSV reads do not load that code)
    if (error instanceof Error && error.name === 'UnsupportedParquetError') return inputError(`cannot read Parquet: ${message}`, { file: this.file }, error);
    return inputError(`cannot read Parquet: ${message} (the file is truncated, corrupt or not Parquet)`, { file: this.file }, error);
  }

  private async meta(buffer: AsyncBuffer): Promise<FileMetaData> {
    if (this.metadata) return this.metadata;
    const frame = await readFooterFrame(buffer, this.file);
    try {
      const metadata = await (await hyparquet()).parquetMetadataAsync(buffer);
      if (!Array.isArray(metadata.schema) || metadata.schema.length === 0 || !Array.isArray(metadata.row_groups)) throw new Error('no schema or no row groups');
      this.metadata = metadata;
    } catch (error) {
      throw undecodableFooter(frame, this.file, error);
    }
    return this.metadata;
  }

  private async footer(): Promise<FileMetaData> {
    return this.metadata ?? (await this.withFile((b) => this.meta(b)));
  }

  async columnNames(): Promise<readonly string[]> {
    const footer = await this.footer();
    return (await hyparquet()).parquetSchema(footer).children.map((c) => c.element.name);
  }

  async knownRowCount(): Promise<number | undefined> {
    return Number((await this.footer()).num_rows);
  }

  /** The data's size uncompressed, from the footer (what reading it costs, roughly). */
  async uncompressedBytes(): Promise<number> {
    return (await this.footer()).row_groups.reduce((sum, g) => sum + Number(g.total_byte_size), 0);
  }

  /** Row index of the first row of each row group, and the number of rows. */
  async rowGroupStarts(): Promise<number[]> {
    const footer = await this.footer();
    return (await fileReader()).groupStarts(footer);
  }

  async *batches(options: ParquetReadOptions = {}): AsyncGenerator<RecordBatch> {
    const all = await this.columnNames();
    const wanted = options.columns ? options.columns.filter((c) => all.includes(c)) : all;
    // The file must stay open across yields, so this generator closes it itself.
    const { reader, close } = await this.open(wanted);
    const columns = options.decodePages ? reader.typedFlatColumns() : [];
    let pages: ReturnType<NonNullable<ParquetReadOptions['decodePages']>>;
    if (options.decodePages && columns.length > 0) {
      const claims = new Int32Array(new SharedArrayBuffer(4 * reader.metadata.row_groups.length));
      pages = options.decodePages({ path: this.path, file: this.file, columns, claims });
      if (pages) reader.decodeOn(pages.feed, claims);
    }
    try {
      yield* this.read(reader, options.batchRows ?? 131_072, options.firstBatchRows);
    } finally {
      await pages?.close();
      await close();
    }
  }

  /** Decodes every page of `columns` in every row group without building batches: damage there is an error too. */
  async decodeColumns(columns: readonly string[]): Promise<void> {
    if (columns.length === 0) return;
    const { reader, close } = await this.open(columns);
    try {
      const starts = reader.groupStarts();
      for (let g = 0; g + 1 < starts.length; g++) {
        try {
          await reader.rowGroup(g, starts[g]!).decodeAll(starts[g + 1]! - starts[g]!);
        } catch (error) {
          throw this.corrupt(error);
        }
      }
    } finally {
      await close();
    }
  }

  /** Row group by row group, batches of at most `batchRows` rows (the first of at most `firstRows`). */
  private async *read(reader: ParquetFileReader, batchRows: number, firstRows = batchRows): AsyncGenerator<RecordBatch> {
    const starts = reader.groupStarts();
    let ahead: RowGroupReader | undefined;
    let size = firstRows;
    for (let g = 0; g + 1 < starts.length; g++) {
      const groupRows = starts[g + 1]! - starts[g]!;
      try {
        const group = ahead ?? reader.rowGroup(g, starts[g]!);
        ahead = undefined;
        for (let start = 0, n = 0; start < groupRows; start += n) {
          n = Math.min(size, groupRows - start);
          size = batchRows;
          // With the last batch of a row group, the next group's chunks start to be read (see PageReader).
          if (start + n === groupRows && g + 2 < starts.length) ahead = reader.rowGroup(g + 1, starts[g + 1]!);
          const rowOffset = group.position;
          const columns = await group.take(n);
          const index = new Map(columns.map((c) => [c.name, c]));
          yield { file: this.file, length: n, rowOffset, columns, column: (c) => index.get(c), line: () => undefined };
        }
        await group.finish();
      } catch (error) {
        throw this.corrupt(error);
      }
    }
  }

  /** Opens the file for reading `wanted` columns (worker threads read row groups through this). */
  async open(wanted: readonly string[]): Promise<{ reader: ParquetFileReader; close: () => Promise<void> }> {
    let handle: FileHandle;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      throw describeReadError(error, this.file);
    }
    try {
      const buffer = handleBuffer(handle, (await handle.stat()).size);
      const md = await this.meta(buffer);
      const { ParquetFileReader } = await fileReader();
      return { reader: await ParquetFileReader.open(buffer, md, wanted, columnKind), close: () => handle.close() };
    } catch (error) {
      await handle.close();
      throw this.corrupt(error);
    }
  }
}

/** A repeated field (a list in parquet-protobuf's layout) holds lists, as groups do. */
function columnKind(tree: SchemaTree): ColumnKind {
  return kindOf(tree.element, tree.children.length > 0 || tree.element.repetition_type === 'REPEATED');
}

function kindOf(e: SchemaElement, nested: boolean): ColumnKind {
  if (nested) return 'json';
  const logical = e.logical_type?.type;
  if (logical === 'TIMESTAMP' || logical === 'DATE' || e.converted_type === 'TIMESTAMP_MILLIS' || e.converted_type === 'TIMESTAMP_MICROS' || e.converted_type === 'DATE') return 'timestamp';
  if (logical === 'STRING' || e.converted_type === 'UTF8' || logical === 'ENUM' || e.converted_type === 'ENUM') return 'string';
  if (logical === 'DECIMAL' || e.converted_type === 'DECIMAL') return 'number';
  switch (e.type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'INT32':
    case 'INT64':
      return 'integer';
    case 'FLOAT':
    case 'DOUBLE':
      return 'number';
    case 'INT96':
      return 'timestamp';
    default:
      return 'json';
  }
}

function handleBuffer(handle: FileHandle, size: number): AsyncBuffer {
  return {
    byteLength: size,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const stop = Math.min(end ?? size, size);
      const out = new Uint8Array(Math.max(0, stop - start));
      let done = 0;
      while (done < out.length) {
        const { bytesRead } = await handle.read(out, done, out.length - done, start + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return out.buffer;
    },
  };
}
