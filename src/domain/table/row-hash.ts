/**
 * Duplicate-row hashes of readers that hand over cells, not record bytes (Parquet): a row's 64-bit hash
 * folds in each cell's two words, column after column. A cell's words follow from its value alone, with
 * the cells `Column.hash` makes equal kept equal (CSV "5" and Parquet 5, true and "true"): a number is its
 * float64 bits (+0 for -0, one NaN), as is a safe bigint, a Date (its epoch ms) and a text that is a safe
 * integer's canonical decimal text (`-?[1-9][0-9]*` or `0`); any other text is `hashRecordBytes` of its
 * UTF-8 bytes, and anything else (a boolean, a bigint past 2^53, a nested value) the words of its text.
 * So a number costs no decimal text, and the same values give the same hash whatever column class holds them.
 * Duplicate rows are only ever compared with rows of the same reader (CSV and JSON Lines hash their record bytes).
 *
 * Collisions: each of the two lanes folds in every word (multiply-xorshift), finalised with fmix32; two
 * different rows share a hash with probability about 2^-64, n rows report a false duplicate with
 * probability about n^2 / 2^65, as `hash.ts` states for cells.
 */
import { fmix32, hashRecordBytes } from './hash.js';
import type { Column, RecordBatch } from './record-batch.js';

/** Changes whenever a row's hash does (a shard profile's duplicate-row keys are only merged with the same version's). */
export const DUPLICATE_ROW_HASH_VERSION = 2;

const SEED_HI = 0x12345678;
const SEED_LO = 0x9abcdef0;

/** A null cell's words (the bits of a NaN, and numbers give one other NaN). */
export const NULL_WORD0 = 0x6e756c6c;
export const NULL_WORD1 = 0xfff4e554;

/**
 * Folds a cell's words (w0, w1) into row i's lanes: each lane takes both words, in opposite orders and with
 * other constants, a multiply and an xorshift per word (a few operations: it runs once per cell).
 */
export function mixCell(hi: Uint32Array, lo: Uint32Array, i: number, w0: number, w1: number): void {
  let h1 = Math.imul(hi[i]! ^ w0, 0x9e3779b1);
  h1 = Math.imul(h1 ^ (h1 >>> 15) ^ w1, 0x85ebca6b);
  let h2 = Math.imul(lo[i]! ^ w1, 0xc2b2ae35);
  h2 = Math.imul(h2 ^ (h2 >>> 16) ^ w0, 0x27d4eb2d);
  hi[i] = h1 ^ (h1 >>> 13);
  lo[i] = h2 ^ (h2 >>> 15);
}

const f64 = new Float64Array(1);
const f64Words = new Uint32Array(f64.buffer);
/** Which of a float64's two 32-bit words (in this machine's order) is the low one. */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** Number x's words into out: its float64 bits (+0 for -0, one NaN). */
export function numberWords(x: number, out: Uint32Array): void {
  if (x !== x) {
    out[0] = 0;
    out[1] = 0x7ff80000;
    return;
  }
  f64[0] = x === 0 ? 0 : x;
  out[0] = f64Words[LOW]!;
  out[1] = f64Words[1 - LOW]!;
}

