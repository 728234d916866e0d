import { describe, expect, it } from 'vitest';
import { chiSquare, chiSquareExpected, jensenShannon, lInfinity, psi, wasserstein1 } from '../../../src/domain/drift/distances.js';
import { ksTest } from '../../../src/domain/drift/ks.js';
import { sampleFromValues } from '../../../src/domain/drift/sample.js';
import { referenceOutput } from '../../references/reference.js';
import { chiSquareCounts, countCases, jensenShannonCounts, kolmogorovGrid, ks2samp, ksCases, kstwoSf, psiLinfCounts, wasserstein, wassersteinCases } from './exact-vs-scipy.references.js';

const TOL = 1e-6;

describe('exact mode agrees with SciPy to 1e-6', () => {
  it('ks_2samp: statistic and p-value (exact and asymptotic branches)', () => {
    const ours = ksCases.map((c) => ksTest(sampleFromValues(c.a), sampleFromValues(c.b)));
    const theirs = referenceOutput(ks2samp);
    ksCases.forEach((c, i) => {
      const [stat, p] = theirs[i]!;
      expect(Math.abs(ours[i]!.statistic - stat), `${c.name}: D ours ${ours[i]!.statistic} scipy ${stat}`).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(ours[i]!.pValue - p), `${c.name}: p ours ${ours[i]!.pValue} scipy ${p} (${ours[i]!.pMethod})`).toBeLessThanOrEqual(TOL);
    });
    // The cases must exercise both small and large p-values, else the comparison proves little.
    expect(theirs.some(([, p]) => p > 0.2)).toBe(true);
    expect(theirs.some(([, p]) => p < 1e-3 && p > 0)).toBe(true);
  });

  it('wasserstein_distance', () => {
    const cases = wassersteinCases;
    const ours = cases.map((c) => wasserstein1(sampleFromValues(c.a), sampleFromValues(c.b)));
    const theirs = referenceOutput(wasserstein);
    cases.forEach((c, i) => expect(Math.abs(ours[i]! - theirs[i]!), c.name).toBeLessThanOrEqual(TOL * Math.max(1, theirs[i]!)));
  });

  it('jensenshannon (base 2)', () => {
    const theirs = referenceOutput(jensenShannonCounts);
    countCases.forEach((c, i) => expect(Math.abs(jensenShannon(c.ref, c.cur) - theirs[i]!)).toBeLessThanOrEqual(TOL));
  });

  it('chisquare against reference proportions with the documented smoothing', () => {
    const theirs = referenceOutput(chiSquareCounts);
    countCases.forEach((c, i) => {
      const ours = chiSquare(c.ref, c.cur);
      const [stat, p] = theirs[i]!;
      expect(Math.abs(ours.statistic - stat)).toBeLessThanOrEqual(TOL * Math.max(1, stat));
      expect(Math.abs(ours.pValue - p)).toBeLessThanOrEqual(TOL);
    });
    expect(chiSquareExpected([1, 3], 8).reduce((a, b) => a + b, 0)).toBeCloseTo(8, 12);
  });

  it('PSI and L-infinity against their NumPy definitions', () => {
    const theirs = referenceOutput(psiLinfCounts);
    countCases.forEach((c, i) => {
      expect(Math.abs(psi(c.ref, c.cur) - theirs[i]![0])).toBeLessThanOrEqual(TOL);
      expect(Math.abs(lInfinity(c.ref, c.cur) - theirs[i]![1])).toBeLessThanOrEqual(TOL);
    });
  });
});

describe('Kolmogorov distribution (every branch of the asymptotic KS p-value)', () => {
  it('kolmogorovSf agrees with scipy.stats.kstwo.sf to 1e-6', async () => {
    const { kolmogorovSf } = await import('../../../src/domain/drift/kolmogorov.js');
    const grid = kolmogorovGrid;
    const theirs = referenceOutput(kstwoSf);
    grid.forEach(([n, d], i) => expect(Math.abs(kolmogorovSf(n, d) - theirs[i]!), `n=${n} d=${d}: scipy ${theirs[i]}`).toBeLessThanOrEqual(TOL));
  });
});
