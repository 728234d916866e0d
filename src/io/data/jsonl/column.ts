import { hashBytes, hashDouble, hashInteger, hashNull, hashString } from '../../../domain/table/hash.js';
import { canonicalIntegerText } from '../../../domain/validation/distinct.js';
import { parseIsoBytes, parseIsoString } from '../../../domain/validation/iso-time.js';
import { shortKeyOfBytes } from '../../../domain/validation/text-set.js';
import type { Column, ColumnKind } from '../../../domain/table/record-batch.js';
import { canonicalIntegerBytes } from '../csv/numbers.js';
import { TextWindow } from '../csv/text-window.js';
import { hashValue, valueNumber, valueText } from '../columns.js';
import type { FastSlice } from '../fast-slice.js';
import { BIGINT, ESCAPED, FALSE, NESTED, NULL, NUMBER, STRING, TRUE, VALUE, type JsonlCells } from './cells.js';
import { readNestedValue } from './line-object.js';

/** The kind of a cell as the reader has always judged a batch's values (`kindOf`); undefined for null. */
function cellKind(tag: number, num: number, value: unknown): ColumnKind | undefined {
  switch (tag) {
    case NULL:
      return undefined;
    case NUMBER:
      return Number.isInteger(num) ? 'integer' : 'number';
    case BIGINT:
      return 'integer';
    case FALSE:
    case TRUE:
      return 'boolean';
    case STRING:
    case ESCAPED:
      return 'string';
    case NESTED:
      return 'json';
    default:
      return typeof value === 'bigint' ? 'integer' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value === 'boolean' ? 'boolean' : typeof value === 'string' ? 'string' : 'json';
  }
}

/**
 * One requested column of a JSON Lines batch read from bytes. Every accessor answers as the reader's
 * materialised values did (`ValueColumn` over what `JSON.parse` or the exact reader made of the line),
 * building no string for numbers, booleans and the hashes, lengths and short keys of plain strings.
 */
export class JsonlColumn implements Column {
  readonly kind: ColumnKind;
  private window: TextWindow | undefined;

  constructor(
    readonly name: string,
    private readonly buf: Buffer,
    private readonly cells: JsonlCells,
    private readonly slot: number,
    readonly length: number,
    /** The chunk's bytes are all ASCII (cheaper `textView`). */
    private readonly ascii: boolean,
  ) {
    let kind: ColumnKind | undefined;
    const { tags, nums, values, slots } = cells;
    for (let i = 0, k = slot; i < length; i++, k += slots) {
      const c = cellKind(tags[k]!, nums[k]!, tags[k] === VALUE ? values.get(k) : undefined);
      if (c === undefined || c === kind) continue;
      if (kind === undefined) kind = c;
      else if ((kind === 'integer' && c === 'number') || (kind === 'number' && c === 'integer')) kind = 'number';
      else {
        kind = 'json';
        break;
      }
    }
    this.kind = kind ?? 'json';
  }

  private slice(k: number): string {
    return (this.buf as unknown as FastSlice).utf8Slice(this.cells.starts[k]!, this.cells.ends[k]!);
  }

  private escaped(k: number): string {
    return JSON.parse(`"${this.slice(k)}"`) as string;
  }

  isNull(i: number): boolean {
    return this.cells.tags[i * this.cells.slots + this.slot] === NULL;
  }

  number(i: number): number {
    const k = i * this.cells.slots + this.slot;
    const tag = this.cells.tags[k]!;
    if (tag === NUMBER || tag === BIGINT) return this.cells.nums[k]!;
    if (tag === TRUE) return 1;
    if (tag === FALSE) return 0;
    return tag === VALUE ? valueNumber(this.cells.values.get(k)) : NaN;
  }

  numbers(out: Float64Array, kinds: Uint8Array): void {
    const { tags, nums, slots } = this.cells;
    for (let i = 0, k = this.slot; i < this.length; i++, k += slots) {
      const tag = tags[k]!;
      if (tag === NUMBER) {
        const v = nums[k]!;
        out[i] = v;
        kinds[i] = Number.isInteger(v) ? 1 : 2;
      } else if (tag === NULL) {
        out[i] = NaN;
        kinds[i] = 0;
      } else {
        const v = this.number(i);
        out[i] = v;
        kinds[i] = this.isInteger(i) ? 1 : v === v ? 2 : 3;
      }
    }
  }

