import { describe, expect, it } from 'vitest';
import type { NumericDistribution } from '../../../src/domain/drift/distribution.js';
import { measure } from '../../../src/domain/drift/methods.js';
import { meanStd, sampleFromValues } from '../../../src/domain/drift/sample.js';
import { normals, python } from './scipy.js';

const dist = (v: Float64Array): NumericDistribution => {
  const sample = sampleFromValues(v);
  const { mean, std } = meanStd(sample);
  return { kind: 'numeric', sample, count: sample.total, nulls: 0, mean, std, min: sample.values[0]!, max: sample.values[sample.values.length - 1]! };
};

describe('binned methods on numeric columns (10 reference-quantile bins) agree with NumPy/SciPy to 1e-6', () => {
  it('psi, jensen_shannon, linf, chi2', () => {
    const cases = [
      [normals(1, 5000), normals(2, 4000, 0.2)],
      [normals(3, 2000, 0, 1, 2), normals(4, 3000, 0.5, 1, 2)], // heavy ties: duplicate edges collapse
      [normals(5, 10000), normals(6, 10000)],
    ] as const;
    const ours = cases.map(([r, c]) => (['psi', 'jensen_shannon', 'linf', 'chi2'] as const).map((m) => measure(m, dist(r), dist(c))));
    const theirs = python<number[][]>(
      `from scipy.spatial.distance import jensenshannon
from scipy.stats import chisquare
out = []
for c in INPUT:
    r = np.sort(np.array(c['r'])); x = np.array(c['c']); n = len(r)
    edges = []
    for i in range(1, 10):
        e = r[min(int(np.floor((i / 10) * n)), n - 1)]
        if not edges or e > edges[-1]: edges.append(e)
    edges = np.array(edges)
    rc = np.bincount(np.searchsorted(edges, r, side='left'), minlength=len(edges) + 1).astype(float)
    cc = np.bincount(np.searchsorted(edges, x, side='left'), minlength=len(edges) + 1).astype(float)
    p = rc / rc.sum(); q = cc / cc.sum()
    pp = np.maximum(p, 1e-4); qq = np.maximum(q, 1e-4)
    e = cc.sum() * (rc + 0.5) / (rc.sum() + 0.5 * len(rc))
    s = chisquare(cc, e)
    out.append([float(np.sum((qq - pp) * np.log(qq / pp))), float(jensenshannon(rc, cc, base=2)), float(np.max(np.abs(p - q))), float(s.statistic), float(s.pvalue)])
emit(out)`,
      cases.map(([r, c]) => ({ r: Array.from(r), c: Array.from(c) })),
    );
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
