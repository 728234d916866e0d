/**
 * Every value of every column of record batches, for drift and reference profiles: how each
 * column is read (numbers or category texts), and the exact collector that keeps the values. Kept
 * apart from the file readers so that chunk worker threads load only this.
 */
import type { ColumnConfig, DatasetConfig } from '../../domain/config/schema.js';
import { CappedCounts, EXACT_CATEGORY_LIMIT, type CappedCountsPart } from '../../domain/drift/capped-counts.js';
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import { exactSample } from '../../domain/drift/sample.js';
import { SortScratch, sortFloat64 } from '../../domain/drift/sort.js';
import type { Column, RecordBatch } from '../../domain/table/record-batch.js';

export interface NumericSink {
  addValues(values: Float64Array, length: number): void;
  addNulls(count: number): void;
}
export interface CategoricalSink {
  /** `count` more cells of this text; `hash`, when given, is the high word of the 64-bit hash of its UTF-8 bytes. */
  add(value: string, count: number, hash?: number): void;
  addNulls(count: number): void;
  /**
   * When present: counts `count` cells of the value whose hash has high word `hash` and returns true if the sink
   * would only pool that value (no string needed); false: the caller adds the text.
   */
  pooled?(hash: number, count: number): boolean;
}
export interface ColumnSinks {
  numeric(name: string, type?: string): NumericSink;
  categorical(name: string, type?: string): CategoricalSink;
}

/**
 * Distinct texts per column looked up by the 64-bit hash of their bytes, so a string is built once
 * per value, not per cell (two distinct values share a hash with probability ~4096² / 2^65). Past
 * this many distinct texts every further new text is read cell by cell.
 */
const TEXT_CACHE_LIMIT = 4096;
const TEXT_TABLE_SLOTS = 8192;

/**
 * Counts a text column's cells per distinct text. Counts wait in the table and go to the sink in
 * `flush`, in the order the texts became pending, so a text new to the sink arrives in data order.
 */
class TextTally {
  private readonly hi = new Uint32Array(TEXT_TABLE_SLOTS);
  private readonly lo = new Uint32Array(TEXT_TABLE_SLOTS);
  private readonly index = new Int32Array(TEXT_TABLE_SLOTS).fill(-1);
  private readonly texts: string[] = [];
  private readonly hashes = new Uint32Array(TEXT_CACHE_LIMIT);
  private readonly counts = new Float64Array(TEXT_CACHE_LIMIT);
  /** Texts with a count waiting, in the order their first waiting cell came. */
  private readonly pending = new Int32Array(TEXT_CACHE_LIMIT);
  private pendingLength = 0;
  private readonly h = new Uint32Array(2);

  /** Counts cell i (false when it is null); a text past the cache goes to the sink at once, after what waits. */
  add(col: Column, i: number, sink: CategoricalSink): boolean {
    const h = this.h;
    col.hash(i, h);
    const h0 = h[0]!;
    const h1 = h[1]!;
    // A value the sink only pools costs no string (most cells of a value-per-row column past the cap).
    if (sink.pooled?.(h0, 1)) return true;
    let slot = (h0 ^ Math.imul(h1, 0x9e3779b1)) & (TEXT_TABLE_SLOTS - 1);
    for (;;) {
      const k = this.index[slot]!;
      if (k < 0) break;
      if (this.hi[slot] === h0 && this.lo[slot] === h1) {
        if (this.counts[k]!++ === 0) this.pending[this.pendingLength++] = k;
        return true;
      }
      slot = (slot + 1) & (TEXT_TABLE_SLOTS - 1);
    }
    const k = this.texts.length;
    const t = col.text(i);
    if (t === null) return false;
    if (k < TEXT_CACHE_LIMIT) {
      this.hashes[k] = h0;
      this.hi[slot] = h0;
      this.lo[slot] = h1;
      this.index[slot] = k;
      this.counts[k] = 1;
      this.pending[this.pendingLength++] = k;
      this.texts.push(t);
    } else {
      this.flush(sink);
      sink.add(t, 1, h0);
    }
    return true;
  }

