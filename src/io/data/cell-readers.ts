/**
 * How one column's cells of a batch are read for drift and profiles: as numbers, as dates (epoch ms), or counted
 * per text. Each kind is a small function of its own (see `ColumnStreamer.consume`).
 */
import type { CappedCounts } from '../../domain/drift/capped-counts.js';
import type { Column } from '../../domain/table/record-batch.js';
import type { TextCounts, TextTally } from './text-tally.js';

/** The numbers of rows `take` (all `rows` rows when null) into `out`; returns how many (number() is NaN for a null cell too). */
export function numbersOf(col: Column, take: readonly number[] | null, rows: number, out: Float64Array): number {
  let n = 0;
  if (take === null) {
    for (let i = 0; i < rows; i++) {
      const v = col.number(i);
      if (!Number.isNaN(v)) out[n++] = v;
    }
  } else {
    for (const i of take) {
      const v = col.number(i);
      if (!Number.isNaN(v)) out[n++] = v;
    }
  }
  return n;
}

/** A date or datetime cell as epoch ms (a number as it is); NaN for a null cell or one that is neither. */
function dateOf(col: Column, i: number): number {
  if (col.isNull(i)) return NaN;
  let v = col.number(i);
  if (Number.isNaN(v)) v = col.datetime(i, false);
  if (Number.isNaN(v)) v = Date.parse(col.text(i) ?? '');
  return v;
}

/** `numbersOf` for a column read as dates. */
export function datesOf(col: Column, take: readonly number[] | null, rows: number, out: Float64Array): number {
  let n = 0;
  if (take === null) {
    for (let i = 0; i < rows; i++) {
      const v = dateOf(col, i);
      if (!Number.isNaN(v)) out[n++] = v;
    }
  } else {
    for (const i of take) {
      const v = dateOf(col, i);
      if (!Number.isNaN(v)) out[n++] = v;
    }
  }
  return n;
}

/** Counts a text column's cells of rows `take` (all when null) in its tally; returns the nulls. */
export function tallied(col: Column, take: readonly number[] | null, rows: number, tally: TextTally, sink: TextCounts): number {
  let nulls = 0;
  if (take === null) {
    for (let i = 0; i < rows; i++) if (col.isNull(i) || !tally.add(col, i, sink)) nulls++;
  } else {
    for (const i of take) if (col.isNull(i) || !tally.add(col, i, sink)) nulls++;
  }
  return nulls;
}

/** Counts a text column's cells of rows `take` (all when null) straight into a capped table by their hashes; returns the nulls. */
export function talliedInto(col: Column, take: readonly number[] | null, rows: number, table: CappedCounts, h: Uint32Array): number {
  let nulls = 0;
  if (take === null) {
    for (let i = 0; i < rows; i++) if (col.isNull(i) || !countCell(col, i, table, h)) nulls++;
  } else {
    for (const i of take) if (col.isNull(i) || !countCell(col, i, table, h)) nulls++;
  }
  return nulls;
}

/** Counts non-null text cell i in `table` (false when it has no text after all). */
function countCell(col: Column, i: number, table: CappedCounts, h: Uint32Array): boolean {
  col.hash(i, h);
  const hi = h[0]!;
  const lo = h[1]!;
  if (table.tally(hi, lo, 1)) return true;
  const t = col.text(i);
  if (t === null) return false;
  table.insert(t, hi, lo, 1);
  return true;
}

/** Adds the texts of another kind of column's cells (booleans, …) one by one; returns the nulls. */
export function textsOf(col: Column, take: readonly number[] | null, rows: number, sink: TextCounts): number {
  let nulls = 0;
  for (let k = 0; k < rows; k++) {
    const i = take === null ? k : take[k]!;
    const t = col.isNull(i) ? null : col.text(i);
    if (t === null) nulls++;
    else sink.add(t, 1);
  }
  return nulls;
}
