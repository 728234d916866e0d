import type { ColumnKind } from '../../../domain/table/record-batch.js';
import type { ColumnData, NumberMode } from './columns.js';
import type { Dense, DictionaryEntries } from './dense.js';
import type { Arrays } from './scratch.js';

/** A run of rows of one page going into a batch: rows [row, row + rows) of the page, whose first non-null value is dense value `value`. */
export interface PageRun {
  present: Uint8Array | undefined;
  dense: Dense;
  row: number;
  value: number;
  rows: number;
}

/** Collects the rows of one column for one batch, page run by page run. */
export interface BatchBuilder {
  /** Adds the run's rows; returns how many dense values they used. */
  add(run: PageRun): number;
  addGeneric(values: ArrayLike<unknown>, from: number, rows: number): void;
  build(name: string, kind: ColumnKind): ColumnData;
  /** The dictionary the batch's entries refer to. */
  readonly dictionary: { owner: object; size: number } | undefined;
}

function wrongKind(dense: Dense, expected: string): Error {
  return new Error(`decoded ${dense.kind} values for a ${expected} column`);
}

/** Each row's dictionary entry (-1: not dictionary-encoded), for columns whose pages may use one. */
class Entries {
  rows: Int32Array | undefined;
  dictionary: { owner: object; size: number } | undefined;
  constructor(
    private readonly arrays: Arrays,
    private readonly n: number,
  ) {}

  /** The run's entries, or undefined when its page is not dictionary-encoded. */
  of(entry: DictionaryEntries | undefined): Int32Array | undefined {
    if (!entry) return undefined;
    if (!this.dictionary) {
      this.rows = this.arrays.i32('entry', this.n).fill(-1);
      this.dictionary = { owner: entry.owner, size: entry.size };
    } else if (this.dictionary.owner !== entry.owner) throw new Error('a second dictionary in one column chunk');
    return entry.index;
  }
}

class NumberBuilder implements BatchBuilder {
  private readonly values: Float64Array;
  private readonly nulls: Uint8Array;
  private readonly entries: Entries;
  private big: Map<number, bigint> | undefined;
  private filled = 0;
  constructor(
    private readonly mode: NumberMode,
    private readonly n: number,
    arrays: Arrays,
  ) {
    this.values = arrays.f64('values', n);
    this.nulls = arrays.u8('nulls', n).fill(0);
    this.entries = new Entries(arrays, n);
  }

  get dictionary(): { owner: object; size: number } | undefined {
    return this.entries.dictionary;
  }

  add({ present, dense, row, value, rows }: PageRun): number {
    if (dense.kind !== 'f64') throw wrongKind(dense, 'numeric');
    const at = this.filled;
    const src = dense.values;
    const big = dense.big;
    const entries = this.entries.of(dense.entry);
    this.filled += rows;
    if (!present && !big) {
      this.values.set(src.subarray(value, value + rows), at);
      if (entries) this.entries.rows!.set(entries.subarray(value, value + rows), at);
      return rows;
    }
    let v = value;
    for (let r = 0; r < rows; r++) {
      if (present && present[row + r] === 0) {
        this.nulls[at + r] = 1;
        continue;
      }
      this.values[at + r] = src[v]!;
      if (entries) this.entries.rows![at + r] = entries[v]!;
      const b = big?.get(v);
      if (b !== undefined) (this.big ??= new Map()).set(at + r, b);
      v++;
    }
    return v - value;
  }

  addGeneric(): void {
    throw new Error('generic values for a numeric column');
  }

  build(name: string, kind: ColumnKind): ColumnData {
    return { type: 'number', name, kind, length: this.n, mode: this.mode, values: this.values, nulls: this.nulls, big: this.big, entry: this.entries.rows };
  }
}

class BooleanBuilder implements BatchBuilder {
  private readonly values: Uint8Array;
  private readonly nulls: Uint8Array;
  private filled = 0;
  readonly dictionary = undefined;
  constructor(
    private readonly n: number,
    arrays: Arrays,
  ) {
    this.values = arrays.u8('values', n);
    this.nulls = arrays.u8('nulls', n).fill(0);
  }