  flush(sink: CategoricalSink): void {
    const { texts, hashes, counts, pending } = this;
    for (let p = 0; p < this.pendingLength; p++) {
      const k = pending[p]!;
      sink.add(texts[k]!, counts[k]!, hashes[k]);
      counts[k] = 0;
    }
    this.pendingLength = 0;
  }
}

const NUMERIC_TYPES = new Set(['integer', 'number', 'date', 'datetime']);
const CATEGORICAL_TYPES = new Set(['string', 'category', 'boolean']);

/** How a column is read for drift and profiles: as numbers (dates as epoch ms) or as category texts. */
export type ColumnPlan = { kind: 'numeric'; type?: string; dates: boolean } | { kind: 'categorical'; type?: string };

/** Rows of a CSV file's first batch, from which undeclared text columns are found numeric or not. */
export const PLAN_SAMPLE_ROWS = 65_536;

function planColumn(col: Column, rows: readonly number[], declared: ColumnConfig | undefined): ColumnPlan {
  const type = declared?.type;
  if (type && NUMERIC_TYPES.has(type)) return { kind: 'numeric', type, dates: (type === 'date' || type === 'datetime') && col.kind !== 'timestamp' && col.kind !== 'number' && col.kind !== 'integer' };
  if (type && CATEGORICAL_TYPES.has(type)) return { kind: 'categorical', type };
  if (col.kind === 'number' || col.kind === 'integer' || col.kind === 'timestamp') return { kind: 'numeric', type: col.kind === 'timestamp' ? 'datetime' : 'number', dates: false };
  if (col.kind !== 'text') return { kind: 'categorical', type: col.kind === 'boolean' ? 'boolean' : 'string' };
  // An undeclared text column is numbers when every sampled cell is one, timestamps when every one is an ISO 8601
  // date or datetime (compared as time, not as a category with a value per row), else text.
  let seen = 0;
  let numbers = true;
  let datetimes = true;
  for (const i of rows) {
    if (col.isNull(i)) continue;
    seen++;
    if (numbers && Number.isNaN(col.number(i))) numbers = false;
    if (!numbers && (!datetimes || Number.isNaN(col.datetime(i, false)))) return { kind: 'categorical', type: 'string' };
    if (numbers) datetimes = false;
  }
  if (seen === 0) return { kind: 'categorical', type: 'string' };
  return numbers ? { kind: 'numeric', type: 'number', dates: false } : { kind: 'numeric', type: 'datetime', dates: true };
}

/**
 * Feeds batches into per-column sinks. A column's plan is fixed by the first batch that has it
 * (or given up front, as chunk workers get it).
 */
export class ColumnStreamer {
  private readonly tallies = new Map<string, TextTally>();
  private buffer = new Float64Array(4096);
  private all: number[] = [];

  constructor(
    private readonly dataset: Pick<DatasetConfig, 'columns'>,
    private readonly sinks: ColumnSinks,
    readonly plans = new Map<string, ColumnPlan>(),
  ) {}

  /** The dataset's declared columns (their types decide plans). */
  get declared(): DatasetConfig['columns'] {
    return this.dataset.columns;
  }

  /** Fixes the plans of the batch's columns that have none yet. */
  plan(batch: RecordBatch, take: readonly number[] = this.allRows(batch.length)): void {
    for (const col of batch.columns) if (!this.plans.has(col.name)) this.plans.set(col.name, planColumn(col, take, this.dataset.columns?.[col.name]));
  }

  private allRows(n: number): number[] {
    while (this.all.length < n) this.all.push(this.all.length);
    return this.all.length === n ? this.all : this.all.slice(0, n);
  }

