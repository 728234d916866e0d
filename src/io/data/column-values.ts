/**
 * Every value of every column of record batches, for drift and reference profiles: how each
 * column is read (numbers or category texts), and the exact collector that keeps the values. Kept
 * apart from the file readers so that chunk worker threads load only this.
 */
import type { ColumnConfig, DatasetConfig } from '../../domain/config/schema.js';
import { CappedCounts, EXACT_CATEGORY_LIMIT, type CappedCountsPart } from '../../domain/drift/capped-counts.js';
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import { SortScratch, sortFloat64Blocks } from '../../domain/drift/sort.js';
import { expandCounts } from '../../domain/drift/value-tally.js';
import { BLOCK_VALUES, NumericValues, rawDistribution, weightedDistribution, worthWeights } from './numeric-values.js';
import type { Column, RecordBatch } from '../../domain/table/record-batch.js';
import { datesOf, numbersOf, tallied, talliedInto, textsOf } from './cell-readers.js';
import { TextTallies, type TextCounts } from './text-tally.js';

export interface NumericSink {
  addValues(values: Float64Array, length: number): void;
  addNulls(count: number): void;
}
export interface CategoricalSink extends TextCounts {
  addNulls(count: number): void;
  /**
   * When present, a text column's cells are counted straight into this table by their hashes (a string is built
   * only for a value it lists); else they are counted in a tally (`TextTally`) whose counts go to `add`.
   */
  readonly table?: CappedCounts;
}
export interface ColumnSinks {
  numeric(name: string, type?: string): NumericSink;
  categorical(name: string, type?: string): CategoricalSink;
}

const NUMERIC_TYPES = new Set(['integer', 'number', 'date', 'datetime']);
const CATEGORICAL_TYPES = new Set(['string', 'category', 'boolean']);

/** How a column is read for drift and profiles: as numbers (dates as epoch ms) or as category texts. */
export type ColumnPlan = { kind: 'numeric'; type?: string; dates: boolean } | { kind: 'categorical'; type?: string };

/** Rows of a CSV file's first batch, from which undeclared text columns are found numeric or not. */
export const PLAN_SAMPLE_ROWS = 65_536;

/** Fixes in `plans` how each column of the batch is read (numbers, dates or texts) that has no plan there yet, from rows `rows`. */
export function planColumns(batch: RecordBatch, rows: readonly number[], declared: DatasetConfig['columns'], plans: Map<string, ColumnPlan>): void {
  for (const col of batch.columns) if (!plans.has(col.name)) plans.set(col.name, planColumn(col, rows, declared?.[col.name]));
}

function planColumn(col: Column, rows: readonly number[], declared: ColumnConfig | undefined): ColumnPlan {
  const type = declared?.type;
  if (type && NUMERIC_TYPES.has(type)) return { kind: 'numeric', type, dates: (type === 'date' || type === 'datetime') && col.kind !== 'timestamp' && col.kind !== 'number' && col.kind !== 'integer' };
  if (type && CATEGORICAL_TYPES.has(type)) return { kind: 'categorical', type };
  if (col.kind === 'number' || col.kind === 'integer' || col.kind === 'timestamp') return { kind: 'numeric', type: col.kind === 'timestamp' ? 'datetime' : 'number', dates: false };
  if (col.kind !== 'text') return { kind: 'categorical', type: col.kind === 'boolean' ? 'boolean' : 'string' };
  // An undeclared text column is numbers when every sampled cell is one, timestamps when every one is an ISO 8601
  // date or datetime (compared as time, not as a category with a value per row), else text.
  // The first cell decides which of the two every cell must be. Each is a loop of its own with one path: a loop that
  // took either path per cell was compiled again and again as each column met a path the last had not (~50 ms).
  let first = 0;
  while (first < rows.length && col.isNull(rows[first]!)) first++;
  if (first === rows.length) return { kind: 'categorical', type: 'string' };
  if (!Number.isNaN(col.number(rows[first]!))) return allNumbers(col, rows, first) ? { kind: 'numeric', type: 'number', dates: false } : { kind: 'categorical', type: 'string' };
  return allDatetimes(col, rows, first) ? { kind: 'numeric', type: 'datetime', dates: true } : { kind: 'categorical', type: 'string' };
}

/** Whether every non-null cell of rows[from…] is a number. */
function allNumbers(col: Column, rows: readonly number[], from: number): boolean {
  for (let k = from; k < rows.length; k++) {
    const i = rows[k]!;
    if (!col.isNull(i) && Number.isNaN(col.number(i))) return false;
  }
  return true;
}

/** Whether every non-null cell of rows[from…] is an ISO 8601 date or datetime. */
function allDatetimes(col: Column, rows: readonly number[], from: number): boolean {
  for (let k = from; k < rows.length; k++) {
    const i = rows[k]!;
    if (!col.isNull(i) && Number.isNaN(col.datetime(i, false))) return false;
  }
  return true;
}

/**
 * Feeds batches into per-column sinks. A column's plan is fixed by the first batch that has it
 * (or given up front, as chunk workers get it).
 */
