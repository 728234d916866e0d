import { describe, expect, it } from 'vitest';
import type { DriftConfig } from '../../../src/domain/config/schema.js';
import { evaluateDrift } from '../../../src/domain/drift/evaluate.js';
import { quantile, rankAtMost, sampleFromValues } from '../../../src/domain/drift/sample.js';
import { mergeProfiles, profileDistributions } from '../../../src/domain/profile/dataset.js';
import { profileFromJson, profileToJson } from '../../../src/domain/profile/format.js';
import { referenceOutput } from '../../references/reference.js';
import { makeTable, profileRows, roundTrip } from './fixtures.js';
import { numpyMoments, ROWS, table } from './merge.references.js';

const cuts = [0, 9_000, 40_000, 40_001, 87_000, ROWS]; // 5 uneven shards, one of a single row
const single = roundTrip(profileRows('train', table, 0, ROWS, 512));
const shards = cuts.slice(0, -1).map((from, i) => roundTrip(profileRows('train', table, from, cuts[i + 1]!, 512)));
const merged = roundTrip(mergeProfiles(shards));

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('merging shard profiles', () => {
  it('counts, nulls, min, max, mean and variance equal one pass (1e-9 relative) and NumPy', () => {
    const numpy = referenceOutput(numpyMoments);
    expect(merged.rows).toBe(single.rows);
    expect(merged.parts).toBe(5);
    for (const col of single.columns) {
      const m = merged.columns.find((c) => c.name === col.name)!;
      expect(m.kind).toBe(col.kind);
      expect(m.nulls).toBe(col.nulls);
      if (col.kind !== 'numeric' || m.kind !== 'numeric') {
        if (col.kind === 'categorical' && m.kind === 'categorical') {
          expect(m.count).toBe(col.count);
          expect(m.top.items()).toEqual(col.top.items());
          expect(m.top.error).toBe(0);
        }
        continue;
      }
      expect(m.moments.count).toBe(col.moments.count);
      expect(m.min).toBe(col.min);
      expect(m.max).toBe(col.max);
      expect(rel(m.moments.mean, col.moments.mean)).toBeLessThanOrEqual(1e-9);
      expect(rel(m.moments.m2 / m.moments.count, col.moments.m2 / col.moments.count)).toBeLessThanOrEqual(1e-9);
      const [n, min, max, mean, variance] = numpy[col.name]!;
      expect(m.moments.count).toBe(n);
      expect([m.min, m.max]).toEqual([min, max]);
      expect(rel(m.moments.mean, mean)).toBeLessThanOrEqual(1e-9);
      expect(rel(m.moments.m2 / m.moments.count, variance)).toBeLessThanOrEqual(1e-9);
    }
  });

  it('quantiles of the merged profile are within its documented rank bound', () => {
    for (const col of merged.columns) {
      if (col.kind !== 'numeric') continue;
      const exact = sampleFromValues(table.numeric[col.name]!);
      const sample = col.sketch.toSample();
      expect(col.sketch.rankError).toBeGreaterThan(0); // the sketch really compacted
      for (let q = 0.01; q < 1; q += 0.01) {
        const v = quantile(sample, q);
        const target = Math.floor(q * exact.total) + 1;
        const below = rankAtMost(exact, v - Math.abs(v) * 1e-15 - 1e-300); // rows strictly below v (values are not that close)
        const atMost = rankAtMost(exact, v);
        // The reported value is a correct q-quantile of the data up to ±rank_error ranks.
        expect(atMost).toBeGreaterThanOrEqual(target - col.sketch.rankError);
        expect(below).toBeLessThanOrEqual(target + col.sketch.rankError);
      }
    }
  });

  it('the drift verdict from the merged profile is the one-pass verdict', () => {
    const config: DriftConfig = { reference: 'ref.profile.json', method: 'auto', threshold: 0.1 };
    const reference = roundTrip(profileRows('train', makeTable(12, 80_000), 0, 80_000, 512));
    const drifted = makeTable(13, ROWS, 1);
    const current = [single, merged, roundTrip(mergeProfiles([0, 60_000].map((f) => profileRows('train', drifted, f, f + 60_000, 512))))];
    const [one, many, moved] = current.map((p) => evaluateDrift({ reference: profileDistributions(reference), current: profileDistributions(p), config }));
    expect(many!.map((r) => [r.column, r.method, r.status])).toEqual(one!.map((r) => [r.column, r.method, r.status]));
    expect(one!.every((r) => r.status === 'pass')).toBe(true);
    expect(moved!.filter((r) => r.status === 'fail').map((r) => r.column).sort()).toEqual(['age', 'country', 'income', 'plan', 'score']);
  });

  it('rejects shards of different datasets, repeated shards, and malformed documents with the field named', () => {
    const other = roundTrip({ ...profileRows('test', table, 0, 10, 512) });
    expect(() => mergeProfiles([shards[0]!, other])).toThrow(/profiles dataset 'test'/);
    const s1 = { ...shards[0]!, shard: { index: 1, count: 2, by: 'files' as const } };
    expect(() => mergeProfiles([s1, { ...shards[1]!, shard: { index: 1, count: 2, by: 'files' as const } }])).toThrow(/appears twice/);
    const json = profileToJson(shards[0]!) as unknown as { columns: { count: unknown }[] };
    json.columns[0]!.count = -1;
    expect(() => profileFromJson(json, 'bad.json')).toThrow(/columns\[0\]\.count/);
    expect(() => profileFromJson({ format: 'mlgate-profile', version: 2 }, 'v2.json')).toThrow(/version/);
  });
});
