/** Per-column accumulators: feed batches in one streaming pass, then freeze into a ColumnProfile. */
import { HyperLogLog } from './hyperloglog.js';
import { batchMoments, emptyMoments, mergeMoments, type Moments } from './moments.js';
import { QuantileSketch } from './quantile-sketch.js';
import { TopK } from './top-k.js';

export type ColumnKind = 'numeric' | 'categorical';

export interface NumericColumnProfile {
  name: string;
  kind: 'numeric';
  /** Declared or inferred type (integer, number, date, datetime …) for the report. */
  type?: string;
  nulls: number;
  moments: Moments;
  min: number;
  max: number;
  sketch: QuantileSketch;
  distinct: HyperLogLog;
}

export interface CategoricalColumnProfile {
  name: string;
  kind: 'categorical';
  type?: string;
  nulls: number;
  count: number;
  top: TopK;
  distinct: HyperLogLog;
  minLength: number;
  maxLength: number;
}

export type ColumnProfile = NumericColumnProfile | CategoricalColumnProfile;

export interface SketchSettings {
  quantileK?: number;
  hllP?: number;
  topK?: number;
}

export class NumericColumnBuilder {
  private readonly profile: NumericColumnProfile;
  private scratch = new Float64Array(0);

  constructor(name: string, settings: SketchSettings = {}, type?: string) {
    this.profile = {
      name,
      kind: 'numeric',
      type,
      nulls: 0,
      moments: emptyMoments(),
      min: Infinity,
      max: -Infinity,
      sketch: new QuantileSketch(settings.quantileK),
      distinct: new HyperLogLog(settings.hllP),
    };
  }

  addNulls(count: number): void {
    this.profile.nulls += count;
  }

  /** Adds values[0..length); NaN counts as null. */
  addValues(values: Float64Array, length = values.length): void {
    if (this.scratch.length < length) this.scratch = new Float64Array(length);
    const clean = this.scratch;
    let n = 0;
    let min = this.profile.min;
    let max = this.profile.max;
    const hll = this.profile.distinct;
    for (let i = 0; i < length; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) continue;
      clean[n++] = v;
      if (v < min) min = v;
      if (v > max) max = v;
      hll.addNumber(v);
    }
    this.profile.nulls += length - n;
    this.profile.min = min;
    this.profile.max = max;
    this.profile.moments = mergeMoments(this.profile.moments, batchMoments(clean, n));
    this.profile.sketch.addMany(clean, n);
  }

  finish(): NumericColumnProfile {
    return this.profile;
  }
}

export class CategoricalColumnBuilder {
  private readonly profile: CategoricalColumnProfile;

  constructor(name: string, settings: SketchSettings = {}, type?: string) {
    this.profile = {
      name,
      kind: 'categorical',
      type,
      nulls: 0,
      count: 0,
      top: new TopK(settings.topK),
      distinct: new HyperLogLog(settings.hllP),
      minLength: Infinity,
      maxLength: -Infinity,
    };
  }

  addNulls(count: number): void {
    this.profile.nulls += count;
  }

  add(value: string, count = 1): void {
    const p = this.profile;
    p.count += count;
    p.top.add(value, count);
    p.distinct.addString(value);
    if (value.length < p.minLength) p.minLength = value.length;
    if (value.length > p.maxLength) p.maxLength = value.length;
  }

  finish(): CategoricalColumnProfile {
    return this.profile;
  }
}

export function nonNullCount(c: ColumnProfile): number {
  return c.kind === 'numeric' ? c.moments.count : c.count;
}

/**
 * Column profiles from exact distributions already in memory (sorted values, full value counts):
 * same contents as streaming them through the builders, without the per-value sketch work.
 */
export function numericProfileFromSorted(name: string, sorted: Float64Array, nulls: number, settings: SketchSettings = {}, type?: string): NumericColumnProfile {
  const distinct = new HyperLogLog(settings.hllP);
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.addNumber(sorted[i]!);
  return {
    name,
    kind: 'numeric',
    type,
    nulls,
    moments: batchMoments(sorted),
    min: sorted.length ? sorted[0]! : Infinity,
    max: sorted.length ? sorted[sorted.length - 1]! : -Infinity,
    sketch: QuantileSketch.fromSorted(sorted, settings.quantileK),
    distinct,
  };
}

export function categoricalProfileFromCounts(name: string, counts: ReadonlyMap<string, number>, nulls: number, settings: SketchSettings = {}, type?: string): CategoricalColumnProfile {
  const top = new TopK(settings.topK);
  const distinct = new HyperLogLog(settings.hllP);
  let count = 0;
  let minLength = Infinity;
  let maxLength = -Infinity;
  for (const [v, c] of counts) {
    top.counts.set(v, c);
    count += c;
    distinct.addString(v);
    if (v.length < minLength) minLength = v.length;
    if (v.length > maxLength) maxLength = v.length;
  }
  top.n = count;
  top.reduce();
  return { name, kind: 'categorical', type, nulls, count, top, distinct, minLength, maxLength };
}
