/**
 * The versioned JSON profile format (docs/profile-format.md): zod schema, serialise, parse.
 * Sketch payloads are base64 of little-endian arrays (Float64 for quantile levels, bytes for HLL).
 */
import { z } from 'zod';
import { quantile } from '../drift/sample.js';
import { MlgateError } from '../errors.js';
import type { ColumnProfile } from './column.js';
import type { DatasetProfile } from './dataset.js';
import { HyperLogLog } from './hyperloglog.js';
import { QuantileSketch } from './quantile-sketch.js';
import { TopK } from './top-k.js';
import { rowChecksFromJson, rowChecksSchema, rowChecksToJson } from './row-checks-format.js';

export const PROFILE_FORMAT = 'mlgate-profile';
export const PROFILE_VERSION = 1;
export const HISTOGRAM_BINS = 20;
const REPORTED_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const count = z.number().int().min(0);

const distinctSchema = z.strictObject({
  estimate: z.number().min(0),
  relative_error: z.number().min(0),
  p: z.number().int().min(4).max(18),
  registers: base64,
});

const numericColumnSchema = z.strictObject({
  name: z.string(),
  kind: z.literal('numeric'),
  type: z.string().optional(),
  count,
  nulls: count,
  min: z.number().nullable(),
  max: z.number().nullable(),
  mean: z.number().nullable(),
  m2: z.number().min(0),
  variance: z.number().min(0).nullable(),
  std: z.number().min(0).nullable(),
  quantiles: z.record(z.string(), z.number()),
  histogram: z.strictObject({ edges: z.array(z.number()), counts: z.array(z.number().min(0)), max_count_error: z.number().min(0) }),
  distinct: distinctSchema,
  sketch: z.strictObject({
    type: z.literal('compactor'),
    k: z.number().int().min(8),
    n: count,
    rank_error: z.number().min(0),
    parity: z.array(z.union([z.literal(0), z.literal(1)])),
    levels: z.array(base64),
  }),
});

const categoricalColumnSchema = z.strictObject({
  name: z.string(),
  kind: z.literal('categorical'),
  type: z.string().optional(),
  count,
  nulls: count,
  min_length: count.nullable(),
  max_length: count.nullable(),
  top: z.strictObject({
    capacity: z.number().int().min(1),
    error: z.number().min(0),
    other: z.number().min(0),
    items: z.array(z.tuple([z.string(), z.number().min(0)])),
  }),
  distinct: distinctSchema,
});

export const profileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(PROFILE_VERSION),
  dataset: z.string(),
  rows: count,
  parts: z.number().int().min(1),
  shard: z.strictObject({ index: z.number().int().min(1), count: z.number().int().min(1), by: z.enum(['files', 'rows']) }).optional(),
  content_hash: z.string().optional(),
  sources: z.array(
    z.strictObject({ file: z.string(), rows: count, row_range: z.tuple([z.number().int(), z.number().int()]).optional(), sha256: z.string().optional() }),
  ),
  columns: z.array(z.discriminatedUnion('kind', [numericColumnSchema, categoricalColumnSchema])),
  row_checks: rowChecksSchema.optional(),
});

export type ProfileJson = z.infer<typeof profileSchema>;

const toBase64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function fromBase64F64(s: string): Float64Array {
  const b = Buffer.from(s, 'base64');
  if (b.length % 8 !== 0) throw new Error('quantile level is not a whole number of float64 values');
  const out = new Float64Array(b.length / 8);
  new Uint8Array(out.buffer).set(b);
  return out;
}

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

function columnJson(c: ColumnProfile): ProfileJson['columns'][number] {
  const distinct = { estimate: Math.round(c.distinct.estimate()), relative_error: c.distinct.relativeError, p: c.distinct.p, registers: toBase64(c.distinct.registers) };
  if (c.kind === 'categorical') {
    const items = c.top.items(); // reduces first, so `other` below matches the listed counts
    return {
      name: c.name,
      kind: 'categorical',
      ...(c.type ? { type: c.type } : {}),
      count: c.count,
      nulls: c.nulls,
      min_length: finiteOrNull(c.minLength),
      max_length: finiteOrNull(c.maxLength),
      top: { capacity: c.top.capacity, error: c.top.error, other: c.top.other, items },
      distinct,
    };
  }
  const { count: n, mean, m2 } = c.moments;
  const sample = c.sketch.toSample();
  const state = c.sketch.state();
  const quantiles: Record<string, number> = {};
  if (n > 0) for (const q of REPORTED_QUANTILES) quantiles[`p${String(Math.round(q * 100)).padStart(2, '0')}`] = quantile(sample, q);
  return {
    name: c.name,
    kind: 'numeric',
    ...(c.type ? { type: c.type } : {}),
    count: n,
    nulls: c.nulls,
    min: finiteOrNull(c.min),
    max: finiteOrNull(c.max),
    mean: n > 0 ? mean : null,
    m2,
    variance: n > 0 ? m2 / n : null,
    std: n > 0 ? Math.sqrt(m2 / n) : null,
    quantiles,
    histogram: histogram(c),
    distinct,
    sketch: { type: 'compactor', k: state.k, n: state.n, rank_error: state.rankError, parity: state.parity.map((p) => (p ? 1 : 0)), levels: state.levels.map(toBase64) },
  };
}

