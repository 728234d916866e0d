import { describe, expect, it } from 'vitest';
import type { CategoricalDistribution, NumericDistribution } from '../../../src/domain/drift/distribution.js';
import { binEdges, driftDistribution, MAX_BINS, MAX_CATEGORY_CHARS, TOP_CATEGORIES } from '../../../src/domain/drift/histogram.js';
import { quantile } from '../../../src/domain/drift/sample.js';
import { profileDistributions } from '../../../src/domain/profile/dataset.js';
import type { CategoryBin, NumericBin } from '../../../src/domain/results.js';
import { referenceOutput } from '../../references/reference.js';
import { profileRows, roundTrip } from '../profile/fixtures.js';
import { curTables, refTable } from './profile-mode.references.js';
import { HISTOGRAM_CASES, numeric, numpyHistograms } from './histogram.references.js';

const numericBins = (ref: NumericDistribution, cur: NumericDistribution): NumericBin[] => {
  const d = driftDistribution(ref, cur);
  if (d?.kind !== 'numeric') throw new Error('expected numeric bins');
  return d.bins;
};
const categoryBins = (ref: CategoricalDistribution, cur: CategoricalDistribution): CategoryBin[] => {
  const d = driftDistribution(ref, cur);
  if (d?.kind !== 'categorical') throw new Error('expected categories');
  return d.bins;
};
const cat = (counts: Record<string, number>, other = 0): CategoricalDistribution => {
  const listed = Object.values(counts).reduce((a, b) => a + b, 0);
  return { kind: 'categorical', counts: new Map(Object.entries(counts)), other, countError: 0, count: listed + other, nulls: 0 };
};
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('numeric bins of a drifted column', () => {
  HISTOGRAM_CASES.forEach((c, i) => {
    it(`${c.name}: the shares per bin equal np.histogram over the same edges (tails included)`, () => {
      const bins = numericBins(numeric(c.ref), numeric(c.cur));
      const numpy = referenceOutput(numpyHistograms)[i]!;
      const below = bins.find((b) => b.from === null);
      const above = bins.find((b) => b.to === null);
      const bounded = bins.filter((b) => b.from !== null && b.to !== null);
      const ours = (side: 'reference' | 'current'): number[] => [below?.[side] ?? 0, ...bounded.map((b) => b[side]), above?.[side] ?? 0];
      for (const [k, side] of (['reference', 'current'] as const).entries()) {
        const theirs = numpy[k]!;
        expect(ours(side).length).toBe(theirs.length);
        ours(side).forEach((s, j) => expect(Math.abs(s - theirs[j]!), `${side} bin ${j}`).toBeLessThanOrEqual(1e-12));
        expect(sum(bins.map((b) => b[side]))).toBeCloseTo(1, 12);
      }
      // A tail is listed only when it holds values on one side.
      expect(below !== undefined).toBe(numpy[0]![0]! > 0 || numpy[1]![0]! > 0);
      expect(above !== undefined).toBe(numpy[0]!.at(-1)! > 0 || numpy[1]!.at(-1)! > 0);
    });
  });

  it('at most 20 bins of one round width (1, 2 or 5 × 10^k) covering both sides’ 1st–99th percentiles', () => {
    for (const c of HISTOGRAM_CASES) {
      const ref = numeric(c.ref);
      const cur = numeric(c.cur);
      const bins = numericBins(ref, cur);
      expect(bins.length).toBeLessThanOrEqual(MAX_BINS);
      const edges = binEdges(ref, cur);
      const widths = edges.slice(1).map((e, i) => e - edges[i]!);
      if (widths.length > 0 && widths[0]! > 0) {
        for (const w of widths) expect(w).toBeCloseTo(widths[0]!, 9);
        const mantissa = widths[0]! / 10 ** Math.floor(Math.log10(widths[0]!));
        expect([1, 2, 5, 10].some((f) => Math.abs(mantissa - f) < 1e-9)).toBe(true);
        expect(edges[0]!).toBeLessThanOrEqual(Math.min(quantile(ref.sample, 0.01), quantile(cur.sample, 0.01)));
        expect(edges.at(-1)!).toBeGreaterThanOrEqual(Math.max(quantile(ref.sample, 0.99), quantile(cur.sample, 0.99)));
      }
    }
  });

  it('outliers land in the upper tail, not in 100 empty bins', () => {
    const c = HISTOGRAM_CASES[1]!;
    const bins = numericBins(numeric(c.ref), numeric(c.cur));
    const above = bins.at(-1)!;
    expect(above.to).toBeNull();
    expect(above.current).toBeGreaterThanOrEqual(20 / c.cur.length);
    expect(above.from!).toBeLessThan(150);
  });

  it('one value on both sides: a single bin holding everything', () => {
    const c = HISTOGRAM_CASES[4]!;
    expect(numericBins(numeric(c.ref), numeric(c.cur))).toEqual([{ from: 3.5, to: 3.5, reference: 1, current: 1 }]);
  });

  it('from a profile (quantile sketch, k=512) each share is within the sketches’ rank error of the exact share', () => {
    const exactRef = numeric(Array.from(refTable.numeric.score!).filter((x) => !Number.isNaN(x)));
    const exactCur = numeric(Array.from(curTables[2]!.numeric.score!).filter((x) => !Number.isNaN(x)));
    const refProfile = profileDistributions(roundTrip(profileRows('d', refTable, 0, refTable.rows, 512))).get('score') as NumericDistribution;
    const curProfile = profileDistributions(roundTrip(profileRows('d', curTables[2]!, 0, curTables[2]!.rows, 512))).get('score') as NumericDistribution;
    const sketched = numericBins(refProfile, curProfile);
    // Same edges on both (the exact shares are computed over the sketch's edges).
    const exact = numericBins(exactRef, exactCur);
    const sameEdges = sketched.length === exact.length && sketched.every((b, i) => b.from === exact[i]!.from && b.to === exact[i]!.to);
    expect(refProfile.sample.rankError).toBeGreaterThan(0);
    if (!sameEdges) return expect.fail(`the sketch chose other edges than the exact data: ${JSON.stringify(sketched.map((b) => [b.from, b.to]))} vs ${JSON.stringify(exact.map((b) => [b.from, b.to]))}`);
    sketched.forEach((b, i) => {
      // A bin's share is a difference of two ranks, each off by at most rankError.
      expect(Math.abs(b.reference - exact[i]!.reference)).toBeLessThanOrEqual((2 * refProfile.sample.rankError) / refProfile.sample.total + 1e-12);
      expect(Math.abs(b.current - exact[i]!.current)).toBeLessThanOrEqual((2 * curProfile.sample.rankError) / curProfile.sample.total + 1e-12);
    });
  });
});

