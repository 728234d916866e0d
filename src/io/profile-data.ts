/**
 * Streams a dataset's files into per-column sinks: a profile builder (sketches) or exact
 * collectors (every value, for exact-mode drift). Also shard selection and content hashing.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ColumnConfig, DatasetConfig } from '../domain/config/schema.js';
import type { ColumnDistribution } from '../domain/drift/distribution.js';
import { exactSample } from '../domain/drift/sample.js';
import { sortFloat64 } from '../domain/drift/sort.js';
import { usageError } from '../domain/errors.js';
import { DatasetProfileBuilder } from '../domain/profile/builder.js';
import type { SketchSettings } from '../domain/profile/column.js';
import type { DatasetProfile, ProfileSource } from '../domain/profile/dataset.js';
import type { DataFile } from './files.js';
import { openTable } from './open.js';
import type { Column } from './table.js';

export interface NumericSink {
  addValues(values: Float64Array, length: number): void;
  addNulls(count: number): void;
}
export interface CategoricalSink {
  add(value: string): void;
  addNulls(count: number): void;
}
export interface ColumnSinks {
  numeric(name: string, type?: string): NumericSink;
  categorical(name: string, type?: string): CategoricalSink;
}

export interface Shard {
  index: number;
  count: number;
}

/** Rows per block when a shard splits by rows: block b of each file goes to shard (b mod n) + 1. */
export const SHARD_BLOCK_ROWS = 65_536;

/** `i/n` → {index, count}, 1 ≤ i ≤ n. */
export function parseShard(text: string, label: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw usageError(`${label} is '${text}'; expected i/n with 1 ≤ i ≤ n, e.g. 2/8`);
  return { index, count };
}

export type ShardPlan = { by: 'files'; files: DataFile[] } | { by: 'rows'; files: DataFile[] };

/** Whole files when there are at least n of them (contiguous blocks of the sorted list), else row blocks. */
export function planShard(files: readonly DataFile[], shard: Shard | undefined): ShardPlan {
  if (!shard || shard.count === 1) return { by: 'files', files: [...files] };
  if (files.length >= shard.count) {
    const from = Math.floor(((shard.index - 1) * files.length) / shard.count);
    const to = Math.floor((shard.index * files.length) / shard.count);
    return { by: 'files', files: files.slice(from, to) };
  }
  return { by: 'rows', files: [...files] };
}

const NUMERIC_TYPES = new Set(['integer', 'number', 'date', 'datetime']);
const CATEGORICAL_TYPES = new Set(['string', 'category', 'boolean']);

type Plan = { kind: 'numeric'; type?: string; dates: boolean } | { kind: 'categorical'; type?: string };

function planColumn(col: Column, rows: readonly number[], declared: ColumnConfig | undefined): Plan {
  const type = declared?.type;
  if (type && NUMERIC_TYPES.has(type)) return { kind: 'numeric', type, dates: (type === 'date' || type === 'datetime') && col.kind !== 'timestamp' && col.kind !== 'number' && col.kind !== 'integer' };
  if (type && CATEGORICAL_TYPES.has(type)) return { kind: 'categorical', type };
  if (col.kind === 'number' || col.kind === 'integer' || col.kind === 'timestamp') return { kind: 'numeric', type: col.kind === 'timestamp' ? 'datetime' : 'number', dates: false };
  if (col.kind !== 'text') return { kind: 'categorical', type: col.kind === 'boolean' ? 'boolean' : 'string' };
  let seen = 0;
  for (const i of rows) {
    if (col.isNull(i)) continue;
    seen++;
    if (Number.isNaN(col.number(i))) return { kind: 'categorical', type: 'string' };
  }
  return seen > 0 ? { kind: 'numeric', type: 'number', dates: false } : { kind: 'categorical', type: 'string' };
}

export interface ReadSummary {
  rows: number;
  sources: ProfileSource[];
}