/** Equal-width bins over [min, max], counted from the sketch: each count within 2·rank_error. */
function histogram(c: Extract<ColumnProfile, { kind: 'numeric' }>): z.infer<typeof numericColumnSchema>['histogram'] {
  const n = c.moments.count;
  if (n === 0 || !(c.max >= c.min)) return { edges: [], counts: [], max_count_error: 0 };
  const sample = c.sketch.toSample();
  const bins = c.max > c.min ? HISTOGRAM_BINS : 1;
  const width = (c.max - c.min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? c.max : c.min + i * width));
  const counts: number[] = [];
  let j = 0;
  let acc = 0;
  let prev = 0;
  const w = sample.weights;
  for (let b = 1; b <= bins; b++) {
    const edge = edges[b]!;
    // Left-closed bins [e_{b−1}, e_b), the last one closed.
    while (j < sample.values.length && (b === bins || sample.values[j]! < edge)) acc += w ? w[j++]! : (j++, 1);
    counts.push(acc - prev);
    prev = acc;
  }
  return { edges, counts, max_count_error: 2 * c.sketch.rankError };
}

export function profileToJson(p: DatasetProfile): ProfileJson {
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    dataset: p.dataset,
    rows: p.rows,
    parts: p.parts,
    ...(p.shard ? { shard: p.shard } : {}),
    ...(p.contentHash ? { content_hash: p.contentHash } : {}),
    sources: p.sources.map((s) => ({ file: s.file, rows: s.rows, ...(s.rowRange ? { row_range: s.rowRange } : {}), ...(s.sha256 ? { sha256: s.sha256 } : {}) })),
    columns: p.columns.map(columnJson),
    ...(p.rowChecks ? { row_checks: rowChecksToJson(p.rowChecks) } : {}),
  };
}

function columnFromJson(c: ProfileJson['columns'][number]): ColumnProfile {
  const hll = new HyperLogLog(c.distinct.p, new Uint8Array(Buffer.from(c.distinct.registers, 'base64')));
  if (c.kind === 'categorical') {
    const top = new TopK(c.top.capacity);
    for (const [v, k] of c.top.items) top.counts.set(v, k);
    top.error = c.top.error;
    top.n = c.count;
    const listed = c.top.items.reduce((s, [, k]) => s + k, 0);
    if (Math.abs(c.count - listed - c.top.other) > 1e-9 * Math.max(1, c.count)) throw new Error(`top-k counts (${listed}) + other (${c.top.other}) ≠ count (${c.count})`);
    return { name: c.name, kind: 'categorical', type: c.type, nulls: c.nulls, count: c.count, top, distinct: hll, minLength: c.min_length ?? Infinity, maxLength: c.max_length ?? -Infinity };
  }
  const sketch = QuantileSketch.fromState({ k: c.sketch.k, n: c.sketch.n, rankError: c.sketch.rank_error, parity: c.sketch.parity, levels: c.sketch.levels.map(fromBase64F64) });
  if (c.sketch.n !== c.count) throw new Error(`sketch n (${c.sketch.n}) ≠ count (${c.count})`);
  return {
    name: c.name,
    kind: 'numeric',
    type: c.type,
    nulls: c.nulls,
    moments: { count: c.count, mean: c.mean ?? 0, m2: c.m2 },
    min: c.min ?? Infinity,
    max: c.max ?? -Infinity,
    sketch,
    distinct: hll,
  };
}

/** Validates and decodes a profile; `file` names it in errors. */
export function profileFromJson(data: unknown, file: string): DatasetProfile {
  const parsed = profileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    const found = issue.path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string | number, unknown>)[k as string | number] : undefined), data);
    throw new MlgateError('input', `not a valid mlgate profile: ${field || '(root)'}: ${issue.message}`, {
      location: { file, field: field || undefined },
      details: [`found: ${JSON.stringify(found)?.slice(0, 120) ?? 'nothing'}`, `expected: a ${PROFILE_FORMAT} version ${PROFILE_VERSION} document (see docs/profile-format.md)`],
    });
  }
  const j = parsed.data;
  const columns = j.columns.map((c, i) => {
    try {
      return columnFromJson(c);
    } catch (e) {
      throw new MlgateError('input', `not a valid mlgate profile: columns[${i}] (${c.name}): ${(e as Error).message}`, { location: { file, field: `columns[${i}]` }, cause: e });
    }
  });
  let rowChecks: DatasetProfile['rowChecks'];
  try {
    rowChecks = j.row_checks ? rowChecksFromJson(j.row_checks) : undefined;
  } catch (e) {
    throw new MlgateError('input', `not a valid mlgate profile: ${(e as Error).message}`, { location: { file, field: 'row_checks' }, cause: e });
  }
  return {
    dataset: j.dataset,
    rows: j.rows,
    parts: j.parts,
    columns,
    ...(rowChecks ? { rowChecks } : {}),
    shard: j.shard,
    contentHash: j.content_hash,
    sources: j.sources.map((s) => ({ file: s.file, rows: s.rows, rowRange: s.row_range, sha256: s.sha256 })),
  };
}

/** True when a parsed JSON document claims to be a profile (so a reference path can be either data or a profile). */
export const looksLikeProfile = (data: unknown): boolean => typeof data === 'object' && data !== null && (data as { format?: unknown }).format === PROFILE_FORMAT;