export class ColumnStreamer {
  private buffer = new Float64Array(4096);
  private all: number[] = [];
  private readonly hash = new Uint32Array(2);
  /** For sinks without a table of their own (profiles): a text is built once per distinct text and batch, not per cell. */
  private readonly tallies = new TextTallies();

  constructor(
    private readonly dataset: Pick<DatasetConfig, 'columns'>,
    private readonly sinks: ColumnSinks,
    readonly plans = new Map<string, ColumnPlan>(),
  ) {}

  /** The dataset's declared columns (their types decide plans). */
  get declared(): DatasetConfig['columns'] {
    return this.dataset.columns;
  }

  /** Fixes the plans of the batch's columns that have none yet, from rows `take` (default: all of them). */
  plan(batch: RecordBatch, take?: readonly number[]): void {
    for (const col of batch.columns) {
      if (this.plans.has(col.name)) continue;
      planColumns(batch, take ?? this.allRows(batch.length), this.dataset.columns, this.plans);
      return;
    }
  }

  private allRows(n: number): number[] {
    while (this.all.length < n) this.all.push(this.all.length);
    return this.all.length === n ? this.all : this.all.slice(0, n);
  }

  /**
   * Rows `take` of the batch (default: all of them). Each kind of column is read by a function of its own: small functions that the engine optimises
   * early, each for one kind, where one loop for all kinds ran unoptimised for most of a chunk worker's first second.
   */
  consume(batch: RecordBatch, take?: readonly number[]): void {
    const rows = take ? take.length : batch.length;
    if (rows === 0) return;
    this.plan(batch, take);
    if (this.buffer.length < rows) this.buffer = new Float64Array(rows);
    const buffer = this.buffer;
    const only = take ?? null;
    for (const col of batch.columns) {
      const p = this.plans.get(col.name)!;
      if (p.kind === 'numeric') {
        const sink = this.sinks.numeric(col.name, p.type);
        // Nulls, non-numbers and non-dates count alike here.
        const n = p.dates ? datesOf(col, only, rows, buffer) : numbersOf(col, only, rows, buffer);
        if (n < rows) sink.addNulls(rows - n);
        if (n) sink.addValues(buffer, n);
      } else {
        const sink = this.sinks.categorical(col.name, p.type);
        let nulls: number;
        if (col.kind === 'text' && sink.table) nulls = talliedInto(col, only, rows, sink.table, this.hash);
        else if (col.kind === 'text') {
          const tally = this.tallies.of(col.name);
          nulls = tallied(col, only, rows, tally, sink);
          tally.flush(sink);
        } else nulls = textsOf(col, only, rows, sink);
        if (nulls) sink.addNulls(nulls);
      }
    }
  }
}

/*
 * The sinks of a collector's columns: classes, not closures made per collector, so that the readers' calls into them
 * go to the same functions from one chunk's collector to the next (a new closure per chunk made the engine drop the
 * readers' optimised code each time it met one).
 */
class NumericColumnSink implements NumericSink {
  constructor(private readonly col: { values: NumericValues; nulls: number }) {}
  addValues(values: Float64Array, length: number): void {
    this.col.values.push(values, length);
  }
  addNulls(count: number): void {
    this.col.nulls += count;
  }
}

class CategoricalColumnSink implements CategoricalSink {
  readonly table: CappedCounts;
  constructor(private readonly col: { table: CappedCounts; nulls: number }) {
    this.table = col.table;
  }
  add(value: string, count: number): void {
    this.table.add(value, count);
  }
  addNulls(count: number): void {
    this.col.nulls += count;
  }
}

/** What an exact collector holds for part of the data (plain data: a worker thread sends it). */
export interface CollectedColumns {
  types: Record<string, string | undefined>;
  /** Every value; or, with `counts`, each distinct value once and how many times it came (a tallied column). */
  numeric: Record<string, { values: Float64Array; counts?: Float64Array; nulls: number }>;
  categorical: Record<string, CappedCountsPart & { nulls: number }>;
}

/** The buffers of a part's numeric arrays (to transfer it; once absorbed, nothing refers to them: see `NumericValues.absorb`). */
export function partBuffers(part: CollectedColumns): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const c of Object.values(part.numeric)) {
    out.add(c.values.buffer as ArrayBuffer);
    if (c.counts) out.add(c.counts.buffer as ArrayBuffer);
  }
  return [...out];
}

/** Sorts each column's values, given as blocks: the sorted values of column k at k. It may empty the lists. */
export type ColumnSort = (columns: Float64Array[][]) => Promise<Float64Array[]>;