  isInteger(i: number): boolean {
    const k = i * this.cells.slots + this.slot;
    const tag = this.cells.tags[k]!;
    if (tag === NUMBER) return Number.isInteger(this.cells.nums[k]!);
    if (tag === BIGINT) return true;
    if (tag !== VALUE) return false;
    const v = this.cells.values.get(k);
    return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
  }

  datetime(i: number, dateOnly: boolean): number {
    const k = i * this.cells.slots + this.slot;
    const tag = this.cells.tags[k]!;
    if (tag === STRING) return parseIsoBytes(this.buf, this.cells.starts[k]!, this.cells.ends[k]!, dateOnly);
    if (tag === ESCAPED || (tag === VALUE && typeof this.cells.values.get(k) === 'string')) return parseIsoString(this.text(i)!, dateOnly);
    return NaN;
  }

  text(i: number): string | null {
    const k = i * this.cells.slots + this.slot;
    switch (this.cells.tags[k]) {
      case NULL:
        return null;
      case NUMBER:
        return String(this.cells.nums[k]);
      case BIGINT:
      case STRING:
        return this.slice(k);
      case TRUE:
        return 'true';
      case FALSE:
        return 'false';
      case ESCAPED:
        return this.escaped(k);
      default:
        return valueText(this.value(i));
    }
  }

  textBytes(i: number, span: Int32Array): Uint8Array | undefined {
    const k = i * this.cells.slots + this.slot;
    if (this.cells.tags[k] !== STRING) return undefined;
    span[0] = this.cells.starts[k]!;
    span[1] = this.cells.ends[k]!;
    return this.buf;
  }

  textView(i: number): string | null {
    const k = i * this.cells.slots + this.slot;
    if (!this.ascii || this.cells.tags[k] !== STRING) return this.text(i);
    this.window ??= new TextWindow(this.buf, true);
    return this.window.slice(this.cells.starts[k]!, this.cells.ends[k]!);
  }

  value(i: number): unknown {
    const k = i * this.cells.slots + this.slot;
    switch (this.cells.tags[k]) {
      case NULL:
        return null;
      case NUMBER:
        return this.cells.nums[k];
      case BIGINT:
        return BigInt(this.slice(k));
      case TRUE:
        return true;
      case FALSE:
        return false;
      case STRING:
        return this.slice(k);
      case ESCAPED:
        return this.escaped(k);
      case NESTED:
        return readNestedValue(this.slice(k));
      default:
        return this.cells.values.get(k);
    }
  }

  hash(i: number, out: Uint32Array): void {
    const k = i * this.cells.slots + this.slot;
    const tag = this.cells.tags[k]!;
    if (tag === NUMBER) {
      const v = this.cells.nums[k]!;
      if (Number.isSafeInteger(v)) hashInteger(v, out);
      else hashDouble(v, out);
    } else if (tag === STRING || tag === BIGINT) hashBytes(this.buf, this.cells.starts[k]!, this.cells.ends[k]!, false, out);
    else if (tag === NULL) hashNull(out);
    else if (tag === TRUE || tag === FALSE || tag === ESCAPED) hashString(this.text(i)!, out);
    else hashValue(this.value(i), out);
  }

  canonicalInteger(i: number): number {
    const k = i * this.cells.slots + this.slot;
    const tag = this.cells.tags[k]!;
    if (tag === NUMBER) {
      const v = this.cells.nums[k]!;
      return Number.isInteger(v) && Math.abs(v) < 1e15 ? v + 0 : NaN;
    }
    if (tag === STRING) return canonicalIntegerBytes(this.buf, this.cells.starts[k]!, this.cells.ends[k]!);
    if (tag === BIGINT) return NaN;
    const v = this.value(i);
    if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e15 ? v + 0 : NaN;
    if (typeof v === 'bigint') return v > -1000000000000000n && v < 1000000000000000n ? Number(v) : NaN;
    return canonicalIntegerText(typeof v === 'string' ? v : (this.text(i) ?? ''));
  }

  shortKey(i: number): number {
    const k = i * this.cells.slots + this.slot;
    return this.cells.tags[k] === STRING ? shortKeyOfBytes(this.buf, this.cells.starts[k]!, this.cells.ends[k]!) : NaN;
  }
}