describe('top categories of a drifted column', () => {
  it('the 10 largest on either side, ordered by that share, then one "other" bin with the rest', () => {
    const ref = cat(Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`c${i}`, 100 - i])));
    const cur = cat({ ...Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`c${i}`, 50])), rare: 400 });
    const bins = categoryBins(ref, cur);
    expect(bins).toHaveLength(TOP_CATEGORIES + 1);
    expect(bins[0]!.value).toBe('rare');
    expect(bins[0]!.reference).toBe(0);
    expect(bins[0]!.current).toBeCloseTo(400 / 1150, 12);
    expect(bins.slice(1, TOP_CATEGORIES).map((b) => b.value)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']);
    const other = bins.at(-1)!;
    expect(other.value).toBeNull();
    // c9..c14 in the reference, c9..c14 in the current (the listed c0..c8 and rare excluded).
    expect(other.reference).toBeCloseTo((91 + 90 + 89 + 88 + 87 + 86) / sum(Array.from({ length: 15 }, (_, i) => 100 - i)), 12);
    expect(other.current).toBeCloseTo((6 * 50) / 1150, 12);
    for (const side of ['reference', 'current'] as const) expect(sum(bins.map((b) => b[side]))).toBeCloseTo(1, 12);
  });

  it('no "other" bin when every category is listed; a sketch’s uncounted values go to "other"', () => {
    expect(categoryBins(cat({ a: 3, b: 1 }), cat({ a: 1, b: 3 })).map((b) => b.value)).toEqual(['a', 'b']);
    const bins = categoryBins(cat({ a: 60, b: 20 }, 20), cat({ a: 10, b: 50 }, 40));
    expect(bins.at(-1)).toEqual({ value: null, reference: 0.2, current: 0.4 });
  });

  it('keeps hostile values as they are (the report escapes them) but cuts very long ones with …', () => {
    const long = 'x'.repeat(500);
    const hostile = '"]\n%%{init}%% <b>`';
    const bins = categoryBins(cat({ [long]: 5, [hostile]: 5 }), cat({ [long]: 1, [hostile]: 9 }));
    expect(bins.map((b) => b.value)).toEqual([hostile, `${'x'.repeat(MAX_CATEGORY_CHARS - 1)}…`]);
  });

  it('kinds that differ have no distribution', () => {
    expect(driftDistribution(cat({ a: 1 }), numeric([1, 2]))).toBeUndefined();
  });
});