/** The safe integer whose canonical decimal text (`0`, `-?[1-9][0-9]*`) b[start, end) is, else NaN. */
export function canonicalIntegerOfBytes(b: Uint8Array, start: number, end: number): number {
  let p = start;
  const negative = b[p] === 45;
  if (negative) p++;
  const digits = end - p;
  if (digits < 1 || digits > 16) return NaN;
  const first = b[p]! - 48;
  if (first < 0 || first > 9 || (first === 0 && (digits > 1 || negative))) return NaN;
  let v = first;
  for (p++; p < end; p++) {
    const d = b[p]! - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  if (v > Number.MAX_SAFE_INTEGER) return NaN;
  return negative ? -v : v;
}

/** Words of the text b[start, end) (UTF-8; `view` is `viewOf(b)`) into out. */
export function bytesWords(b: Uint8Array, view: DataView, start: number, end: number, out: Uint32Array): void {
  if (end - start <= 17) {
    const v = canonicalIntegerOfBytes(b, start, end);
    if (v === v) return numberWords(v, out);
  }
  hashRecordBytes(b, view, start, end, out);
}

const textScratch = new Uint8Array(256);
const textView = new DataView(textScratch.buffer);
const encoder = new TextEncoder();

/** Words of text s into out. */
export function textWords(s: string, out: Uint32Array): void {
  const n = s.length;
  if (n <= textScratch.length) {
    let ascii = true;
    for (let k = 0; ascii && k < n; k++) {
      const c = s.charCodeAt(k);
      if (c >= 0x80) ascii = false;
      else textScratch[k] = c;
    }
    if (ascii) return bytesWords(textScratch, textView, 0, n, out);
  }
  const bytes = encoder.encode(s);
  bytesWords(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.length, out);
}

/**
 * Folds each row's number values[i] (null where nulls[i] is 1) into rows [0, n): `valueWords` for a
 * column of float64s, its words read straight from the array. `time`: the values are the epoch ms of
 * Dates (a value is clipped as the Date constructor does).
 */
export function mixNumbers(hi: Uint32Array, lo: Uint32Array, n: number, values: Float64Array, nulls: Uint8Array, time: boolean, out: Uint32Array): void {
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
  for (let i = 0; i < n; i++) {
    let w0: number;
    let w1: number;
    const x = values[i]!;
    if (nulls[i] === 1) {
      w0 = NULL_WORD0;
      w1 = NULL_WORD1;
    } else if (x !== x || x === 0 || (time && !(Math.abs(x) <= 8.64e15 && Math.trunc(x) === x))) {
      numberWords(time && Math.abs(x) <= 8.64e15 ? Math.trunc(x) : time ? NaN : x, out);
      w0 = out[0]!;
      w1 = out[1]!;
    } else {
      w0 = words[2 * i + LOW]!;
      w1 = words[2 * i + 1 - LOW]!;
    }
    mixCell(hi, lo, i, w0, w1);
  }
}

/** The words of cell i of `col`, from its value (see above), into out. */
export function valueWords(col: Column, i: number, out: Uint32Array): void {
  const v = col.isNull(i) ? null : col.value(i);
  if (v === null || v === undefined) {
    out[0] = NULL_WORD0;
    out[1] = NULL_WORD1;
  } else if (typeof v === 'number') numberWords(v, out);
  else if (v instanceof Date) numberWords(v.getTime(), out);
  else if (typeof v === 'string') textWords(v, out);
  else if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n) numberWords(Number(v), out);
  else textWords(col.text(i) ?? '', out);
}

/**
 * Each row's duplicate-row hash (see above) into hi[i] (high word), lo[i], for the n rows of a batch over
 * the given columns, a column at a time (`Column.mixRowHashes` where a column has it, else `valueWords`
 * cell by cell). False when a column is missing from the batch.
 */
export function hashDuplicateRows(batch: RecordBatch, names: readonly string[], hi: Uint32Array, lo: Uint32Array, scratch: Uint32Array): boolean {
  const n = batch.length;
  hi.fill(SEED_HI, 0, n);
  lo.fill(SEED_LO, 0, n);
  for (const name of names) {
    const col = batch.column(name);
    if (!col) return false;
    if (col.mixRowHashes) col.mixRowHashes(hi, lo, n);
    else
      for (let i = 0; i < n; i++) {
        valueWords(col, i, scratch);
        mixCell(hi, lo, i, scratch[0]!, scratch[1]!);
      }
  }
  for (let i = 0; i < n; i++) {
    const h1 = hi[i]!;
    hi[i] = fmix32(h1 ^ names.length);
    lo[i] = fmix32((lo[i]! ^ Math.imul(h1, 0x27d4eb2d)) >>> 0);
  }
  return true;
}
