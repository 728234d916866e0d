import type { ColumnKind } from '../table.js';
import type { ColumnData, DictionaryCache, NumberMode } from './columns.js';
import type { Dense } from './dense.js';

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
}

function wrongKind(dense: Dense, expected: string): Error {
  return new Error(`decoded ${dense.kind} values for a ${expected} column`);
}

class NumberBuilder implements BatchBuilder {
  private readonly values: Float64Array;
  private readonly nulls: Uint8Array;
  private big: Map<number, bigint> | undefined;
  private filled = 0;
  constructor(
    private readonly mode: NumberMode,
    private readonly n: number,
  ) {
    this.values = new Float64Array(n);
    this.nulls = new Uint8Array(n);
  }

  add({ present, dense, row, value, rows }: PageRun): number {
    if (dense.kind !== 'f64') throw wrongKind(dense, 'numeric');
    const at = this.filled;
    const src = dense.values;
    const big = dense.big;
    this.filled += rows;
    if (!present && !big) {
      this.values.set(src.subarray(value, value + rows), at);
      return rows;
    }
    let v = value;
    for (let r = 0; r < rows; r++) {
      if (present && present[row + r] === 0) {
        this.nulls[at + r] = 1;
        continue;
      }
      this.values[at + r] = src[v]!;
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
    return { type: 'number', name, kind, length: this.n, mode: this.mode, values: this.values, nulls: this.nulls, big: this.big };
  }
}

class BooleanBuilder implements BatchBuilder {
  private readonly values: Uint8Array;
  private readonly nulls: Uint8Array;
  private filled = 0;
  constructor(private readonly n: number) {
    this.values = new Uint8Array(n);
    this.nulls = new Uint8Array(n);
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
  private entry: Int32Array | undefined;
  private filled = 0;
  constructor(
    private readonly n: number,
    private readonly cacheFor: (dictionary: Buffer, size: number) => DictionaryCache,
  ) {
    this.seg = new Int32Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.nulls = new Uint8Array(n);
  }

  private cache: DictionaryCache | undefined;

  add({ present, dense, row, value, rows }: PageRun): number {
    if (dense.kind !== 'bytes') throw wrongKind(dense, 'string');
    let s = this.segs.lastIndexOf(dense.buf);
    if (s < 0) {
      s = this.segs.push(dense.buf) - 1;
      this.lossy.push(dense.lossy);
    }
    const entries = dense.entry?.index;
    if (dense.entry && !this.entry) {
      this.entry = new Int32Array(this.n).fill(-1);
      this.cache = this.cacheFor(dense.buf, dense.entry.size);
    }
    if (dense.entry && this.cache?.owner !== dense.buf) throw new Error('a second dictionary in one column chunk');
    const at = this.filled;
    let v = value;
    for (let r = 0; r < rows; r++) {
      if (present && present[row + r] === 0) {
        this.nulls[at + r] = 1;
        continue;
      }
      this.seg[at + r] = s;
      this.start[at + r] = dense.start[v]!;
      this.end[at + r] = dense.end[v]!;
      if (entries) this.entry![at + r] = entries[v]!;
      v++;
    }
    this.filled += rows;
    return v - value;
  }

  addGeneric(): void {
    throw new Error('generic values for a string column');
  }

  build(name: string, kind: ColumnKind): ColumnData {
    return { type: 'string', name, kind, length: this.n, segs: this.segs, lossy: this.lossy, seg: this.seg, start: this.start, end: this.end, entry: this.entry, nulls: this.nulls };
  }
}

class GenericBuilder implements BatchBuilder {
  private readonly values: unknown[];
  private filled = 0;
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

export type BuilderKind = { kind: 'number'; mode: NumberMode } | { kind: 'boolean' } | { kind: 'string'; cacheFor: (dictionary: Buffer, size: number) => DictionaryCache } | { kind: 'generic' };

export function batchBuilder(what: BuilderKind, n: number): BatchBuilder {
  switch (what.kind) {
    case 'number':
      return new NumberBuilder(what.mode, n);
    case 'boolean':
      return new BooleanBuilder(n);
    case 'string':
      return new StringBuilder(n, what.cacheFor);
    case 'generic':
      return new GenericBuilder(n);
  }
}
