import { open, type FileHandle } from 'node:fs/promises';
import { parquetMetadataAsync, parquetScan, parquetSchema, type AsyncBuffer, type FileMetaData, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { inputError, MlgateError } from '../domain/errors.js';
import { describeReadError } from './byte-stream.js';
import { ValueColumn } from './columns.js';
import type { Column, ColumnKind, ReadOptions, RecordBatch, TableSource } from './table.js';

/** Parquet via hyparquet (pure JS) with hyparquet-compressors (snappy, gzip, zstd, lz4, lz4_raw, brotli). Read range by range (row groups), only the requested columns. */
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

  private corrupt(error: unknown): MlgateError {
    const message = error instanceof Error ? error.message : String(error);
    return inputError(`cannot read Parquet: ${message} (the file is truncated, corrupt or not Parquet)`, { file: this.file }, error);
  }

  private async meta(buffer: AsyncBuffer): Promise<FileMetaData> {
    if (buffer.byteLength < 12) throw inputError(`not a Parquet file: ${buffer.byteLength} bytes, expected at least 12 (PAR1 header and footer)`, { file: this.file });
    this.metadata ??= await parquetMetadataAsync(buffer);
    return this.metadata;
  }

  async columnNames(): Promise<readonly string[]> {
    const md = this.metadata ?? (await this.withFile((b) => this.meta(b)));
    return parquetSchema(md).children.map((c) => c.element.name);
  }

  async knownRowCount(): Promise<number | undefined> {
    const md = this.metadata ?? (await this.withFile((b) => this.meta(b)));
    return Number(md.num_rows);
  }

  async *batches(options: ReadOptions = {}): AsyncGenerator<RecordBatch> {
    // The file handle must stay open across yields, so this generator manages it itself.
    let handle: FileHandle;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      throw describeReadError(error, this.file);
    }
    try {
      const { size } = await handle.stat();
      const buffer = handleBuffer(handle, size);
      let md: FileMetaData;
      try {
        md = await this.meta(buffer);
      } catch (error) {
        if (error instanceof MlgateError) throw error;
        throw this.corrupt(error);
      }
      const tree = parquetSchema(md);
      const all = tree.children.map((c) => c.element.name);
      const wanted = options.columns ? options.columns.filter((c) => all.includes(c)) : all;
      const kinds = new Map(tree.children.map((c) => [c.element.name, kindOf(c.element, c.children.length > 0)]));
      const batchRows = options.batchRows ?? 131_072;
      let scan;
      try {
        scan = await parquetScan({ file: buffer, metadata: md, columns: wanted.length ? wanted : undefined, compressors });
      } catch (error) {
        throw this.corrupt(error);
      }
      const ranges = wanted.length ? scan.ranges : [{ rowStart: 0, rowEnd: Number(md.num_rows) }];
      for (const range of ranges) {
        for (let start = range.rowStart; start < range.rowEnd; start += batchRows) {
          const end = Math.min(range.rowEnd, start + batchRows);
          const columns: Column[] = [];
          for (const name of wanted) {
            let data;
            try {
              data = await scan.readColumn({ column: name, rowStart: start, rowEnd: end });
            } catch (error) {
              throw this.corrupt(error);
            }
            if (data.length !== end - start) throw this.corrupt(new Error(`column ${name} has ${data.length} values in rows ${start}..${end}, expected ${end - start}`));
            columns.push(new ValueColumn(name, kinds.get(name) ?? 'json', data as ArrayLike<unknown>, 0, end - start));
          }
          const byName = new Map(columns.map((c) => [c.name, c]));
          yield { file: this.file, length: end - start, rowOffset: start, columns, column: (n) => byName.get(n), line: () => undefined };
        }
      }
    } finally {
      await handle.close();
    }
  }
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
