/** A dataset profile (or one shard's), merging, and the drift view of it. */
import { MlgateError } from '../errors.js';
import type { ColumnDistribution } from '../drift/distribution.js';
import { mergeMoments } from './moments.js';
import type { CategoricalColumnProfile, ColumnProfile, NumericColumnProfile } from './column.js';
import { refuseOverlappingProfiles } from './overlap.js';
import type { RowChecks } from './row-checks.js';
import { mergeRowChecks } from './row-checks-merge.js';

export interface ProfileSource {
  file: string;
  rows: number;
  /** First and last row (1-based, inclusive) taken from this file when a shard splits by rows. */
  rowRange?: [number, number];
  sha256?: string;
}

export interface DatasetProfile {
  dataset: string;
  rows: number;
  columns: ColumnProfile[];
  sources: ProfileSource[];
  /** Set on a shard's profile; absent once merged or for a whole dataset. */
  shard?: { index: number; count: number; by: 'files' | 'rows' };
  /** Shards merged into this profile (1 for a single pass). */
  parts: number;
  /** Hash of the data profiled (sha256 over the files' hashes), to key caches. */
  contentHash?: string;
  /** What every data check needs from the rows (a profile made with the dataset's config): row-checks.ts. */
  rowChecks?: RowChecks;
}

function mergeNumeric(a: NumericColumnProfile, b: NumericColumnProfile): NumericColumnProfile {
  a.sketch.merge(b.sketch);
  a.distinct.merge(b.distinct);
  return {
    ...a,
    nulls: a.nulls + b.nulls,
    moments: mergeMoments(a.moments, b.moments),
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
  };
}

function mergeCategorical(a: CategoricalColumnProfile, b: CategoricalColumnProfile): CategoricalColumnProfile {
  a.top.merge(b.top);
  a.distinct.merge(b.distinct);
  return {
    ...a,
    nulls: a.nulls + b.nulls,
    count: a.count + b.count,
    minLength: Math.min(a.minLength, b.minLength),
    maxLength: Math.max(a.maxLength, b.maxLength),
  };
}

/**
 * Merges profiles of disjoint parts of one dataset. The first profile's sketches are merged into
 * in place (profiles are parsed fresh from JSON, so callers own them).
 */
export function mergeProfiles(profiles: readonly DatasetProfile[], labels: readonly string[] = []): DatasetProfile {
  if (profiles.length === 0) throw new MlgateError('usage', 'no profiles to merge');
  const label = (i: number): string => labels[i] ?? `profile #${i + 1}`;
  const first = profiles[0]!;
  const columns = new Map<string, ColumnProfile>();
  profiles.forEach((p, i) => {
    if (p.dataset !== first.dataset)
      throw new MlgateError('input', `${label(i)} profiles dataset '${p.dataset}', but ${label(0)} profiles '${first.dataset}'; merge shards of one dataset`);
    for (const c of p.columns) {
      const have = columns.get(c.name);
      if (!have) {
        columns.set(c.name, c);
        continue;
      }
      if (have.kind !== c.kind)
        throw new MlgateError('input', `column '${c.name}' is ${c.kind} in ${label(i)} but ${have.kind} in an earlier profile; the shards disagree on its type`);
      columns.set(c.name, have.kind === 'numeric' ? mergeNumeric(have, c as NumericColumnProfile) : mergeCategorical(have, c as CategoricalColumnProfile));
    }
  });
  const shards = profiles.map((p) => p.shard).filter((s) => s !== undefined);
  if (shards.length === profiles.length && shards.length > 0) {
    const count = shards[0]!.count;
    const seen = new Set<number>();
    shards.forEach((s, i) => {
      if (s.count !== count) throw new MlgateError('input', `${label(i)} is shard ${s.index}/${s.count}, but others are of ${count}`);
      if (seen.has(s.index)) throw new MlgateError('input', `shard ${s.index}/${count} appears twice (${label(i)})`);
      seen.add(s.index);
    });
  }
  refuseOverlappingProfiles(profiles, label);
  // Row checks merge in data order: shard 1 first (file shards are consecutive blocks of the sorted files).
  const order = profiles.map((p, i) => ({ p, i })).sort((a, b) => (a.p.shard?.index ?? 0) - (b.p.shard?.index ?? 0) || a.i - b.i);
  const parts = order.map(({ p }) => p.rowChecks);
  const rowChecks = parts.every((r) => r !== undefined) ? mergeRowChecks(parts, (k) => label(order[k]!.i)) : undefined;
  return {
    dataset: first.dataset,
    rows: profiles.reduce((s, p) => s + p.rows, 0),
    columns: [...columns.values()],
    sources: profiles.flatMap((p) => p.sources),
    parts: profiles.reduce((s, p) => s + p.parts, 0),
    ...(rowChecks ? { rowChecks } : {}),
  };
}

/** Which shards of n are missing from a merged set (for a clear message). */
export function missingShards(profiles: readonly DatasetProfile[]): number[] {
  const count = profiles[0]?.shard?.count;
  if (count === undefined) return [];
  const have = new Set(profiles.map((p) => p.shard?.index));
  return Array.from({ length: count }, (_, i) => i + 1).filter((i) => !have.has(i));
}

/** The per-column distributions drift compares, from a profile's sketches. */
export function profileDistributions(profile: DatasetProfile): Map<string, ColumnDistribution> {
  const out = new Map<string, ColumnDistribution>();
  for (const c of profile.columns) {
    if (c.kind === 'numeric') {
      const { count, mean, m2 } = c.moments;
      out.set(c.name, { kind: 'numeric', sample: c.sketch.toSample(), count, nulls: c.nulls, mean, std: count > 0 ? Math.sqrt(m2 / count) : 0, min: c.min, max: c.max });
    } else {
      out.set(c.name, { kind: 'categorical', counts: new Map(c.top.items()), other: c.top.other, countError: c.top.error, count: c.count, nulls: c.nulls });
    }
  }
  return out;
}
