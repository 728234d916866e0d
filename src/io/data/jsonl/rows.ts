import type { Column, RecordBatch, RowIssue } from '../../../domain/table/record-batch.js';
import type { FastSlice } from '../fast-slice.js';
import { JsonlCells } from './cells.js';
import { JsonlColumn } from './column.js';
import type { JsonlLineReader } from './line-reader.js';

/**
 * Up to `capacity` rows of a JSON Lines file being read: the requested columns' cells, and for each
 * row its line number, the byte range of its line (to read it again for an example) and, when
 * asked, its whole-row hash. Rows stay valid while the buffer they were read from is unchanged.
 */
export class JsonlRows {
  readonly cells: JsonlCells;
  rows = 0;
  readonly lines: Float64Array;
  readonly records: Int32Array;
  readonly hi: Uint32Array | undefined;
  readonly lo: Uint32Array | undefined;
  issues: RowIssue[] = [];

  constructor(
    private readonly reader: JsonlLineReader,
    private readonly file: string,
    readonly capacity: number,
    rowHashes: boolean,
  ) {
    this.cells = new JsonlCells(reader.requested.length, capacity);
    this.lines = new Float64Array(capacity);
    this.records = new Int32Array(2 * capacity);
    this.hi = rowHashes ? new Uint32Array(capacity) : undefined;
    this.lo = rowHashes ? new Uint32Array(capacity) : undefined;
  }

  /** A batch's `line`: one function for every batch, so that the checks calling it keep one call target. */
  private readonly lineOf = (i: number): number | undefined => this.lines[i];

  get full(): boolean {
    return this.rows >= this.capacity;
  }

  clear(): void {
    this.rows = 0;
    this.issues = [];
    this.cells.clear();
  }

  /**
   * Adds line b[s, e) (e: its line feed or the end of the data; a UTF-8 BOM already skipped) as line
   * number `line`: a line of spaces and tabs only (once a final CR is removed) is skipped.
   */
  addLine(b: Buffer, s: number, e: number, line: number): void {
    if (e > s && b[e - 1] === 13) e--;
    let blank = true;
    for (let p = s; p < e; p++) {
      const c = b[p]!;
      if (c !== 32 && c !== 9) {
        blank = false;
        break;
      }
    }
    if (blank) return;
    const r = this.rows;
    if (!this.reader.read(b, s, e, this.cells, r)) {
      const text = (b as unknown as FastSlice).utf8Slice(s, e);
      const { duplicateKeys } = this.reader.readObject(text, { file: this.file, line }, this.cells, r);
      if (duplicateKeys.length > 0) this.issues.push({ check: 'duplicate_keys', line, value: duplicateKeys.join(', ') });
    }
    this.lines[r] = line;
    this.records[2 * r] = s;
    this.records[2 * r + 1] = e;
    if (this.hi && this.lo) {
      this.hi[r] = this.reader.rowHash[0]!;
      this.lo[r] = this.reader.rowHash[1]!;
    }
    this.rows = r + 1;
  }

  /** Moves the rows' byte ranges by `delta` (their bytes moved in a new buffer). */
  shift(delta: number): void {
    const { starts, ends, slots, tags } = this.cells;
    for (let k = 0; k < this.rows * slots; k++) {
      if (tags[k] === 0) continue;
      starts[k] = starts[k]! + delta;
      ends[k] = ends[k]! + delta;
    }
    for (let k = 0; k < 2 * this.rows; k++) this.records[k] = this.records[k]! + delta;
  }

  /**
   * The rows as a batch over `buf` (valid until the rows change): the requested columns met so far
   * in the file, or (`every`) all of them.
   */
  batch(buf: Buffer, rowOffset: number, ascii: boolean, every = false): RecordBatch {
    const n = this.rows;
    const { known, requested } = this.reader;
    const columns: Column[] = [];
    requested.forEach((name, slot) => {
      if (every || known.has(name)) columns.push(new JsonlColumn(name, buf, this.cells, slot, n, ascii));
    });
    const byName = new Map(columns.map((c) => [c.name, c]));
    const issues = this.issues;
    return { file: this.file, length: n, rowOffset, columns, column: (name) => byName.get(name), line: this.lineOf, ...(issues.length > 0 ? { issues } : {}) };
  }
}
