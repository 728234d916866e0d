import { describe, expect, it } from 'vitest';
import type { NumericDistribution } from '../../../src/domain/drift/distribution.js';
import { measure } from '../../../src/domain/drift/methods.js';
import { profileDistributions } from '../../../src/domain/profile/dataset.js';
import { makeTable, profileRows, roundTrip } from '../profile/fixtures.js';
import { python } from './scipy.js';

const shifts = [0, 0.05, 0.3];
const ref = makeTable(21, 80_000);
const curs = shifts.map((s, i) => makeTable(30 + i, 50_000, s));

const clean = (a: Float64Array): number[] => Array.from(a).filter((x) => !Number.isNaN(x));

describe('profile mode stays within the documented sketch bound of SciPy on the raw data', () => {
  for (const k of [512, 4096]) {
    it(`numeric columns, k=${k}: |KS D − scipy| and |Wasserstein/σ − scipy| within error_bound`, () => {
      const refDist = profileDistributions(roundTrip(profileRows('d', ref, 0, ref.rows, k)));
      const cases = curs.flatMap((cur) => {
        const curDist = profileDistributions(roundTrip(profileRows('d', cur, 0, cur.rows, k)));
        return Object.keys(ref.numeric).map((col) => ({ col, cur, ks: measure('ks', refDist.get(col)!, curDist.get(col)!), w: measure('wasserstein', refDist.get(col)!, curDist.get(col)!) }));
      });
      const theirs = python<[number, number][]>(
        `from scipy.stats import ks_2samp, wasserstein_distance\nout = []\nfor c in INPUT:\n    a = np.array(c['ref']); b = np.array(c['cur'])\n    out.append([float(ks_2samp(a, b).statistic), float(wasserstein_distance(a, b) / a.std())])\nemit(out)`,
        cases.map((c) => ({ ref: clean(ref.numeric[c.col]!), cur: clean(c.cur.numeric[c.col]!) })),
      );
      cases.forEach((c, i) => {
        const [d, w] = theirs[i]!;
        expect(c.ks.errorBound).toBeGreaterThan(0);
        expect(Math.abs(c.ks.score - d), `${c.col} KS`).toBeLessThanOrEqual(c.ks.errorBound!);
        expect(Math.abs(c.w.score - w), `${c.col} W`).toBeLessThanOrEqual(c.w.errorBound!);
      });
      if (k === 4096) {
        // The bound is useful, not vacuous: at k=4096 KS is within 0.5 % and W/σ within 0.05.
        for (const c of cases) {
          expect(c.ks.errorBound!).toBeLessThan(0.005);
          expect(c.w.errorBound!).toBeLessThan(0.05);
        }
      }
    });
  }

  it('the reference std comes from the mergeable moments, exactly (ddof=0)', () => {
    const d = profileDistributions(roundTrip(profileRows('d', ref, 0, ref.rows, 512))).get('score') as NumericDistribution;
    const std = python<number>(`emit(float(np.array(INPUT).std()))`, clean(ref.numeric.score!));
    expect(Math.abs(d.std - std) / std).toBeLessThanOrEqual(1e-12);
  });

  it('categorical columns (top-k exact): JS and χ² equal SciPy to 1e-6', () => {
    const refDist = profileDistributions(roundTrip(profileRows('d', ref, 0, ref.rows)));
    const cases = curs.flatMap((cur) => {
      const curDist = profileDistributions(roundTrip(profileRows('d', cur, 0, cur.rows)));
      return Object.keys(ref.categorical).map((col) => ({ col, cur, js: measure('jensen_shannon', refDist.get(col)!, curDist.get(col)!), chi: measure('chi2', refDist.get(col)!, curDist.get(col)!) }));
    });
    const theirs = python<[number, number, number, number][]>(
      `from scipy.spatial.distance import jensenshannon\nfrom scipy.stats import chisquare\nout = []\nfor c in INPUT:\n    cats = sorted(set(x for x in c['ref'] + c['cur'] if x is not None))\n    r = np.array([sum(1 for x in c['ref'] if x == k) for k in cats], float)\n    o = np.array([sum(1 for x in c['cur'] if x == k) for k in cats], float)\n    e = o.sum() * (r + 0.5) / (r.sum() + 0.5 * len(r))\n    s = chisquare(o, e)\n    out.append([float(jensenshannon(r, o, base=2)), float(s.statistic), float(s.pvalue), float(np.sqrt(s.statistic / o.sum()))])\nemit(out)`,
      cases.map((c) => ({ ref: ref.categorical[c.col], cur: c.cur.categorical[c.col] })),
    );
    cases.forEach((c, i) => {
      const [js, stat, p, w] = theirs[i]!;
      expect(c.js.errorBound).toBeUndefined();
      expect(Math.abs(c.js.score - js)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(c.chi.statistic! - stat)).toBeLessThanOrEqual(1e-6 * Math.max(1, stat));
      // The score is the effect size Cohen's w = √(χ²/n) over the current non-null count.
      expect(Math.abs(c.chi.score - w)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(c.chi.pValue! - p)).toBeLessThanOrEqual(1e-6);
    });
  });
});
