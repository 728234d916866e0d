import { isAscii, isUtf8 } from 'node:buffer';
import { inputError, quoted } from '../../../domain/errors.js';
import { fileChunks } from '../byte-stream.js';
import { CsvColumn } from '../columns.js';
import { hashRecordBytes, viewOf } from '../../../domain/table/hash.js';
import type { Column, DataFormat, ReadOptions, RecordBatch, TableSource } from '../../../domain/table/record-batch.js';
import { CsvSyntaxError, CsvTokenizer, detectDelimiter } from './tokenizer.js';

const DEFAULT_BATCH_ROWS = 4096;
const MAX_HEADER_FIELDS = 1 << 16;

let headerSlots: Int32Array | undefined;
/** Field i in slot i, for reading a header (made once per thread: only read). */
function identitySlots(): Int32Array {
  if (!headerSlots) {
    headerSlots = new Int32Array(MAX_HEADER_FIELDS);
    for (let i = 0; i < MAX_HEADER_FIELDS; i++) headerSlots[i] = i;
  }
  return headerSlots;
}

export interface CsvHeader {
  names: string[];
  delimiter: number;
  /** Offset (in the decoded byte stream) just past the header record. */
  endOffset: number;
  /** Line number of the first byte after the header. */
  nextLine: number;
}

/** CSV/TSV file (optionally gzip) read in one streaming pass. */
export class CsvSource implements TableSource {
  private header: CsvHeader | undefined;

  constructor(
    private readonly path: string,
    readonly file: string,
    readonly format: DataFormat,
    private readonly gzip: boolean,
    private readonly delimiter: string | undefined,
  ) {}

  async columnNames(): Promise<readonly string[]> {
    if (!this.header) {
      for await (const batch of this.batches({ columns: [], batchRows: 1 })) {
        void batch;
        break;
      }
    }
    return this.header!.names;
  }

  /** The parsed header (reads the start of the file once). */
  async headerInfo(): Promise<CsvHeader> {
    await this.columnNames();
    return this.header!;
  }

  /** What `fileChunks` needs to read this file again. */
  get location(): { path: string; gzip: boolean } {
    return { path: this.path, gzip: this.gzip };
  }

  knownRowCount(): Promise<number | undefined> {
    return Promise.resolve(undefined);
  }

