import { isAscii } from 'node:buffer';
import { parseIsoBytes, parseIsoString } from '../../../domain/validation/iso-time.js';
import { TextWindow } from '../csv/text-window.js';
import { ValueColumn } from '../columns.js';
import { combineHashAt, hashBytes, hashDouble, hashNull, hashString, viewOf } from '../../../domain/table/hash.js';
import { bytesWords, mixCell, mixNumbers, NULL_WORD0, NULL_WORD1, textWords, valueWords } from '../../../domain/table/row-hash.js';
import { INTEGER, NOT_NUMBER, NULL, NUMBER } from '../../../domain/validation/cell-kinds.js';
import type { FastSlice } from '../fast-slice.js';
import type { Column, ColumnKind } from '../../../domain/table/record-batch.js';
import { asBuffer } from './dense.js';
import { hashSafeInteger } from './integer-hash.js';
import type { DictionaryCache } from './dictionary-cache.js';

/**
 * Columns of one batch of a Parquet file, over typed arrays and byte ranges. Each answers exactly as
 * `ValueColumn` (src/io/data/columns.ts) does over the values hyparquet would give (number, bigint, Date,
 * boolean, string), without creating those values.
 */

/** `number`: JS numbers; `int64`: bigints (exact ones of unsafe values in `big`); `time`: Dates as epoch ms (NaN: Invalid Date). */
export type NumberMode = 'number' | 'int64' | 'time';

export class NumberColumn implements Column {
  constructor(
    readonly name: string,
    readonly kind: ColumnKind,
    private readonly mode: NumberMode,
    private readonly values: Float64Array,
    private readonly nulls: Uint8Array,
    private readonly big: ReadonlyMap<number, bigint> | undefined,
    readonly length: number,
    /** Each row's dictionary entry (-1: none), and the cache of the entries' hashes. */
    private readonly entry: Int32Array | undefined = undefined,
    private readonly cache: DictionaryCache | undefined = undefined,
  ) {}

  isNull(i: number): boolean {
    return this.nulls[i] === 1;
  }

  number(i: number): number {
    return this.nulls[i] === 1 ? NaN : this.values[i]!;
  }

  isInteger(i: number): boolean {
    if (this.nulls[i] === 1) return false;
    return this.mode === 'int64' || (this.mode === 'number' && Number.isInteger(this.values[i]));
  }

  datetime(i: number, dateOnly: boolean): number {
    if (this.mode !== 'time' || this.nulls[i] === 1) return NaN;
    const ms = this.values[i]!;
    return dateOnly && ms % 86_400_000 !== 0 ? NaN : ms;
  }

  numbers(out: Float64Array, kinds: Uint8Array): void {
    const { values, nulls, mode } = this;
    for (let i = 0; i < this.length; i++) {
      if (nulls[i] === 1) {
        out[i] = NaN;
        kinds[i] = NULL;
        continue;
      }
      const v = values[i]!;
      out[i] = v;
      kinds[i] = mode === 'int64' || (mode === 'number' && Number.isInteger(v)) ? INTEGER : v !== v ? NOT_NUMBER : NUMBER;
    }
  }

  datetimes(out: Float64Array, dateOnly: boolean): void {
    for (let i = 0; i < this.length; i++) out[i] = this.datetime(i, dateOnly);
  }

  /** As `uniqueInteger` reads `value(i)`: a safe integer below 10^15 in magnitude (not a time). */
  canonicalInteger(i: number): number {
    const v = this.values[i]!;
    return this.mode !== 'time' && Number.isInteger(v) && Math.abs(v) < 1e15 ? v + 0 : NaN;
  }

  text(i: number): string | null {
    if (this.nulls[i] === 1) return null;
    const v = this.values[i]!;
    if (this.mode === 'time') return Number.isNaN(v) ? 'Invalid Date' : new Date(v).toISOString();
    return String(this.big?.get(i) ?? v);
  }

  value(i: number): unknown {
    if (this.nulls[i] === 1) return null;
    const v = this.values[i]!;
    if (this.mode === 'time') return new Date(v);
    if (this.mode === 'int64') return this.big?.get(i) ?? BigInt(v);
    return v;
  }

  private hashValue(i: number, out: Uint32Array): void {
    const v = this.values[i]!;
    if (this.mode === 'time' || Number.isSafeInteger(v)) hashSafeInteger(v, out);
    else if (this.mode === 'int64') hashString(String(this.big?.get(i) ?? v), out);
    else hashDouble(v, out);
  }

  hash(i: number, out: Uint32Array): void {
    if (this.nulls[i] === 1) return hashNull(out);
    const e = this.entry ? this.entry[i]! : -1;
    const c = this.cache;
    if (e < 0 || !c) return this.hashValue(i, out);
    if (c.load(e, out)) return;
    this.hashValue(i, out);
    c.store(e, out);
  }