  /** Rows `take` of the batch (default: all of them). */
  consume(batch: RecordBatch, take: readonly number[] = this.allRows(batch.length)): void {
    if (take.length === 0) return;
    this.plan(batch, take);
    if (this.buffer.length < take.length) this.buffer = new Float64Array(take.length);
    const buffer = this.buffer;
    for (const col of batch.columns) {
      const p = this.plans.get(col.name)!;
      if (p.kind === 'numeric') {
        const sink = this.sinks.numeric(col.name, p.type);
        let n = 0;
        let nulls = 0;
        if (p.dates) {
          for (const i of take) {
            if (col.isNull(i)) {
              nulls++;
              continue;
            }
            let v = col.number(i);
            if (Number.isNaN(v)) v = col.datetime(i, false);
            if (Number.isNaN(v)) v = Date.parse(col.text(i) ?? '');
            if (Number.isNaN(v)) nulls++;
            else buffer[n++] = v;
          }
        } else {
          // number() is NaN for a null cell too, and nulls and non-numbers count alike here.
          for (const i of take) {
            const v = col.number(i);
            if (Number.isNaN(v)) nulls++;
            else buffer[n++] = v;
          }
        }
        if (nulls) sink.addNulls(nulls);
        if (n) sink.addValues(buffer, n);
      } else {
        const sink = this.sinks.categorical(col.name, p.type);
        let nulls = 0;
        if (col.kind === 'text') {
          let tally = this.tallies.get(col.name);
          if (!tally) this.tallies.set(col.name, (tally = new TextTally()));
          for (const i of take) {
            if (col.isNull(i) || !tally.add(col, i, sink)) nulls++;
          }
          tally.flush(sink);
        } else {
          for (const i of take) {
            const t = col.isNull(i) ? null : col.text(i);
            if (t === null) nulls++;
            else sink.add(t, 1);
          }
        }
        if (nulls) sink.addNulls(nulls);
      }
    }
  }
}

/** A column's values as a list of blocks: appending never moves what is there; `toArray` copies once. */
class Float64Blocks {
  private readonly blocks: Float64Array[] = [];
  private tail = new Float64Array(0);
  private tailLength = 0;
  length = 0;

  /** Copies values[0, n) (the caller reuses its buffer). */
  push(values: Float64Array, n: number): void {
    let from = 0;
    while (from < n) {
      if (this.tailLength === this.tail.length) {
        this.tail = new Float64Array(Math.max(BLOCK_VALUES, n - from));
        this.tailLength = 0;
        this.blocks.push(this.tail);
      }
      const take = Math.min(n - from, this.tail.length - this.tailLength);
      this.tail.set(values.subarray(from, from + take), this.tailLength);
      this.tailLength += take;
      from += take;
    }
    this.length += n;
  }

  /** Keeps `values` itself as a block (it must not change afterwards). */
  adopt(values: Float64Array): void {
    if (values.length === 0) return;
    this.blocks.push(values);
    this.length += values.length;
    this.tail = new Float64Array(0);
    this.tailLength = 0;
  }

  toArray(): Float64Array {
    const out = new Float64Array(this.length);
    let at = 0;
    for (const b of this.blocks) {
      const used = b === this.tail ? this.tailLength : b.length;
      out.set(used === b.length ? b : b.subarray(0, used), at);
      at += used;
    }
    return out;
  }
}

const BLOCK_VALUES = 1 << 16;

/** What an exact collector holds for part of the data (plain data: a worker thread sends it). */
export interface CollectedColumns {
  types: Record<string, string | undefined>;
  numeric: Record<string, { values: Float64Array; nulls: number }>;
  categorical: Record<string, CappedCountsPart & { nulls: number }>;
}

export interface ExactCollector {
  sinks: ColumnSinks;
  types: Map<string, string | undefined>;
  /** Everything collected so far, as transferable plain data. */
  export(): CollectedColumns;
  /** Folds in what another collector gathered from a later part of the data. */
  absorb(part: CollectedColumns): void;
  /** Each category table's sampling level so far: a floor for the collectors of further parts (`exactCollector(floors)`). */
  levels(): Record<string, number>;
  /** The distributions; `sort` orders each numeric column's values (default: one after the other, here). */
  finish(sort?: (arrays: Float64Array[]) => Promise<void>): Promise<Map<string, ColumnDistribution>>;
}

/**
 * Collects every value of every column (exact-mode drift; category tables capped, see capped-counts.ts). `floors`:
 * sampling levels the whole read has already reached (from `levels()`), so a part's table pools early what the merge
 * would drop anyway.
 */
