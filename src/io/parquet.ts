import { open, type FileHandle } from 'node:fs/promises';
import { parquetMetadataAsync, parquetScan, parquetSchema, type AsyncBuffer, type Compressors, type FileMetaData, type ParquetScan, type SchemaElement } from 'hyparquet';
import { isFlatColumn } from 'hyparquet/src/schema.js';
import { inputError, MlgateError } from '../domain/errors.js';
import { describeReadError } from './byte-stream.js';
import { ValueColumn } from './columns.js';
import { parquetCompressors } from './parquet/codecs.js';
import { columnCursor } from './parquet/chunk.js';
import type { ColumnCursor } from './parquet/column-cursor.js';
import { reprOf } from './parquet/repr.js';
import type { Column, ColumnKind, ReadOptions, RecordBatch, TableSource } from './table.js';

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

  private corrupt(error: unknown, where?: string): MlgateError {
    if (error instanceof MlgateError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return inputError(`cannot read Parquet${where ? ` (${where})` : ''}: ${message} (the file is truncated, corrupt or not Parquet)`, { file: this.file }, error);
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
      yield* this.read(buffer, md, wanted, options.batchRows ?? 131_072);
    } finally {
      await handle.close();
    }
  }

  /**
   * Row group by row group, batches of at most `batchRows` rows. Flat columns (nearly all) are decoded
   * page by page into typed arrays (src/io/parquet/); nested ones by hyparquet's scan.
   */
  private async *read(buffer: AsyncBuffer, md: FileMetaData, wanted: readonly string[], batchRows: number): AsyncGenerator<RecordBatch> {
    const tree = parquetSchema(md);
    const byName = new Map(tree.children.map((c) => [c.element.name, c]));
    const flat = wanted.filter((name) => isFlatColumn([tree, byName.get(name)!]));
    const nested = wanted.filter((name) => !flat.includes(name));
    const kinds = new Map(tree.children.map((c) => [c.element.name, kindOf(c.element, c.children.length > 0)]));
    const codecs = new Set(md.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec ?? 'UNCOMPRESSED')));
    let compressors: Compressors;
    let scan: ParquetScan | undefined;
    try {
      compressors = await parquetCompressors(codecs);
      if (nested.length) scan = await parquetScan({ file: buffer, metadata: md, columns: nested, compressors });
    } catch (error) {
      throw this.corrupt(error);
    }
    const readAt = async (position: number, length: number): Promise<Uint8Array> => new Uint8Array(await buffer.slice(position, position + length));
    let groupStart = 0;
    for (const [g, rowGroup] of md.row_groups.entries()) {
      const groupRows = Number(rowGroup.num_rows);
      const where = (name: string): string => `column "${name}", row group ${g}`;
      const cursors = new Map<string, ColumnCursor>();
      for (const name of flat) {
        try {
          cursors.set(name, columnCursor(readAt, rowGroup, [tree, byName.get(name)!], reprOf(byName.get(name)!.element), kinds.get(name)!, compressors));
        } catch (error) {
          throw this.corrupt(error, where(name));
        }
      }
      for (let start = 0; start < groupRows; start += batchRows) {
        const n = Math.min(batchRows, groupRows - start);
        const rowStart = groupStart + start;
        const columns: Column[] = [];
        for (const name of wanted) {
          const cursor = cursors.get(name);
          try {
            columns.push(cursor ? await cursor.take(n) : await this.nestedColumn(scan!, name, kinds.get(name)!, rowStart, n));
          } catch (error) {
            throw this.corrupt(error, where(name));
          }
        }
        const index = new Map(columns.map((c) => [c.name, c]));
        yield { file: this.file, length: n, rowOffset: rowStart, columns, column: (c) => index.get(c), line: () => undefined };
      }
      for (const [name, cursor] of cursors) {
        try {
          await cursor.finish();
        } catch (error) {
          throw this.corrupt(error, where(name));
        }
      }
      groupStart += groupRows;
    }
  }

  private async nestedColumn(scan: ParquetScan, name: string, kind: ColumnKind, rowStart: number, n: number): Promise<Column> {
    const data = await scan.readColumn({ column: name, rowStart, rowEnd: rowStart + n });
    if (data.length !== n) throw new Error(`${data.length} values in rows ${rowStart}..${rowStart + n}, expected ${n}`);
    return new ValueColumn(name, kind, data as ArrayLike<unknown>, 0, n);
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