/** Streams `files` (or shard `shard` of them) into `sinks`. Column kinds are fixed by the first batch that has the column. */
export async function streamColumns(files: readonly DataFile[], dataset: DatasetConfig, sinks: ColumnSinks, shard?: Shard): Promise<ReadSummary> {
  const plan = planShard(files, shard);
  const plans = new Map<string, Plan>();
  let buffer = new Float64Array(SHARD_BLOCK_ROWS);
  let rows = 0;
  const sources: ProfileSource[] = [];
  for (const f of plan.files) {
    const table = openTable(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
    let fileRows = 0;
    let first: number | undefined;
    let last = 0;
    for await (const batch of table.batches()) {
      const take: number[] = [];
      for (let i = 0; i < batch.length; i++) {
        const r = batch.rowOffset + i;
        if (plan.by === 'rows' && shard && Math.floor(r / SHARD_BLOCK_ROWS) % shard.count !== shard.index - 1) continue;
        take.push(i);
        first ??= r + 1;
        last = r + 1;
      }
      fileRows += take.length;
      if (take.length === 0) continue;
      if (buffer.length < take.length) buffer = new Float64Array(take.length);
      for (const col of batch.columns) {
        let p = plans.get(col.name);
        if (!p) {
          p = planColumn(col, take, dataset.columns?.[col.name]);
          plans.set(col.name, p);
        }
        if (p.kind === 'numeric') {
          const sink = sinks.numeric(col.name, p.type);
          let n = 0;
          let nulls = 0;
          for (const i of take) {
            if (col.isNull(i)) {
              nulls++;
              continue;
            }
            let v = col.number(i);
            if (p.dates && Number.isNaN(v)) v = Date.parse(col.text(i) ?? '');
            if (Number.isNaN(v)) nulls++;
            else buffer[n++] = v;
          }
          if (nulls) sink.addNulls(nulls);
          if (n) sink.addValues(buffer, n);
        } else {
          const sink = sinks.categorical(col.name, p.type);
          let nulls = 0;
          for (const i of take) {
            const t = col.isNull(i) ? null : col.text(i);
            if (t === null) nulls++;
            else sink.add(t);
          }
          if (nulls) sink.addNulls(nulls);
        }
      }
    }
    rows += fileRows;
    sources.push({ file: f.name, rows: fileRows, ...(plan.by === 'rows' && first !== undefined ? { rowRange: [first, last] as [number, number] } : {}) });
  }
  return { rows, sources };
}

/** sha256 over each file's name and sha256, in order: the cache key of a reference. */
export async function contentHash(files: readonly DataFile[]): Promise<string> {
  const outer = createHash('sha256');
  for (const f of files) {
    const h = createHash('sha256');
    for await (const chunk of createReadStream(f.path)) h.update(chunk as Buffer);
    outer.update(`${f.name}\u0000${h.digest('hex')}\n`);
  }
  return `sha256:${outer.digest('hex')}`;
}

export async function profileFiles(files: readonly DataFile[], dataset: DatasetConfig, options: { shard?: Shard; sketch?: SketchSettings; hash?: boolean } = {}): Promise<DatasetProfile> {
  const builder = new DatasetProfileBuilder(dataset.name, options.sketch);
  const read = await streamColumns(files, dataset, builder, options.shard);
  builder.rows = read.rows;
  builder.sources.push(...read.sources);
  const plan = planShard(files, options.shard);
  const shard = options.shard && options.shard.count > 1 ? { ...options.shard, by: plan.by } : undefined;
  return builder.finish({ shard, contentHash: options.hash === false ? undefined : await contentHash(plan.files) });
}

class GrowableF64 {
  data = new Float64Array(1 << 16);
  length = 0;
  push(values: Float64Array, n: number): void {
    if (this.length + n > this.data.length) {
      const next = new Float64Array(Math.max(this.data.length * 2, this.length + n));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    this.data.set(values.subarray(0, n), this.length);
    this.length += n;
  }
}

/** Collects every value of every column (exact-mode drift). */
export function exactCollector(): { sinks: ColumnSinks; finish(): Map<string, ColumnDistribution> } {
  const numeric = new Map<string, { values: GrowableF64; nulls: number }>();
  const categorical = new Map<string, { counts: Map<string, number>; count: number; nulls: number }>();
  const sinks: ColumnSinks = {
    numeric(name) {
      let c = numeric.get(name);
      if (!c) numeric.set(name, (c = { values: new GrowableF64(), nulls: 0 }));
      const col = c;
      return { addValues: (v, n) => col.values.push(v, n), addNulls: (n) => (col.nulls += n) };
    },
    categorical(name) {
      let c = categorical.get(name);
      if (!c) categorical.set(name, (c = { counts: new Map(), count: 0, nulls: 0 }));
      const col = c;
      return {
        add: (v) => {
          col.counts.set(v, (col.counts.get(v) ?? 0) + 1);
          col.count++;
        },
        addNulls: (n) => (col.nulls += n),
      };
    },
  };
  const finish = (): Map<string, ColumnDistribution> => {
    const columns = new Map<string, ColumnDistribution>();
    for (const [name, c] of numeric) {
      const sorted = sortFloat64(c.values.data.slice(0, c.values.length));
      const n = sorted.length;
      let s = 0;
      for (let i = 0; i < n; i++) s += sorted[i]!;
      const mean = n ? s / n : 0;
      let ss = 0;
      for (let i = 0; i < n; i++) ss += (sorted[i]! - mean) ** 2;
      columns.set(name, { kind: 'numeric', sample: exactSample(sorted), count: n, nulls: c.nulls, mean, std: n ? Math.sqrt(ss / n) : 0, min: n ? sorted[0]! : NaN, max: n ? sorted[n - 1]! : NaN });
    }
    for (const [name, c] of categorical) columns.set(name, { kind: 'categorical', counts: c.counts, other: 0, countError: 0, count: c.count, nulls: c.nulls });
    return columns;
  };
  return { sinks, finish };
}

/** Feeds two sinks from one pass. */
export function teeSinks(a: ColumnSinks, b: ColumnSinks): ColumnSinks {
  return {
    numeric(name, type) {
      const x = a.numeric(name, type);
      const y = b.numeric(name, type);
      return { addValues: (v, n) => (x.addValues(v, n), y.addValues(v, n)), addNulls: (n) => (x.addNulls(n), y.addNulls(n)) };
    },
    categorical(name, type) {
      const x = a.categorical(name, type);
      const y = b.categorical(name, type);
      return { add: (v) => (x.add(v), y.add(v)), addNulls: (n) => (x.addNulls(n), y.addNulls(n)) };
    },
  };
}

/** Every value of every column (exact-mode drift). */
export async function readDistributions(files: readonly DataFile[], dataset: DatasetConfig): Promise<{ rows: number; columns: Map<string, ColumnDistribution> }> {
  const c = exactCollector();
  const read = await streamColumns(files, dataset, c.sinks);
  return { rows: read.rows, columns: c.finish() };
}

/** Exact distributions and a profile of the same files, in one pass. */
export async function readDistributionsAndProfile(files: readonly DataFile[], dataset: DatasetConfig, hash?: string): Promise<{ columns: Map<string, ColumnDistribution>; profile: DatasetProfile }> {
  const c = exactCollector();
  const builder = new DatasetProfileBuilder(dataset.name);
  const read = await streamColumns(files, dataset, teeSinks(c.sinks, builder));
  builder.rows = read.rows;
  builder.sources.push(...read.sources);
  return { columns: c.finish(), profile: builder.finish({ contentHash: hash ?? (await contentHash(files)) }) };
}