export interface ExactCollector {
  sinks: ColumnSinks;
  types: Map<string, string | undefined>;
  /** Everything collected so far, as transferable plain data. */
  export(): CollectedColumns;
  /** Folds in what another collector gathered from a later part of the data. */
  absorb(part: CollectedColumns): void;
  /** Each category table's sampling level so far: a floor for the collectors of further parts (`exactCollector(floors)`). */
  levels(): Record<string, number>;
  /** The numeric columns with too many distinct values to tally so far: kept value by value by further parts too (`exactCollector(…, raw)`). */
  spilled(): string[];
  /** About this many rows will come (an estimate): each column kept value by value then fills one array, sorted in place. */
  expectRows(rows: number): void;
  /**
   * The distributions; `sort` gives each numeric column's values (a list of blocks per column, to be read
   * once) in order, in one array (default: `sortFloat64Blocks` one column after the other, here). `meanwhile`
   * gets the distributions that need no sort (text columns, tallied numeric ones) once `sort` has started.
   */
  finish(sort?: ColumnSort, meanwhile?: (ready: ReadonlyMap<string, ColumnDistribution>) => void): Promise<Map<string, ColumnDistribution>>;
}

/**
 * Collects every value of every column (exact-mode drift; category tables capped, see capped-counts.ts; numeric
 * columns of few distinct values tallied, see value-tally.ts). `floors`: sampling levels the whole read has already
 * reached (from `levels()`), so a part's table pools early what the merge would drop anyway; `raw`: numeric columns
 * known to have too many distinct values to tally (from `spilled()`), kept value by value from the start.
 */
export function exactCollector(floors: Readonly<Record<string, number>> = {}, expectedRows = BLOCK_VALUES, raw: ReadonlySet<string> = new Set()): ExactCollector {
  const types = new Map<string, string | undefined>();
  const numeric = new Map<string, { values: NumericValues; nulls: number }>();
  const categorical = new Map<string, { table: CappedCounts; nulls: number }>();
  let expected = expectedRows;
  const numericColumn = (name: string, type: string | undefined): { values: NumericValues; nulls: number } => {
    let c = numeric.get(name);
    if (!c) {
      numeric.set(name, (c = { values: new NumericValues(expected, raw.has(name)), nulls: 0 }));
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
    numeric: (name, type) => new NumericColumnSink(numericColumn(name, type)),
    categorical: (name, type) => new CategoricalColumnSink(categoricalColumn(name, type)),
  };
  const exportColumns = (): CollectedColumns => ({
    types: Object.fromEntries(types),
    numeric: Object.fromEntries([...numeric].map(([name, c]) => [name, { ...c.values.export(), nulls: c.nulls }])),
    categorical: Object.fromEntries([...categorical].map(([name, c]) => [name, { ...c.table.export(), nulls: c.nulls }])),
  });
  const absorb = (part: CollectedColumns): void => {
    for (const [name, c] of Object.entries(part.numeric)) {
      const col = numericColumn(name, part.types[name]);
      col.values.absorb(c);
      col.nulls += c.nulls;
    }
    for (const [name, c] of Object.entries(part.categorical)) {
      const col = categoricalColumn(name, part.types[name]);
      col.table.merge(c);
      col.nulls += c.nulls;
    }
  };
  const finish = async (sort?: ColumnSort, meanwhile?: (ready: ReadonlyMap<string, ColumnDistribution>) => void): Promise<Map<string, ColumnDistribution>> => {
    const ready = new Map<string, ColumnDistribution>();
    const names: string[] = [];
    const blocks: Float64Array[][] = [];
    for (const [name, c] of numeric) {
      const tallied = c.values.tallied();
      if (tallied && worthWeights(tallied.counts)) ready.set(name, weightedDistribution(tallied.values, tallied.counts, c.nulls));
      else {
        names.push(name);
        blocks.push(tallied ? [expandCounts(tallied.values, tallied.counts)] : c.values.take());
      }
    }
    for (const [name, c] of categorical) {
      const { counts, other, level } = c.table.finish();
      ready.set(name, { kind: 'categorical', counts, other, countError: 0, ...(level > 0 ? { sampleLevel: level } : {}), count: c.table.n, nulls: c.nulls });
    }
    let arrays: Float64Array[];
    if (sort) {
      const sorting = sort(blocks);
      meanwhile?.(ready);
      arrays = await sorting;
    } else {
      meanwhile?.(ready);
      const scratch = new SortScratch();
      arrays = blocks.map((parts, k) => {
        blocks[k] = [];
        return sortFloat64Blocks(parts, scratch);
      });
    }
    const sorted = new Map(names.map((name, k) => [name, arrays[k]!]));
    // Numeric columns first, then text ones, each in the order first met (as the data's columns come).
    const columns = new Map<string, ColumnDistribution>();
    for (const [name, c] of numeric) columns.set(name, ready.get(name) ?? rawDistribution(sorted.get(name)!, c.nulls));
    for (const name of categorical.keys()) columns.set(name, ready.get(name)!);
    return columns;
  };
  const levels = (): Record<string, number> => Object.fromEntries([...categorical].map(([name, c]) => [name, c.table.level]));
  const spilled = (): string[] => [...numeric].filter(([, c]) => c.values.spilled).map(([name]) => name);
  const expectRows = (rows: number): void => {
    // Room past the estimate is never written unless needed, so it costs no memory.
    expected = Math.max(expected, Math.ceil(rows * 1.1));
    for (const c of numeric.values()) c.values.expect(expected);
  };
  return { sinks, types, export: exportColumns, absorb, levels, spilled, finish, expectRows };
}
