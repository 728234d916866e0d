/** SciPy/NumPy references of profile-mode.test.ts: the raw data the profiles summarise (see test/references/reference.ts). */
import { pythonReference } from '../../references/reference.js';
import { makeTable } from '../profile/fixtures.js';

const shifts = [0, 0.05, 0.3];
export const refTable = makeTable(21, 80_000);
export const curTables = shifts.map((s, i) => makeTable(30 + i, 50_000, s));

const clean = (a: Float64Array): number[] => Array.from(a).filter((x) => !Number.isNaN(x));

/** KS D and Wasserstein/σ of every numeric column, for each current table in turn. */
export const numericRaw = pythonReference<[number, number][]>(
  'drift/profile-mode-numeric',
  `from scipy.stats import ks_2samp, wasserstein_distance\nout = []\nfor c in INPUT:\n    a = np.array(c['ref']); b = np.array(c['cur'])\n    out.append([float(ks_2samp(a, b).statistic), float(wasserstein_distance(a, b) / a.std())])\nemit(out)`,
  () => curTables.flatMap((cur) => Object.keys(refTable.numeric).map((col) => ({ ref: clean(refTable.numeric[col]!), cur: clean(cur.numeric[col]!) }))),
);

export const referenceStd = pythonReference<number>('drift/profile-mode-std', `emit(float(np.array(INPUT).std()))`, () => clean(refTable.numeric.score!));

/** Jensen–Shannon, χ² statistic and p-value of every categorical column, for each current table in turn. */
export const categoricalRaw = pythonReference<[number, number, number, number][]>(
  'drift/profile-mode-categorical',
  `from scipy.spatial.distance import jensenshannon\nfrom scipy.stats import chisquare\nout = []\nfor c in INPUT:\n    cats = sorted(set(x for x in c['ref'] + c['cur'] if x is not None))\n    r = np.array([sum(1 for x in c['ref'] if x == k) for k in cats], float)\n    o = np.array([sum(1 for x in c['cur'] if x == k) for k in cats], float)\n    e = o.sum() * (r + 0.5) / (r.sum() + 0.5 * len(r))\n    s = chisquare(o, e)\n    out.append([float(jensenshannon(r, o, base=2)), float(s.statistic), float(s.pvalue), float(np.sqrt(s.statistic / o.sum()))])\nemit(out)`,
  () => curTables.flatMap((cur) => Object.keys(refTable.categorical).map((col) => ({ ref: refTable.categorical[col], cur: cur.categorical[col] }))),
);