  combineHashes(hi: Uint32Array, lo: Uint32Array, n: number): void {
    for (let i = 0; i < n; i++) {
      this.hash(i, rowScratch);
      combineHashAt(hi, lo, i, rowScratch);
    }
  }

  mixRowHashes(hi: Uint32Array, lo: Uint32Array, n: number): void {
    const { values, nulls, mode } = this;
    if (mode !== 'int64' || !this.big?.size) return mixNumbers(hi, lo, n, values, nulls, mode === 'time', rowScratch);
    for (let i = 0; i < n; i++) {
      valueWords(this, i, rowScratch);
      mixCell(hi, lo, i, rowScratch[0]!, rowScratch[1]!);
    }
  }
}

/** One cell's hash at a time, for `combineHashes`. */
const rowScratch = new Uint32Array(2);

const trueHash = new Uint32Array(2);
const falseHash = new Uint32Array(2);
hashString('true', trueHash);
hashString('false', falseHash);
const [trueWords, falseWords] = [new Uint32Array(2), new Uint32Array(2)];
textWords('true', trueWords);
textWords('false', falseWords);
const nullWords = new Uint32Array([NULL_WORD0, NULL_WORD1]);

export class BooleanColumn implements Column {
  constructor(
    readonly name: string,
    readonly kind: ColumnKind,
    private readonly values: Uint8Array,
    private readonly nulls: Uint8Array,
    readonly length: number,
  ) {}

  isNull(i: number): boolean {
    return this.nulls[i] === 1;
  }

  number(i: number): number {
    return this.nulls[i] === 1 ? NaN : this.values[i]!;
  }

  isInteger(): boolean {
    return false;
  }

  datetime(): number {
    return NaN;
  }

  text(i: number): string | null {
    return this.nulls[i] === 1 ? null : this.values[i] ? 'true' : 'false';
  }

  value(i: number): unknown {
    return this.nulls[i] === 1 ? null : this.values[i] === 1;
  }

  hash(i: number, out: Uint32Array): void {
    if (this.nulls[i] === 1) return hashNull(out);
    const h = this.values[i] ? trueHash : falseHash;
    out[0] = h[0]!;
    out[1] = h[1]!;
  }

  combineHashes(hi: Uint32Array, lo: Uint32Array, n: number): void {
    for (let i = 0; i < n; i++) {
      this.hash(i, rowScratch);
      combineHashAt(hi, lo, i, rowScratch);
    }
  }

  mixRowHashes(hi: Uint32Array, lo: Uint32Array, n: number): void {
    const { values, nulls } = this;
    for (let i = 0; i < n; i++) {
      const w = nulls[i] === 1 ? nullWords : values[i] === 1 ? trueWords : falseWords;
      mixCell(hi, lo, i, w[0]!, w[1]!);
    }
  }
}

const lossyDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Whether each page buffer is all ASCII, found once per page (a page's rows come in several batches). */
const asciiSegs = new WeakMap<Uint8Array, boolean>();

function isAsciiSeg(b: Buffer): boolean {
  let ascii = asciiSegs.get(b);
  if (ascii === undefined) asciiSegs.set(b, (ascii = isAscii(b)));
  return ascii;
}

/** Strings as UTF-8 byte ranges: row i is segs[seg[i]][start[i], end[i]), dictionary entry entry[i] (or -1). */
export interface StringRows {
  segs: readonly Uint8Array[];
  /** Segments with a value that is not valid UTF-8: decoded as TextDecoder does, hashed by that text. */
  lossy: readonly boolean[];
  seg: Int32Array;
  start: Int32Array;
  end: Int32Array;
  entry: Int32Array | undefined;
  nulls: Uint8Array;
}

export class StringColumn implements Column {
  private readonly segs: Buffer[];
  constructor(
    readonly name: string,
    readonly kind: ColumnKind,
    private readonly rows: StringRows,
    private readonly cache: DictionaryCache | undefined,
    readonly length: number,
  ) {
    this.segs = rows.segs.map(asBuffer);
  }

  isNull(i: number): boolean {
    return this.rows.nulls[i] === 1;
  }

  number(): number {
    return NaN;
  }

  isInteger(): boolean {
    return false;
  }

  datetime(i: number, dateOnly: boolean): number {
    const r = this.rows;
    if (r.nulls[i] === 1) return NaN;
    const s = r.seg[i]!;
    return r.lossy[s] ? parseIsoString(this.decode(i), dateOnly) : parseIsoBytes(this.segs[s]!, r.start[i]!, r.end[i]!, dateOnly);
  }

  private decode(i: number): string {
    const r = this.rows;
    const s = r.seg[i]!;
    const buf = this.segs[s]!;
    return r.lossy[s] ? lossyDecoder.decode(buf.subarray(r.start[i], r.end[i])) : (buf as unknown as FastSlice).utf8Slice(r.start[i]!, r.end[i]!);
  }

  text(i: number): string | null {
    const r = this.rows;
    if (r.nulls[i] === 1) return null;
    const e = r.entry ? r.entry[i]! : -1;
    if (e < 0 || !this.cache) return this.decode(i);
    return (this.cache.texts[e] ??= this.decode(i));
  }

  private windows: (TextWindow | undefined)[] = [];

  /** `text(i)` for a check that does not keep it: a dictionary entry's cached text, else a substring of a decoded piece of an ASCII page. */
  textView(i: number): string | null {
    const r = this.rows;
    if (r.nulls[i] === 1) return null;
    const s = r.seg[i]!;
    if (r.lossy[s] || (r.entry && this.cache && r.entry[i]! >= 0)) return this.text(i);
    const w = (this.windows[s] ??= new TextWindow(this.segs[s]!, isAsciiSeg(this.segs[s]!)));
    return w.slice(r.start[i]!, r.end[i]!);
  }

  textBytes(i: number, span: Int32Array): Uint8Array | undefined {
    const r = this.rows;
    if (r.nulls[i] === 1) return undefined;
    const s = r.seg[i]!;
    if (r.lossy[s]) return undefined;
    span[0] = r.start[i]!;
    span[1] = r.end[i]!;
    return this.segs[s];
  }

  value(i: number): unknown {
    return this.text(i);
  }

  private hashRow(i: number, out: Uint32Array): void {
    const r = this.rows;
    const s = r.seg[i]!;
    if (r.lossy[s]) hashString(this.decode(i), out);
    else hashBytes(this.segs[s]!, r.start[i]!, r.end[i]!, false, out);
  }

  hash(i: number, out: Uint32Array): void {
    const r = this.rows;
    if (r.nulls[i] === 1) return hashNull(out);
    const e = r.entry ? r.entry[i]! : -1;
    const c = this.cache;
    if (e < 0 || !c) return this.hashRow(i, out);
    if (c.load(e, out)) return;
    this.hashRow(i, out);
    c.store(e, out);
  }

  combineHashes(hi: Uint32Array, lo: Uint32Array, n: number): void {
    for (let i = 0; i < n; i++) {
      this.hash(i, rowScratch);
      combineHashAt(hi, lo, i, rowScratch);
    }
  }

  private views: (DataView | undefined)[] = [];

  /** Cell i's duplicate-row words: `bytesWords` of its bytes (`textWords` of its text, in a page that is not valid UTF-8). */
  private rowWords(i: number, out: Uint32Array): void {
    const r = this.rows;
    const s = r.seg[i]!;
    if (r.lossy[s]) return textWords(this.decode(i), out);
    const seg = this.segs[s]!;
    bytesWords(seg, (this.views[s] ??= viewOf(seg)), r.start[i]!, r.end[i]!, out);
  }

  mixRowHashes(hi: Uint32Array, lo: Uint32Array, n: number): void {
    const r = this.rows;
    const c = this.cache;
    const w = rowScratch;
    for (let i = 0; i < n; i++) {
      if (r.nulls[i] === 1) {
        mixCell(hi, lo, i, NULL_WORD0, NULL_WORD1);
        continue;
      }
      const e = r.entry && c ? r.entry[i]! : -1;
      if (e < 0) this.rowWords(i, w);
      else if (!c!.loadRowWords(e, w)) {
        this.rowWords(i, w);
        c!.storeRowWords(e, w);
      }
      mixCell(hi, lo, i, w[0]!, w[1]!);
    }
  }
}

/**
 * A batch's column as plain data (typed arrays, byte buffers, cloneable values), so a worker thread can
 * send it; `toColumn` makes the Column.
 */
export type ColumnData = { name: string; kind: ColumnKind; length: number } & (
  | { type: 'number'; mode: NumberMode; values: Float64Array; nulls: Uint8Array; big: Map<number, bigint> | undefined; entry: Int32Array | undefined }
  | { type: 'boolean'; values: Uint8Array; nulls: Uint8Array }
  | ({ type: 'string' } & StringRows)
  | { type: 'value'; values: unknown[] }
);

/** `cache`: the cache of the entries of the dictionary the column's `entry` refers to (one per column chunk). */
export function toColumn(d: ColumnData, cache?: DictionaryCache): Column {
  switch (d.type) {
    case 'number':
      return new NumberColumn(d.name, d.kind, d.mode, d.values, d.nulls, d.big, d.length, d.entry, d.entry ? cache : undefined);
    case 'boolean':
      return new BooleanColumn(d.name, d.kind, d.values, d.nulls, d.length);
    case 'string':
      return new StringColumn(d.name, d.kind, d, d.entry ? cache : undefined, d.length);
    case 'value':
      return new ValueColumn(d.name, d.kind, d.values, 0, d.length);
  }
}
