import { describe, expect, it } from 'vitest';
import type { NumericDistribution } from '../../../src/domain/drift/distribution.js';
import { measure } from '../../../src/domain/drift/methods.js';
import { profileDistributions } from '../../../src/domain/profile/dataset.js';
import { profileRows, roundTrip } from '../profile/fixtures.js';
import { referenceOutput } from '../../references/reference.js';
import { categoricalRaw, curTables as curs, numericRaw, refTable as ref, referenceStd } from './profile-mode.references.js';

describe('profile mode stays within the documented sketch bound of SciPy on the raw data', () => {
  for (const k of [512, 4096]) {
    it(`numeric columns, k=${k}: |KS D − scipy| and |Wasserstein/σ − scipy| within error_bound`, () => {
      const refDist = profileDistributions(roundTrip(profileRows('d', ref, 0, ref.rows, k)));
      const cases = curs.flatMap((cur) => {
        const curDist = profileDistributions(roundTrip(profileRows('d', cur, 0, cur.rows, k)));
        return Object.keys(ref.numeric).map((col) => ({ col, cur, ks: measure('ks', refDist.get(col)!, curDist.get(col)!), w: measure('wasserstein', refDist.get(col)!, curDist.get(col)!) }));
      });
      const theirs = referenceOutput(numericRaw);
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
    const std = referenceOutput(referenceStd);
    expect(Math.abs(d.std - std) / std).toBeLessThanOrEqual(1e-12);
  });

  it('categorical columns (top-k exact): JS and χ² equal SciPy to 1e-6', () => {
    const refDist = profileDistributions(roundTrip(profileRows('d', ref, 0, ref.rows)));
    const cases = curs.flatMap((cur) => {
      const curDist = profileDistributions(roundTrip(profileRows('d', cur, 0, cur.rows)));
      return Object.keys(ref.categorical).map((col) => ({ col, cur, js: measure('jensen_shannon', refDist.get(col)!, curDist.get(col)!), chi: measure('chi2', refDist.get(col)!, curDist.get(col)!) }));
    });
    const theirs = referenceOutput(categoricalRaw);
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
