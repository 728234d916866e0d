/** The NumPy reference of merge.test.ts (see test/references/reference.ts). */
import { pythonReference } from '../../references/reference.js';
import { makeTable } from './fixtures.js';

export const ROWS = 120_000;
export const table = makeTable(11, ROWS);

/** Per numeric column (nulls dropped): count, min, max, mean, variance (ddof=0). */
export const numpyMoments = pythonReference<Record<string, [number, number, number, number, number]>>(
  'profile/numpy-moments',
  `out = {}\nfor k, v in INPUT.items():\n    a = np.array([np.nan if x is None else x for x in v], float); a = a[~np.isnan(a)]\n    out[k] = [int(a.size), float(a.min()), float(a.max()), float(a.mean()), float(a.var())]\nemit(out)`,
  () => Object.fromEntries(Object.entries(table.numeric).map(([k, v]) => [k, Array.from(v, (x) => (Number.isNaN(x) ? null : x))])),
);
