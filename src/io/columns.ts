import { hashBytes, hashNull, hashString } from './hash.js';
import { isIntegerBytes, parseNumberBytes } from './csv/numbers.js';
import type { Column, ColumnKind } from './table.js';

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
  ) {}

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

  text(i: number): string | null {
    const k = i * this.slots + this.slot;
    const flag = this.flags[k]!;
    const s = this.offsets[2 * k]!;
    const e = this.offsets[2 * k + 1]!;
    if (flag === 0 && s === e) return null;
    const t = this.buf.toString('utf8', s, e);
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
      return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x instanceof Uint8Array ? Buffer.from(x).toString('base64') : x));
  }
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

  text(i: number): string | null {
    return valueText(this.values[this.offset + i]);
  }

  value(i: number): unknown {
    const v = this.values[this.offset + i];
    return v === undefined ? null : v;
  }

  hash(i: number, out: Uint32Array): void {
    const t = this.text(i);
    if (t === null) hashNull(out);
    else hashString(t, out);
  }
}
