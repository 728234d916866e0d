/** NumPy references of histogram.test.ts: np.histogram over the bin edges drift chose, plus both tails. */
import type { NumericDistribution } from '../../../src/domain/drift/distribution.js';
import { binEdges } from '../../../src/domain/drift/histogram.js';
import { meanStd, sampleFromValues } from '../../../src/domain/drift/sample.js';
import { pythonReference } from '../../references/reference.js';
import { normals, rng } from './random.js';

export const numeric = (values: ArrayLike<number>): NumericDistribution => {
  const sample = sampleFromValues(values);
  const { mean, std } = meanStd(sample);
  return { kind: 'numeric', sample, count: sample.total, nulls: 0, mean, std, min: sample.values[0]!, max: sample.values[sample.values.length - 1]! };
};

const ages = (seed: number, n: number, mean: number): number[] => Array.from(normals(seed, n, mean, 13), (x) => Math.max(18, Math.min(90, Math.round(x))));
const r = rng(7);

export const HISTOGRAM_CASES: { name: string; ref: number[]; cur: number[] }[] = [
  { name: 'a shifted, wider normal', ref: Array.from(normals(11, 4000, 0, 1, 100)), cur: Array.from(normals(12, 3000, 0.4, 1.3, 100)) },
  { name: 'integer ages, outliers beyond the 99th percentile', ref: ages(13, 5000, 42), cur: [...ages(14, 5000, 49), ...Array.from({ length: 20 }, (_, i) => 150 + i * 3)] },
  { name: 'almost every value the same', ref: [...Array<number>(995).fill(0), 1, 2, 3, 4, 5], cur: [...Array<number>(900).fill(0), ...Array.from({ length: 100 }, (_, i) => 1 + (i % 7))] },
  { name: 'negative values, heavy tail', ref: Array.from({ length: 3000 }, () => -50 + 10 * Math.exp(2 * r.normal())), cur: Array.from({ length: 2000 }, () => -60 + 10 * Math.exp(2 * r.normal())) },
  { name: 'one value on both sides', ref: [3.5, 3.5, 3.5], cur: [3.5, 3.5] },
];

/** Per case, per side (reference, current): [share below the first edge, np.histogram shares…, share above the last]. */
export const numpyHistograms = pythonReference<number[][][]>(
  'drift/histogram-numpy',
  `out = []
for c in INPUT:
    e = np.array(c['edges'], float)
    sides = []
    for k in ('ref', 'cur'):
        a = np.array(c[k], float)
        n = len(a)
        inner = [float((a == e[0]).sum()) / n] if len(e) == 2 and e[0] == e[1] else (np.histogram(a, bins=e)[0] / n).tolist()
        sides.append([float((a < e[0]).sum()) / n] + inner + [float((a > e[-1]).sum()) / n])
    out.append(sides)
emit(out)`,
  () => HISTOGRAM_CASES.map((c) => ({ ref: c.ref, cur: c.cur, edges: binEdges(numeric(c.ref), numeric(c.cur)) })),
);
