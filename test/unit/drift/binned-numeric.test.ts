import { describe, expect, it } from 'vitest';
import type { NumericDistribution } from '../../../src/domain/drift/distribution.js';
import { measure } from '../../../src/domain/drift/methods.js';
import { meanStd, sampleFromValues } from '../../../src/domain/drift/sample.js';
import { referenceOutput } from '../../references/reference.js';
import { binnedCases, binnedNumeric } from './binned-numeric.references.js';

const dist = (v: Float64Array): NumericDistribution => {
  const sample = sampleFromValues(v);
  const { mean, std } = meanStd(sample);
  return { kind: 'numeric', sample, count: sample.total, nulls: 0, mean, std, min: sample.values[0]!, max: sample.values[sample.values.length - 1]! };
};

describe('binned methods on numeric columns (10 reference-quantile bins) agree with NumPy/SciPy to 1e-6', () => {
  it('psi, jensen_shannon, linf, chi2', () => {
    const cases = binnedCases;
    const ours = cases.map(([r, c]) => (['psi', 'jensen_shannon', 'linf', 'chi2'] as const).map((m) => measure(m, dist(r), dist(c))));
    const theirs = referenceOutput(binnedNumeric);
    ours.forEach(([p, js, linf, chi], i) => {
      const [tp, tjs, tl, ts, tpv] = theirs[i]!;
      expect(Math.abs(p!.score - tp!)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(js!.score - tjs!)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(linf!.score - tl!)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(chi!.statistic! - ts!)).toBeLessThanOrEqual(1e-6 * Math.max(1, ts!));
      expect(Math.abs(chi!.pValue! - tpv!)).toBeLessThanOrEqual(1e-6);
    });
  });
});
