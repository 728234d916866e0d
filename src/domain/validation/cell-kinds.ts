/** A batch's cells decoded for the range checks: each row's value in the comparison domain and its kind. */
import type { Column } from '../table/record-batch.js';

/** Kinds of a cell, as `Column.numbers` gives them. */
export const NULL = 0;
export const INTEGER = 1;
export const NUMBER = 2;
export const NOT_NUMBER = 3;
/** Added to a cell's kind once it failed `type`: the range checks skip it. */
export const TYPE_FAILED = 4;

/**
 * Per row of the batch being checked: its value in the comparison domain, and its kind (as
 * `Column.numbers`). One pair for all checkers: a checker uses it only within its `consume` call.
 */
export const scratch = { values: new Float64Array(0), kinds: new Uint8Array(0) };

/** `Column.numbers`, or the same cell by cell for a column without it. */
export function decodeNumbers(col: Column, n: number, out: Float64Array, kinds: Uint8Array): void {
  if (col.numbers !== undefined) {
    col.numbers(out, kinds);
    return;
  }
  for (let i = 0; i < n; i++) {
    if (col.isNull(i)) {
      out[i] = NaN;
      kinds[i] = NULL;
      continue;
    }
    const v = col.number(i);
    out[i] = v;
    kinds[i] = col.isInteger(i) ? INTEGER : Number.isNaN(v) ? NOT_NUMBER : NUMBER;
  }
}

/** Epoch ms of every cell (NaN: null or not a date); kinds NULL, NUMBER (a date) or NOT_NUMBER. */
export function decodeTimes(col: Column, n: number, dateOnly: boolean, out: Float64Array, kinds: Uint8Array): void {
  if (col.datetimes !== undefined) col.datetimes(out, dateOnly);
  else for (let i = 0; i < n; i++) out[i] = col.isNull(i) ? NaN : col.datetime(i, dateOnly);
  for (let i = 0; i < n; i++) kinds[i] = col.isNull(i) ? NULL : Number.isNaN(out[i]!) ? NOT_NUMBER : NUMBER;
}

/** Text columns: only which cells are null (values NaN: text is not compared as numbers). */
export function markNulls(col: Column, n: number, out: Float64Array, kinds: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    out[i] = NaN;
    kinds[i] = col.isNull(i) ? NULL : NOT_NUMBER;
  }
}
