/** The NumPy/SciPy reference of binned-numeric.test.ts (see test/references/reference.ts). */
import { pythonReference } from '../../references/reference.js';
import { normals } from './random.js';

export const binnedCases = [
  [normals(1, 5000), normals(2, 4000, 0.2)],
  [normals(3, 2000, 0, 1, 2), normals(4, 3000, 0.5, 1, 2)], // heavy ties: duplicate edges collapse
  [normals(5, 10000), normals(6, 10000)],
] as const;

/** psi, jensen_shannon, linf, chi2 statistic and p-value over 10 reference-quantile bins. */
export const binnedNumeric = pythonReference<number[][]>(
  'drift/binned-numeric',
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
  () => binnedCases.map(([r, c]) => ({ r: Array.from(r), c: Array.from(c) })),
);
