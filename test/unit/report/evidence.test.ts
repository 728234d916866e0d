import { describe, expect, it } from 'vitest';
import { evidenceNeeded, evidenceSentence, shortReason } from '../../../src/domain/report/evidence.js';
import type { MetricResult } from '../../../src/domain/results.js';

const metric = (m: Partial<MetricResult>): MetricResult => ({ name: 'accuracy', direction: 'higher', baseline: 0.9, candidate: 0.9, delta: 0, relative_delta: 0, gate: '', status: 'pass', reason: '', ...m });

describe('how much evidence would decide an inconclusive metric', () => {
  it('n_needed ≈ n·(half-width / distance to the margin)²', () => {
    // Interval [−0.0215, +0.0095]: half-width 0.0155 around −0.006; the margin −0.01 is 0.004 away.
    const m = metric({ status: 'inconclusive', ci: [-0.0215, 0.0095], significance: { test: 'mcnemar', level: 0.95, n: 1200, p_adjustment: 'holm', margin: -0.01 } });
    const e = evidenceNeeded(m)!;
    expect(e.detectable).toBeCloseTo(0.0155, 10);
    const exact = 1200 * (0.0155 / 0.004) ** 2 - 1200;
    expect(e.moreExamples!).toBeGreaterThanOrEqual(exact);
    expect(e.moreExamples!).toBeLessThan(exact * 1.1);
    expect(shortReason(m)).toBe(`≈ ${e.moreExamples!.toLocaleString('en-US')} more examples would decide`);
    expect(evidenceSentence(m)).toMatch(/^with n = 1,200 the smallest difference this evaluation set can detect is about ±0\.0155; roughly [\d,]+ more paired examples \(n ≈ [\d,]+\) would decide it$/);
  });

  it('an estimate on the margin: no number of examples is promised', () => {
    const m = metric({ status: 'inconclusive', ci: [-0.02, 0], significance: { test: 'permutation', level: 0.95, n: 500, p_adjustment: 'holm', margin: -0.01 } });
    expect(evidenceNeeded(m)!.moreExamples).toBeUndefined();
    expect(evidenceSentence(m)).toMatch(/sits on the margin/);
  });

  it('an interval beyond the margin whose Holm-adjusted p-value is not significant says exactly that', () => {
    const m = metric({ status: 'inconclusive', ci: [-0.0132, -0.0012], p_value: 0.098, significance: { test: 'permutation', level: 0.95, n: 4000, p_adjustment: 'holm', margin: 0 } });
    expect(shortReason(m)).toBe('significant only before Holm');
    expect(evidenceSentence(m)).toMatch(/unadjusted 95% interval excludes the margin ±0, but after the Holm correction/);
  });

  it('reasons of the gate, in a few words', () => {
    expect(shortReason(metric({ status: 'fail', reason: 'candidate 0.861 is below the baseline (production 1.4.0) 0.897 by 0.036; max_regression allows 0.03, missed by 0.006' }))).toBe('worse by 0.036, allows 0.03');
    expect(shortReason(metric({ status: 'fail', reason: 'candidate 0.7 is below min 0.8 by 0.1' }))).toBe('below min 0.8');
    expect(shortReason(metric({ status: 'skipped', reason: 'support 40 is below min_support 60: too few examples to gate' }))).toBe('support 40 < 60');
    expect(shortReason(metric({ status: 'pass', reason: 'within the gate' }))).toBe('');
  });
});
