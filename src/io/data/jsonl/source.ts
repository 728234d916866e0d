import { isAscii, isUtf8 } from 'node:buffer';
import { inputError } from '../../../domain/errors.js';
import { fileChunks } from '../byte-stream.js';
import type { ReadOptions, RecordBatch, TableSource } from '../../../domain/table/record-batch.js';
import { JsonlLineReader } from './line-reader.js';
import { JsonlRows } from './rows.js';

const DEFAULT_BATCH_ROWS = 16_384;

/**
 * JSON Lines: one object per line (a UTF-8 BOM before the first is skipped); blank lines skipped; missing
 * keys are null; nested values stay objects. Integers beyond 2^53 are bigints with their exact value (a
 * number with a fraction or exponent is a double, as `JSON.parse` reads it); a key repeated in one object
 * is a `RowIssue` of the batch (the last value is kept, as `JSON.parse` does). Read from bytes
 * (`line-reader.ts`); big files are also read in chunks on worker threads (`parallel.ts`).
 */
export class JsonlSource implements TableSource {
  readonly format = 'jsonl' as const;
  private names: string[] | undefined;

  constructor(
    private readonly path: string,
    readonly file: string,
    private readonly gzip: boolean,
  ) {}

  /** What `fileChunks` needs to read this file again. */
  get location(): { path: string; gzip: boolean } {
    return { path: this.path, gzip: this.gzip };
  }

  async columnNames(): Promise<readonly string[]> {
    if (!this.names) {
      // Keys can appear on any line: one streaming pass over the file collects them all.
      const reader = new JsonlLineReader([], false);
      for await (const _ of this.rows(reader, DEFAULT_BATCH_ROWS));
      this.names = reader.order;
    }
    return this.names;
  }

  knownRowCount(): Promise<number | undefined> {
    return Promise.resolve(undefined);
  }

  /**
   * The file's rows, `batchRows` at a time (the last batch may have fewer): the rows stay valid
   * until the iterator is advanced. Reads as the line-by-line reader did: each ~1 MiB read is checked
   * for UTF-8 up to its last line feed before its lines are read.
   */
  private async *rows(reader: JsonlLineReader, batchRows: number): AsyncGenerator<{ rows: JsonlRows; buf: Buffer }> {
    const rows = new JsonlRows(reader, this.file, batchRows, false);
    let buf = Buffer.alloc(0);
    /** Where the rows being gathered start in buf, and where the lines not yet read do. */
    let batchStart = 0;
    let next = 0;
    let line = 1;
    let any = false;
    const check = (end: number): void => {
      if (!isUtf8(buf.subarray(next, end))) throw inputError('invalid UTF-8 (expected UTF-8 text)', { file: this.file, line: line + badUtf8Line(buf, next, end) });
    };
    const readLine = (s: number, e: number): void => {
      // A BOM before the first line (the first bytes of the file) is skipped.
      if (line === 1 && s === 0 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) s = 3;
      const before = rows.rows;
      rows.addLine(buf, s, e, line);
      if (rows.rows > before) any = true;
      line++;
    };
    for await (const chunk of fileChunks(this.path, this.file, this.gzip)) {
      // The rows gathered so far keep their bytes: they move with the rest to the new buffer.
      if (rows.rows > 0) rows.shift(-batchStart);
      buf = Buffer.concat([buf.subarray(batchStart), chunk]);
      reader.useBuffer(buf);
      next -= batchStart;
      batchStart = 0;
      const last = buf.lastIndexOf(10);
      if (last < next) continue;
      check(last);
      while (next <= last) {
        const q = buf.indexOf(10, next);
        readLine(next, q);
        next = q + 1;
        if (rows.full) {
          yield { rows, buf };
          rows.clear();
          batchStart = next;
        }
      }
      if (rows.rows === 0) batchStart = next;
    }
    if (next < buf.length) {
      check(buf.length);
      readLine(next, buf.length);
    }
    if (!any) throw inputError('empty file: expected JSON objects, one per line', { file: this.file, line: 1 });
    if (rows.rows > 0) yield { rows, buf };
  }

  async *batches(options: ReadOptions = {}): AsyncGenerator<RecordBatch> {
    const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
    const reader = new JsonlLineReader(options.columns, false);
    // Keys found by an earlier pass are known from the first batch on.
    for (const name of this.names ?? []) reader.know(name);
    let rowOffset = 0;
    for await (const { rows, buf } of this.rows(reader, batchRows)) {
      if (!this.names || this.names.length < reader.order.length) this.names = [...reader.order];
      yield rows.batch(buf, rowOffset, isAscii(buf.subarray(rows.records[0], rows.records[2 * rows.rows - 1])));
      rowOffset += rows.rows;
    }
  }
}

/** Lines before the first one in buf[from, end) that is not valid UTF-8. */
function badUtf8Line(buf: Buffer, from: number, end: number): number {
  let skipped = 0;
  for (let p = from; p < end; skipped++) {
    const q = buf.indexOf(10, p);
    const e = q < 0 || q > end ? end : q;
    if (!isUtf8(buf.subarray(p, e))) return skipped;
    p = e + 1;
  }
  return skipped;
}