  async *batches(options: ReadOptions = {}): AsyncGenerator<RecordBatch> {
    const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
    let pending: Buffer | undefined;
    let tok: CsvTokenizer | undefined;
    let names: string[] = [];
    let rowOffset = 0;
    let firstChunk = true;
    let requested: string[] = [];
    let sawAnyByte = false;

    const fail = (error: unknown, line?: number): never => {
      if (error instanceof CsvSyntaxError) throw inputError(error.message, { file: this.file, line: error.line });
      throw inputError(String(error), { file: this.file, line });
    };

    const makeBatch = (buf: Buffer, rows: number): RecordBatch => {
      const t = tok!;
      const ascii = rows > 0 && isAscii(buf.subarray(t.records[0], t.records[2 * rows - 1]));
      const columns: Column[] = requested.map((name, slot) => new CsvColumn(name, buf, t.offsets, t.flags, slot, requested.length, rows, ascii));
      const lines = t.lines;
      const records = t.records;
      const view = viewOf(buf);
      const byName = new Map(columns.map((c) => [c.name, c]));
      const batch: RecordBatch = {
        file: this.file,
        length: rows,
        rowOffset,
        columns,
        column: (name) => byName.get(name),
        line: (i) => lines[i],
        rowHash: (i, out) => hashRecordBytes(buf, view, records[2 * i]!, records[2 * i + 1]!, out),
      };
      rowOffset += rows;
      return batch;
    };

    const checkUtf8 = (buf: Buffer, start: number, end: number, firstLine: number): void => {
      if (isUtf8(buf.subarray(start, end))) return;
      let line = firstLine;
      let p = start;
      while (p < end) {
        let q = buf.indexOf(10, p);
        if (q < 0 || q >= end) q = end;
        if (!isUtf8(buf.subarray(p, q))) throw inputError('invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)', { file: this.file, line });
        line++;
        p = q + 1;
      }
    };

    const readHeader = (buf: Buffer, final: boolean): number => {
      let start = 0;
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
      // skip leading empty lines
      const delimiter = this.delimiter !== undefined ? this.delimiter.charCodeAt(0) : this.format === 'tsv' ? 9 : detectDelimiter(buf, start, buf.length);
      const headerTok = new CsvTokenizer(delimiter, -1, identitySlots(), MAX_HEADER_FIELDS, 1);
      let res;
      try {
        res = headerTok.tokenize(buf, start, buf.length, final);
      } catch (error) {
        return fail(error);
      }
      if (res.rows === 0) return -1;
      checkUtf8(buf, start, res.consumed, 1);
      const count = headerTok.lastFieldCount;
      if (count > MAX_HEADER_FIELDS) throw inputError(`the header has ${count.toLocaleString('en-US')} columns; mlgate reads files of at most ${MAX_HEADER_FIELDS.toLocaleString('en-US')} columns`, { file: this.file, line: headerTok.lines[0] });
      names = [];
      for (let f = 0; f < count; f++) {
        const s = headerTok.offsets[2 * f]!;
        const e = headerTok.offsets[2 * f + 1]!;
        const t = buf.toString('utf8', s, e);
        names.push(headerTok.flags[f] === 2 ? t.replaceAll('""', '"') : t);
      }
      const seen = new Set<string>();
      names.forEach((n, i) => {
        if (n === '') throw inputError(`header field ${i + 1} is empty; expected a column name`, { file: this.file, line: headerTok.lines[0] });
        if (seen.has(n)) throw inputError(`duplicate column name ${quoted(n)} in the header (columns ${names.indexOf(n) + 1} and ${i + 1})`, { file: this.file, line: headerTok.lines[0] });
        seen.add(n);
      });
      this.header = { names, delimiter, endOffset: res.consumed, nextLine: headerTok.line };
      requested = options.columns ? options.columns.filter((c) => names.includes(c)) : [...names];
      const slotOf = new Int32Array(names.length).fill(-1);
      requested.forEach((name, slot) => {
        slotOf[names.indexOf(name)] = slot;
      });
      tok = new CsvTokenizer(delimiter, names.length, slotOf, requested.length, batchRows);
      tok.line = headerTok.line;
      return res.consumed;
    };

    for await (const chunk of fileChunks(this.path, this.file, this.gzip)) {
      if (chunk.length > 0) sawAnyByte = true;
      let buf = pending && pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      let pos = 0;
      if (!tok) {
        pos = readHeader(buf, false);
        if (pos < 0) {
          pending = buf;
          continue;
        }
        if (options.columns && options.columns.length === 0 && options.batchRows === 1 && firstChunk) return;
      }
      firstChunk = false;
      for (;;) {
        const startLine = tok!.line;
        let res;
        try {
          res = tok!.tokenize(buf, pos, buf.length, false);
        } catch (error) {
          return fail(error);
        }
        if (res.rows === 0) break;
        checkUtf8(buf, pos, res.consumed, startLine);
        yield makeBatch(buf, res.rows);
        pos = res.consumed;
        if (pos >= buf.length) break;
      }
      pending = pos < buf.length ? buf.subarray(pos) : undefined;
      buf = Buffer.alloc(0);
    }
    // end of input
    const rest = pending ?? Buffer.alloc(0);
    let pos = 0;
    if (!tok) {
      if (!sawAnyByte || rest.every((c) => c === 10 || c === 13 || c === 32)) throw inputError('empty file: expected a header line with column names', { file: this.file, line: 1 });
      pos = readHeader(rest, true);
      if (pos < 0) throw inputError('empty file: expected a header line with column names', { file: this.file, line: 1 });
      if (options.columns && options.columns.length === 0 && options.batchRows === 1) return;
    }
    while (pos < rest.length) {
      const startLine = tok!.line;
      let res;
      try {
        res = tok!.tokenize(rest, pos, rest.length, true);
      } catch (error) {
        return fail(error);
      }
      if (res.rows === 0 && res.consumed === pos) break;
      checkUtf8(rest, pos, res.consumed, startLine);
      if (res.rows > 0) yield makeBatch(rest, res.rows);
      pos = res.consumed;
    }
  }
}
