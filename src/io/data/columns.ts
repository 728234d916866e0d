import { hashBytes, hashDouble, hashInteger, hashNull, hashString } from '../../domain/table/hash.js';
import { canonicalIntegerBytes, decodeNumbers, isIntegerBytes, parseNumberBytes } from './csv/numbers.js';
import { TextWindow } from './csv/text-window.js';
import { parseIsoBytes, parseIsoString } from '../../domain/validation/iso-time.js';
import { shortKeyOfBytes } from '../../domain/validation/text-set.js';
import type { Column, ColumnKind } from '../../domain/table/record-batch.js';
import type { FastSlice } from './fast-slice.js';


/** A CSV column: byte offsets into the chunk buffer; strings are built only when asked for. */
export class CsvColumn implements Column {
  readonly kind: ColumnKind = 'text';
  constructor(
    readonly name: string,
    private readonly buf: Buffer,
    private readonly offsets: Int32Array,
    private readonly flags: Uint8Array,
    private readonly slot: number,
    private readonly slots: number,
    readonly length: number,
    /** The batch's bytes are all ASCII (cheaper `textView`). */
    private readonly ascii = false,
  ) {}

  private window: TextWindow | undefined;

  numbers(out: Float64Array, kinds: Uint8Array): void {
    decodeNumbers(this.buf, this.offsets, this.flags, this.slot, this.slots, this.length, out, kinds);
  }

  datetimes(out: Float64Array, dateOnly: boolean): void {
    const { buf, offsets, slots, length } = this;
    for (let i = 0, k = this.slot; i < length; i++, k += slots) out[i] = parseIsoBytes(buf, offsets[2 * k]!, offsets[2 * k + 1]!, dateOnly);
  }

  shortKey(i: number): number {
    const k = i * this.slots + this.slot;
    // A quoted field with "" escapes: its bytes are not its text.
    if (this.flags[k] === 2) return NaN;
    return shortKeyOfBytes(this.buf, this.offsets[2 * k]!, this.offsets[2 * k + 1]!);
  }

  canonicalInteger(i: number): number {
    const k = i * this.slots + this.slot;
    if (this.flags[k] === 2) return NaN;
    return canonicalIntegerBytes(this.buf, this.offsets[2 * k]!, this.offsets[2 * k + 1]!);
  }

  textView(i: number): string | null {
    return this.cellText(i, true);
  }

  textBytes(i: number, span: Int32Array): Uint8Array | undefined {
    const k = i * this.slots + this.slot;
    const flag = this.flags[k]!;
    const s = this.offsets[2 * k]!;
    const e = this.offsets[2 * k + 1]!;
    // A quoted field with "" escapes: its bytes are not its text.
    if (flag === 2 || (flag === 0 && s === e)) return undefined;
    span[0] = s;
    span[1] = e;
    return this.buf;
  }

  isNull(i: number): boolean {
    const k = i * this.slots + this.slot;
    return this.flags[k] === 0 && this.offsets[2 * k] === this.offsets[2 * k + 1];
  }

  number(i: number): number {
    const k = i * this.slots + this.slot;
    return parseNumberBytes(this.buf, this.offsets[2 * k]!, this.offsets[2 * k + 1]!);
  }

  isInteger(i: number): boolean {
    const k = i * this.slots + this.slot;
    return isIntegerBytes(this.buf, this.offsets[2 * k]!, this.offsets[2 * k + 1]!);
  }

  datetime(i: number, dateOnly: boolean): number {
    const k = i * this.slots + this.slot;
    return parseIsoBytes(this.buf, this.offsets[2 * k]!, this.offsets[2 * k + 1]!, dateOnly);
  }

  text(i: number): string | null {
    return this.cellText(i, false);
  }

  /** The cell's text: its own string, or (`shared`) one cut from the batch's decoded bytes (`textView`). */
  private cellText(i: number, shared: boolean): string | null {
    const k = i * this.slots + this.slot;
    const flag = this.flags[k]!;
    const s = this.offsets[2 * k]!;
    const e = this.offsets[2 * k + 1]!;
    if (flag === 0 && s === e) return null;
    let t: string;
    if (shared) {
      this.window ??= new TextWindow(this.buf, this.ascii);
      t = this.window.slice(s, e);
    } else t = (this.buf as unknown as FastSlice).utf8Slice(s, e);
    return flag === 2 ? t.replaceAll('""', '"') : t;
  }

  value(i: number): unknown {
    return this.text(i);
  }

  hash(i: number, out: Uint32Array): void {
    const k = i * this.slots + this.slot;
    const flag = this.flags[k]!;
    const s = this.offsets[2 * k]!;
    const e = this.offsets[2 * k + 1]!;
    if (flag === 0 && s === e) hashNull(out);
    else hashBytes(this.buf, s, e, flag === 2, out);
  }
}

/** Text of a JSON/Parquet value as `Column.text` defines it. */
export function valueText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(v);
    default:
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
      if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
      return JSON.stringify(v, jsonReplacer);
  }
}

/** Nested values as JSON: safe bigints as numbers (larger ones as strings), bytes as base64, dates as ISO text. */
function jsonReplacer(_key: string, x: unknown): unknown {
  if (typeof x === 'bigint') return Number.isSafeInteger(Number(x)) ? Number(x) : x.toString();
  if (x instanceof Uint8Array) return Buffer.from(x).toString('base64');
  return x;
}

export function valueNumber(v: unknown): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return Number(v);
    case 'boolean':
      return v ? 1 : 0;
    default:
      return v instanceof Date ? v.getTime() : NaN;
  }
}

/** A column of materialised values (JSON Lines, Parquet). `values` may be a typed array. */
export class ValueColumn implements Column {
  constructor(
    readonly name: string,
    readonly kind: ColumnKind,
    private readonly values: ArrayLike<unknown>,
    private readonly offset: number,
    readonly length: number,
  ) {}

  isNull(i: number): boolean {
    const v = this.values[this.offset + i];
    return v === null || v === undefined;
  }

  number(i: number): number {
    return valueNumber(this.values[this.offset + i]);
  }

  isInteger(i: number): boolean {
    const v = this.values[this.offset + i];
    return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
  }

  datetime(i: number, dateOnly: boolean): number {
    const v = this.values[this.offset + i];
    if (v instanceof Date) return dateOnly && v.getTime() % 86_400_000 !== 0 ? NaN : v.getTime();
    return typeof v === 'string' ? parseIsoString(v, dateOnly) : NaN;
  }

  text(i: number): string | null {
    return valueText(this.values[this.offset + i]);
  }

  value(i: number): unknown {
    const v = this.values[this.offset + i];
    return v === undefined ? null : v;
  }

  hash(i: number, out: Uint32Array): void {
    hashValue(this.values[this.offset + i], out);
  }
}

/** `Column.hash` of a JSON/Parquet value. */
export function hashValue(v: unknown, out: Uint32Array): void {
  if (v === null || v === undefined) hashNull(out);
  else if (typeof v === 'string') hashString(v, out);
  else if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) hashInteger(v, out);
    else hashDouble(v, out);
  } else if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n) hashInteger(Number(v), out);
  else if (v instanceof Date) hashInteger(v.getTime(), out);
  else hashString(valueText(v)!, out);
}