  add({ present, dense, row, value, rows }: PageRun): number {
    if (dense.kind !== 'bool') throw wrongKind(dense, 'boolean');
    const at = this.filled;
    this.filled += rows;
    if (!present) {
      this.values.set(dense.values.subarray(value, value + rows), at);
      return rows;
    }
    let v = value;
    for (let r = 0; r < rows; r++) {
      if (present[row + r] === 0) this.nulls[at + r] = 1;
      else this.values[at + r] = dense.values[v++]!;
    }
    return v - value;
  }

  addGeneric(): void {
    throw new Error('generic values for a boolean column');
  }

  build(name: string, kind: ColumnKind): ColumnData {
    return { type: 'boolean', name, kind, length: this.n, values: this.values, nulls: this.nulls };
  }
}

class StringBuilder implements BatchBuilder {
  private readonly segs: Buffer[] = [];
  private readonly lossy: boolean[] = [];
  private readonly seg: Int32Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly nulls: Uint8Array;
  private readonly entries: Entries;
  private filled = 0;
  constructor(
    private readonly n: number,
    arrays: Arrays,
  ) {
    this.seg = arrays.i32('seg', n);
    this.start = arrays.i32('start', n);
    this.end = arrays.i32('end', n);
    this.nulls = arrays.u8('nulls', n).fill(0);
    this.entries = new Entries(arrays, n);
  }

  get dictionary(): { owner: object; size: number } | undefined {
    return this.entries.dictionary;
  }

  add({ present, dense, row, value, rows }: PageRun): number {
    if (dense.kind !== 'bytes') throw wrongKind(dense, 'string');
    let s = this.segs.lastIndexOf(dense.buf);
    if (s < 0) {
      s = this.segs.push(dense.buf) - 1;
      this.lossy.push(dense.lossy);
    }
    const entries = this.entries.of(dense.entry);
    const at = this.filled;
    this.filled += rows;
    if (!present) {
      this.seg.fill(s, at, at + rows);
      this.start.set(dense.start.subarray(value, value + rows), at);
      this.end.set(dense.end.subarray(value, value + rows), at);
      if (entries) this.entries.rows!.set(entries.subarray(value, value + rows), at);
      return rows;
    }
    let v = value;
    for (let r = 0; r < rows; r++) {
      if (present[row + r] === 0) {
        this.nulls[at + r] = 1;
        continue;
      }
      this.seg[at + r] = s;
      this.start[at + r] = dense.start[v]!;
      this.end[at + r] = dense.end[v]!;
      if (entries) this.entries.rows![at + r] = entries[v]!;
      v++;
    }
    return v - value;
  }

  addGeneric(): void {
    throw new Error('generic values for a string column');
  }

  build(name: string, kind: ColumnKind): ColumnData {
    return { type: 'string', name, kind, length: this.n, segs: this.segs, lossy: this.lossy, seg: this.seg, start: this.start, end: this.end, entry: this.entries.rows, nulls: this.nulls };
  }
}

class GenericBuilder implements BatchBuilder {
  private readonly values: unknown[];
  private filled = 0;
  readonly dictionary = undefined;
  constructor(n: number) {
    this.values = new Array<unknown>(n);
  }

  add(run: PageRun): number {
    throw wrongKind(run.dense, 'generic');
  }

  addGeneric(values: ArrayLike<unknown>, from: number, rows: number): void {
    for (let r = 0; r < rows; r++) this.values[this.filled + r] = values[from + r];
    this.filled += rows;
  }

  build(name: string, kind: ColumnKind): ColumnData {
    return { type: 'value', name, kind, length: this.values.length, values: this.values };
  }
}

export type BuilderKind = { kind: 'number'; mode: NumberMode } | { kind: 'boolean' } | { kind: 'string' } | { kind: 'generic' };

/** A builder for n rows; `arrays` are reused from batch to batch. */
export function batchBuilder(what: BuilderKind, n: number, arrays: Arrays): BatchBuilder {
  switch (what.kind) {
    case 'number':
      return new NumberBuilder(what.mode, n, arrays);
    case 'boolean':
      return new BooleanBuilder(n, arrays);
    case 'string':
      return new StringBuilder(n, arrays);
    case 'generic':
      return new GenericBuilder(n);
  }
}