export function exactCollector(floors: Readonly<Record<string, number>> = {}): ExactCollector {
  const types = new Map<string, string | undefined>();
  const numeric = new Map<string, { values: Float64Blocks; nulls: number }>();
  const categorical = new Map<string, { table: CappedCounts; nulls: number }>();
  const numericColumn = (name: string, type: string | undefined): { values: Float64Blocks; nulls: number } => {
    let c = numeric.get(name);
    if (!c) {
      numeric.set(name, (c = { values: new Float64Blocks(), nulls: 0 }));
      types.set(name, type);
    }
    return c;
  };
  const categoricalColumn = (name: string, type: string | undefined): { table: CappedCounts; nulls: number } => {
    let c = categorical.get(name);
    if (!c) {
      categorical.set(name, (c = { table: new CappedCounts(EXACT_CATEGORY_LIMIT, floors[name] ?? 0), nulls: 0 }));
      types.set(name, type);
    }
    return c;
  };
  const sinks: ColumnSinks = {
    numeric(name, type) {
      const col = numericColumn(name, type);
      return { addValues: (v, n) => col.values.push(v, n), addNulls: (n) => (col.nulls += n) };
    },
    categorical(name, type) {
      const col = categoricalColumn(name, type);
      const table = col.table;
      return { add: (v, count, hash) => table.add(v, count, hash), addNulls: (n) => (col.nulls += n), pooled: (hash, count) => table.pooled(hash, count) };
    },
  };
  const exportColumns = (): CollectedColumns => ({
    types: Object.fromEntries(types),
    numeric: Object.fromEntries([...numeric].map(([name, c]) => [name, { values: c.values.toArray(), nulls: c.nulls }])),
    categorical: Object.fromEntries([...categorical].map(([name, c]) => [name, { ...c.table.export(), nulls: c.nulls }])),
  });
  const absorb = (part: CollectedColumns): void => {
    for (const [name, c] of Object.entries(part.numeric)) {
      const col = numericColumn(name, part.types[name]);
      col.values.adopt(c.values);
      col.nulls += c.nulls;
    }
    for (const [name, c] of Object.entries(part.categorical)) {
      const col = categoricalColumn(name, part.types[name]);
      col.table.merge(c);
      col.nulls += c.nulls;
    }
  };
  const finish = async (sort?: (arrays: Float64Array[]) => Promise<void>): Promise<Map<string, ColumnDistribution>> => {
    const names = [...numeric.keys()];
    // Each column's blocks go as soon as its array is made: the two never all coexist.
    const arrays = names.map((name) => {
      const c = numeric.get(name)!;
      const array = c.values.toArray();
      c.values = new Float64Blocks();
      return array;
    });
    if (sort) await sort(arrays);
    else {
      const scratch = new SortScratch();
      for (const a of arrays) sortFloat64(a, scratch);
    }
    const columns = new Map<string, ColumnDistribution>();
    names.forEach((name, k) => {
      const sorted = arrays[k]!;
      const n = sorted.length;
      let s = 0;
      for (let i = 0; i < n; i++) s += sorted[i]!;
      const mean = n ? s / n : 0;
      let ss = 0;
      for (let i = 0; i < n; i++) ss += (sorted[i]! - mean) ** 2;
      columns.set(name, { kind: 'numeric', sample: exactSample(sorted), count: n, nulls: numeric.get(name)!.nulls, mean, std: n ? Math.sqrt(ss / n) : 0, min: n ? sorted[0]! : NaN, max: n ? sorted[n - 1]! : NaN });
    });
    for (const [name, c] of categorical) {
      const { counts, other, level } = c.table.finish();
      columns.set(name, { kind: 'categorical', counts, other, countError: 0, ...(level > 0 ? { sampleLevel: level } : {}), count: c.table.n, nulls: c.nulls });
    }
    return columns;
  };
  const levels = (): Record<string, number> => Object.fromEntries([...categorical].map(([name, c]) => [name, c.table.level]));
  return { sinks, types, export: exportColumns, absorb, levels, finish };
}
