import { describe, expect, it } from 'vitest';
import type { GateConfig } from '../../../src/domain/config/schema.js';
import { evaluateGates, type SignificanceOutcome } from '../../../src/domain/gate/evaluate.js';
import { flattenMetrics } from '../../../src/domain/gate/metric-set.js';
import type { MetricStatus, Verdict } from '../../../src/domain/results.js';

interface Case {
  name: string;
  candidate: unknown;
  /** undefined: first release, no baseline. */
  baseline?: unknown;
  gates: Record<string, GateConfig>;
  significance?: Record<string, SignificanceOutcome>;
  verdict: Verdict;
  /** Expected status per metric row (only the rows named). */
  statuses?: Record<string, MetricStatus>;
  /** Substrings the reason of a row must contain. */
  reasons?: Record<string, string[]>;
}

const sig = (ci: [number, number], p: number, method: SignificanceOutcome['method'] = 'bootstrap'): SignificanceOutcome => ({ method, ci, p_value: p, n: 1000 });

// Each case states why its verdict is what it is.
const cases: Case[] = [
  // --- direction: higher is better (inferred) ---
  // accuracy rose: an improvement can never breach max_regression.
  { name: 'higher metric improves', candidate: { accuracy: 0.92 }, baseline: { accuracy: 0.9 }, gates: { accuracy: { max_regression: 0.01 } }, verdict: 'pass', statuses: { accuracy: 'pass' } },
  // 0.895 is 0.005 below 0.9, inside the 0.01 tolerance.
  { name: 'higher metric regresses within margin', candidate: { accuracy: 0.895 }, baseline: { accuracy: 0.9 }, gates: { accuracy: { max_regression: 0.01 } }, verdict: 'pass' },
  // 0.88 is 0.02 below 0.9: tolerance 0.01, missed by 0.01.
  {
    name: 'higher metric regresses beyond margin',
    candidate: { accuracy: 0.88 },
    baseline: { accuracy: 0.9 },
    gates: { accuracy: { max_regression: 0.01 } },
    verdict: 'fail',
    reasons: { accuracy: ['candidate 0.88', 'baseline (production v1) 0.9', 'by 0.02', 'allows 0.01', 'missed by 0.01'] },
  },
  // Exactly on the margin (0.91 − 0.01 = 0.9 despite float noise) passes: the bound is inclusive.
  { name: 'regression exactly at margin passes', candidate: { accuracy: 0.9 }, baseline: { accuracy: 0.91 }, gates: { accuracy: { max_regression: 0.01 } }, verdict: 'pass' },
  // max_regression 0 forbids any worsening: 0.8999 < 0.9.
  { name: 'zero margin forbids any regression', candidate: { accuracy: 0.8999 }, baseline: { accuracy: 0.9 }, gates: { accuracy: { max_regression: 0 } }, verdict: 'fail' },
  // --- direction: lower is better ---
  // "loss" is inferred lower-is-better; 0.30 → 0.35 is a worsening of 0.05 > 0.01.
  { name: 'inferred lower: loss rising fails', candidate: { loss: 0.35 }, baseline: { loss: 0.3 }, gates: { loss: { max_regression: 0.01 } }, verdict: 'fail', reasons: { loss: ['above the baseline'] } },
  // A falling loss is an improvement for a lower-is-better metric.
  { name: 'inferred lower: loss falling passes', candidate: { loss: 0.25 }, baseline: { loss: 0.3 }, gates: { loss: { max_regression: 0.01 } }, verdict: 'pass' },
  // latency_p95_ms: the token "latency" makes it lower; +5% is within a 10% relative margin of 200 (20ms).
  { name: 'relative margin on latency within', candidate: { latency_p95_ms: 210 }, baseline: { latency_p95_ms: 200 }, gates: { latency_p95_ms: { max_regression: '10%' } }, verdict: 'pass' },
  // 230 vs 200 is +30ms; 10% of 200 allows 20ms, missed by 10.
  {
    name: 'relative margin on latency beyond',
    candidate: { latency_p95_ms: 230 },
    baseline: { latency_p95_ms: 200 },
    gates: { latency_p95_ms: { direction: 'lower', max_regression: '10%' } },
    verdict: 'fail',
    reasons: { latency_p95_ms: ['allows 20 (10% of 200)', 'missed by 10'] },
  },
  // An explicit direction overrides inference: "score_time" would infer lower, but the user says higher, so a drop fails.
  { name: 'explicit direction overrides inference', candidate: { score_time: 5 }, baseline: { score_time: 10 }, gates: { score_time: { direction: 'higher', max_regression: 1 } }, verdict: 'fail' },
  // Same numbers with inference (lower): dropping from 10 to 5 is an improvement.
  { name: 'inferred direction for time is lower', candidate: { score_time: 5 }, baseline: { score_time: 10 }, gates: { score_time: { max_regression: 1 } }, verdict: 'pass' },
  // rmse is lower-is-better: 1.0 → 1.1 is 10% worse, 2% allowed.
  { name: 'rmse relative regression', candidate: { rmse: 1.1 }, baseline: { rmse: 1.0 }, gates: { rmse: { max_regression: '2%' } }, verdict: 'fail' },
  // f1: 2% of 0.8 = 0.016 allowed; 0.79 is 0.01 below.
  { name: 'f1 relative margin within', candidate: { f1: 0.79 }, baseline: { f1: 0.8 }, gates: { f1: { max_regression: '2%' } }, verdict: 'pass' },
  // Same absolute miss but absolute margin 0.005: 0.01 > 0.005 fails — relative vs absolute differ.
  { name: 'f1 absolute margin beyond', candidate: { f1: 0.79 }, baseline: { f1: 0.8 }, gates: { f1: { max_regression: 0.005 } }, verdict: 'fail' },
  // Relative margin of a zero baseline is zero: any worsening fails.
  { name: 'relative margin with zero baseline', candidate: { error_rate: 0.001 }, baseline: { error_rate: 0 }, gates: { error_rate: { max_regression: '50%' } }, verdict: 'fail' },
  // --- absolute bounds ---
  // min 0.80: 0.78 is below by 0.02.
  { name: 'below min fails', candidate: { accuracy: 0.78 }, baseline: { accuracy: 0.78 }, gates: { accuracy: { min: 0.8 } }, verdict: 'fail', reasons: { accuracy: ['below min 0.8 by 0.02'] } },
  // min is inclusive.
  { name: 'exactly min passes', candidate: { accuracy: 0.8 }, gates: { accuracy: { min: 0.8 } }, verdict: 'pass' },
  // max 250 on latency: 260 exceeds by 10.
  { name: 'above max fails', candidate: { latency_ms: 260 }, gates: { latency_ms: { max: 250 } }, verdict: 'fail', reasons: { latency_ms: ['above max 250 by 10'] } },
  // Bound passes but the regression gate fails: both are applied, any failure fails.
  { name: 'bound passes, regression fails', candidate: { accuracy: 0.85 }, baseline: { accuracy: 0.9 }, gates: { accuracy: { min: 0.8, max_regression: 0.01 } }, verdict: 'fail' },
  // --- min_improvement ---
  // min_improvement 0: equal is enough ("must not get worse").
  { name: 'min_improvement 0 with equal value', candidate: { auc: 0.9 }, baseline: { auc: 0.9 }, gates: { auc: { min_improvement: 0 } }, verdict: 'pass' },
  // Must improve by 0.01; improved by 0.005 → missed by 0.005.
  {
    name: 'min_improvement not reached',
    candidate: { auc: 0.905 },
    baseline: { auc: 0.9 },
    gates: { auc: { min_improvement: 0.01 } },
    verdict: 'fail',
    reasons: { auc: ['improves on the baseline (production v1) 0.9 by 0.005', 'requires 0.01', 'missed by 0.005'] },
  },
  // Must improve by 1% of 0.5 = 0.005 on a lower-is-better loss: 0.5 → 0.49 improves by 0.01.
  { name: 'relative min_improvement on lower metric', candidate: { log_loss: 0.49 }, baseline: { log_loss: 0.5 }, gates: { log_loss: { min_improvement: '1%' } }, verdict: 'pass' },
  // A negative relative min_improvement tolerates a worsening: −5% of 0.8 = −0.04; 0.78 is 0.02 worse, allowed.
  { name: 'negative relative min_improvement tolerates', candidate: { f1: 0.78 }, baseline: { f1: 0.8 }, gates: { f1: { min_improvement: '-5%' } }, verdict: 'pass' },
  // --- severity ---
  // The same regression as a failing case, but severity warn: verdict warn, exit 0.
  { name: 'warn severity downgrades failure', candidate: { auc: 0.85 }, baseline: { auc: 0.9 }, gates: { auc: { max_regression: 0.01, severity: 'warn' } }, verdict: 'warn', statuses: { auc: 'warn' } },
  // One warn and one error failure: the error decides (fail beats warn).
  {
    name: 'error beats warn',
    candidate: { auc: 0.85, accuracy: 0.7 },
    baseline: { auc: 0.9, accuracy: 0.9 },
    gates: { auc: { max_regression: 0.01, severity: 'warn' }, accuracy: { min: 0.8 } },
    verdict: 'fail',
    statuses: { auc: 'warn', accuracy: 'fail' },
  },
  // --- missing metrics ---
  // A gated metric absent from the candidate fails by default (required defaults to true).
  { name: 'missing required metric fails', candidate: { accuracy: 0.9 }, baseline: { accuracy: 0.9, f1: 0.8 }, gates: { f1: { max_regression: 0.01 } }, verdict: 'fail', reasons: { f1: ['missing from the candidate', 'has 0.8'] } },
  // required: false turns a missing metric into a skipped row, not a failure.
  { name: 'missing optional metric skipped', candidate: { accuracy: 0.9 }, gates: { f1: { min: 0.5, required: false } }, verdict: 'pass', statuses: { f1: 'skipped' } },
  // Missing metric with severity warn: warns instead of failing.
  { name: 'missing metric with warn severity', candidate: {}, gates: { f1: { min: 0.5, severity: 'warn' } }, verdict: 'warn', statuses: { f1: 'warn' } },
  // The baseline lacks the metric (new metric): regression gates cannot apply; bounds still do.
  { name: 'metric new in candidate', candidate: { recall: 0.7 }, baseline: { accuracy: 0.9 }, gates: { recall: { min: 0.6, max_regression: 0.01 } }, verdict: 'pass', reasons: { recall: ['has no recall (new metric)'] } },
  // A new metric with only a regression gate cannot be gated: skipped, said plainly.
  { name: 'new metric with only regression gate skipped', candidate: { recall: 0.7 }, baseline: { accuracy: 0.9 }, gates: { recall: { max_regression: 0.01 } }, verdict: 'pass', statuses: { recall: 'skipped' } },
  // --- NaN / Infinity / non-numbers ---
  // A NaN candidate fails: the evaluation produced no valid value.
  { name: 'NaN candidate fails', candidate: { accuracy: Number.NaN }, baseline: { accuracy: 0.9 }, gates: { accuracy: { max_regression: 0.01 } }, verdict: 'fail', reasons: { accuracy: ['NaN'] } },
  // "NaN" text (as some exporters write) is read as NaN, and fails the same way.
  { name: 'NaN as text fails', candidate: { accuracy: 'NaN' }, gates: { accuracy: { min: 0.5 } }, verdict: 'fail' },
  // A NaN baseline cannot be regressed against; the bound still applies and passes.
  { name: 'NaN baseline skips regression', candidate: { accuracy: 0.9 }, baseline: { accuracy: Number.NaN }, gates: { accuracy: { min: 0.8, max_regression: 0.01 } }, verdict: 'pass', reasons: { accuracy: ['is NaN'] } },
  // An infinite loss is above any max.
  { name: 'Infinity loss above max', candidate: { loss: Number.POSITIVE_INFINITY }, gates: { loss: { max: 10 } }, verdict: 'fail' },
  // An infinite loss against a finite baseline is an infinite regression.
  { name: 'Infinity loss regression', candidate: { loss: Number.POSITIVE_INFINITY }, baseline: { loss: 0.3 }, gates: { loss: { max_regression: '50%' } }, verdict: 'fail', reasons: { loss: ['infinite'] } },
  // +Infinity accuracy passes min and max_regression arithmetically, but an infinite improvement is no credible measurement: it fails like NaN.
  {
    name: 'Infinity accuracy fails min and max_regression',
    candidate: { accuracy: Number.POSITIVE_INFINITY },
    baseline: { accuracy: 0.9 },
    gates: { accuracy: { min: 0.8, max_regression: 0.01 } },
    verdict: 'fail',
    statuses: { accuracy: 'fail' },
    reasons: { accuracy: ['candidate is Infinity', 'infinite improvement of a higher-is-better metric', 'fails the gate like NaN'] },
  },
  // Same for a bound alone (no baseline): +Infinity is above any min, yet fails.
  { name: 'Infinity accuracy fails a lone min', candidate: { accuracy: Number.POSITIVE_INFINITY }, gates: { accuracy: { min: 0.8 } }, verdict: 'fail', reasons: { accuracy: ['not a credible measurement'] } },
  // An infinite improvement does not meet min_improvement either.
  { name: 'Infinity f1 fails min_improvement', candidate: { f1: Number.POSITIVE_INFINITY }, baseline: { f1: 0.7 }, gates: { f1: { min_improvement: 0.05 } }, verdict: 'fail', reasons: { f1: ['infinite improvement'] } },
  // −Infinity accuracy is infinitely worse: below min.
  { name: '-Infinity accuracy fails min', candidate: { accuracy: Number.NEGATIVE_INFINITY }, gates: { accuracy: { min: 0.8 } }, verdict: 'fail', reasons: { accuracy: ['candidate is -Infinity', 'infinitely worse for a higher-is-better metric'] } },
  // −Infinity loss is an infinite improvement of a lower-is-better metric: under max, yet fails.
  { name: '-Infinity loss fails max', candidate: { loss: Number.NEGATIVE_INFINITY }, baseline: { loss: 0.3 }, gates: { loss: { max: 0.5, max_regression: 0.01 } }, verdict: 'fail', reasons: { loss: ['infinite improvement of a lower-is-better metric'] } },
  // An infinite candidate fails even a gate that only reports (like NaN does).
  { name: 'Infinity fails a direction-only gate', candidate: { accuracy: Number.POSITIVE_INFINITY }, gates: { accuracy: { direction: 'higher' } }, verdict: 'fail' },
  // warn severity: an infinite candidate warns instead of failing.
  { name: 'Infinity with warn severity warns', candidate: { accuracy: Number.POSITIVE_INFINITY }, gates: { accuracy: { min: 0.8, severity: 'warn' } }, verdict: 'warn', statuses: { accuracy: 'warn' } },
  // An infinite baseline is no measurement to regress against: relative gates are not applied (said), bounds still are.
  { name: 'Infinity baseline skips regression', candidate: { accuracy: 0.85 }, baseline: { accuracy: Number.POSITIVE_INFINITY }, gates: { accuracy: { min: 0.8, max_regression: 0.01 } }, verdict: 'pass', reasons: { accuracy: ['is Infinity, not a finite measurement: regression gates not applied'] } },
  // With only a relative gate and a −Infinity baseline, the row is skipped, not passed.
  { name: '-Infinity baseline with only a relative gate is skipped', candidate: { f1: 0.5 }, baseline: { f1: Number.NEGATIVE_INFINITY }, gates: { f1: { min_improvement: 0.01 } }, verdict: 'pass', statuses: { f1: 'skipped' } },
  // A null metric is not a number: a required gate on it fails and says what was found.
  { name: 'null candidate fails', candidate: { accuracy: null }, gates: { accuracy: { min: 0.5 } }, verdict: 'fail', reasons: { accuracy: ['null, not a number'] } },
  // Text that is not a number fails with the value quoted.
  { name: 'text candidate fails', candidate: { accuracy: 'high' }, gates: { accuracy: { min: 0.5 } }, verdict: 'fail', reasons: { accuracy: ['"high"'] } },
  // --- first release ---
  // No baseline: regression gates do not apply; no bounds configured → skipped, verdict can pass.
  { name: 'first release: regression gate skipped', candidate: { accuracy: 0.5 }, gates: { accuracy: { max_regression: 0.01 } }, verdict: 'pass', statuses: { accuracy: 'skipped' }, reasons: { accuracy: ['no production baseline yet'] } },
  // No baseline: absolute bounds still apply and fail when missed.
  { name: 'first release: bounds still apply', candidate: { accuracy: 0.5 }, gates: { accuracy: { min: 0.8, max_regression: 0.01 } }, verdict: 'fail', reasons: { accuracy: ['below min 0.8', 'no production baseline yet'] } },
  // No baseline, bounds met: pass.
  { name: 'first release: bounds met', candidate: { accuracy: 0.85 }, gates: { accuracy: { min: 0.8, max_regression: 0.01 } }, verdict: 'pass', statuses: { accuracy: 'pass' } },
  // --- glob patterns and slices ---
  // slices.*.accuracy gates each slice; eu regresses by 0.05 > 0.03.
  {
    name: 'slice pattern: one slice regresses',
    candidate: { slices: { eu: { accuracy: 0.8, support: 500 }, us: { accuracy: 0.9, support: 900 } } },
    baseline: { slices: { eu: { accuracy: 0.85, support: 480 }, us: { accuracy: 0.9, support: 880 } } },
    gates: { 'slices.*.accuracy': { max_regression: 0.03, min_support: 200 } },
    verdict: 'fail',
    statuses: { 'slices.eu.accuracy': 'fail', 'slices.us.accuracy': 'pass' },
  },
  // The regressing slice has 150 examples < min_support 200: skipped and said so, verdict passes.
  {
    name: 'slice below min_support skipped',
    candidate: { slices: { eu: { accuracy: 0.5, support: 150 }, us: { accuracy: 0.9, support: 900 } } },
    baseline: { slices: { eu: { accuracy: 0.85 }, us: { accuracy: 0.9 } } },
    gates: { 'slices.*.accuracy': { max_regression: 0.03, min_support: 200 } },
    verdict: 'pass',
    statuses: { 'slices.eu.accuracy': 'skipped' },
    reasons: { 'slices.eu.accuracy': ['support 150 is below min_support 200'] },
  },
  // Support given as `n` also counts; exactly at min_support is enough.
  {
    name: 'slice support via n at threshold',
    candidate: { slices: { eu: { accuracy: 0.5, n: 200 } } },
    baseline: { slices: { eu: { accuracy: 0.85 } } },
    gates: { 'slices.*.accuracy': { max_regression: 0.03, min_support: 200 } },
    verdict: 'fail',
  },
  // A slice that disappeared from the candidate but exists in the baseline is a missing required metric.
  {
    name: 'slice missing from candidate',
    candidate: { slices: { us: { accuracy: 0.9, support: 900 } } },
    baseline: { slices: { eu: { accuracy: 0.85, support: 500 }, us: { accuracy: 0.9 } } },
    gates: { 'slices.*.accuracy': { max_regression: 0.03 } },
    verdict: 'fail',
    statuses: { 'slices.eu.accuracy': 'fail' },
  },
  // A pattern that matches nothing is a misconfigured gate: fail (required by default).
  { name: 'pattern matching nothing fails', candidate: { accuracy: 0.9 }, gates: { 'slices.*.accuracy': { max_regression: 0.03 } }, verdict: 'fail', reasons: { 'slices.*.accuracy': ['no metric'] } },
  // The exact key beats the pattern for the same metric: accuracy uses min 0.8 (met), not the pattern's min 0.95.
  { name: 'exact key beats pattern', candidate: { accuracy: 0.9, f1: 0.96 }, gates: { '*': { min: 0.95 }, accuracy: { min: 0.8 } }, verdict: 'pass' },
  // `*` does not cross dots: `*.accuracy` does not match `slices.eu.accuracy`, so the low slice is ungated.
  { name: 'single star stays in one segment', candidate: { val: { accuracy: 0.9 }, slices: { eu: { accuracy: 0.1 } } }, gates: { '*.accuracy': { min: 0.8 } }, verdict: 'pass' },
  // `**` crosses dots and catches the low slice.
  { name: 'double star crosses segments', candidate: { val: { accuracy: 0.9 }, slices: { eu: { accuracy: 0.1 } } }, gates: { '**.accuracy': { min: 0.8 } }, verdict: 'fail', statuses: { 'slices.eu.accuracy': 'fail' } },
  // --- significance ---
  // Point estimate misses (−0.02 vs 0.01 allowed) but the interval [−0.03, −0.015] is entirely beyond −0.01 and p < alpha: significant fail.
  { name: 'significant regression fails', candidate: { accuracy: 0.88 }, baseline: { accuracy: 0.9 }, gates: { accuracy: { max_regression: 0.01 } }, significance: { accuracy: sig([-0.03, -0.015], 0.001, 'mcnemar') }, verdict: 'fail', reasons: { accuracy: ['significant', 'mcnemar'] } },
  // The interval [−0.05, 0.01] straddles −0.01: wider than the margin, inconclusive (counts as warn by default).
  { name: 'wide interval inconclusive', candidate: { accuracy: 0.88 }, baseline: { accuracy: 0.9 }, gates: { accuracy: { max_regression: 0.01 } }, significance: { accuracy: sig([-0.05, 0.01], 0.3) }, verdict: 'warn', statuses: { accuracy: 'inconclusive' } },
  // Same, with inconclusive: error — an inconclusive gate fails the verdict.
  { name: 'inconclusive as error', candidate: { accuracy: 0.88 }, baseline: { accuracy: 0.9 }, gates: { accuracy: { max_regression: 0.01, inconclusive: 'error' } }, significance: { accuracy: sig([-0.05, 0.01], 0.3) }, verdict: 'fail', statuses: { accuracy: 'inconclusive' } },
  // The point estimate misses the margin (−0.02) but the interval [−0.04, −0.012] is beyond the margin while the Holm-adjusted p 0.2 ≥ alpha: not significant → inconclusive.
  { name: 'beyond margin but not significant', candidate: { accuracy: 0.88 }, baseline: { accuracy: 0.9 }, gates: { accuracy: { max_regression: 0.01 } }, significance: { accuracy: sig([-0.04, -0.012], 0.2) }, verdict: 'warn', statuses: { accuracy: 'inconclusive' } },
  // Interval [−0.005, 0.02] lies above −0.01 entirely: pass.
  { name: 'interval clears margin', candidate: { accuracy: 0.905 }, baseline: { accuracy: 0.9 }, gates: { accuracy: { max_regression: 0.01 } }, significance: { accuracy: sig([-0.005, 0.02], 0.4) }, verdict: 'pass' },
  // Lower-is-better: the interval of candidate−baseline log loss [0.02, 0.05] is a worsening beyond 0.01, significant.
  { name: 'significant regression on lower metric', candidate: { log_loss: 0.53 }, baseline: { log_loss: 0.5 }, gates: { log_loss: { max_regression: 0.01 } }, significance: { log_loss: sig([0.02, 0.05], 0.0001, 'permutation') }, verdict: 'fail' },
  // A significant regression beyond the bound still fails even with the bound as warn? No: severity warn → warn.
  { name: 'significant regression with warn severity', candidate: { auc: 0.85 }, baseline: { auc: 0.9 }, gates: { auc: { max_regression: 0.01, severity: 'warn' } }, significance: { auc: sig([-0.07, -0.03], 0.001) }, verdict: 'warn', statuses: { auc: 'warn' } },
  // min_improvement 0.01 with interval [0.0, 0.005]: confidently short of the required improvement → fail (no p needed: t > 0).
  { name: 'improvement confidently short', candidate: { auc: 0.9025 }, baseline: { auc: 0.9 }, gates: { auc: { min_improvement: 0.01 } }, significance: { auc: sig([0, 0.005], 0.5) }, verdict: 'fail' },
  // Bounds stay point checks under significance: 0.7 < min 0.8 fails whatever the interval says.
  { name: 'bound failure under significance', candidate: { accuracy: 0.7 }, baseline: { accuracy: 0.7 }, gates: { accuracy: { min: 0.8, max_regression: 0.01 } }, significance: { accuracy: sig([-0.005, 0.005], 1) }, verdict: 'fail' },
  // --- reporting only ---
  // A gate with only a direction reports the metric without gating it.
  { name: 'direction-only gate reports', candidate: { accuracy: 0.1 }, baseline: { accuracy: 0.9 }, gates: { accuracy: { direction: 'higher' } }, verdict: 'pass', statuses: { accuracy: 'skipped' } },
  // No gates: nothing to fail.
  { name: 'no gates passes', candidate: { accuracy: 0.1 }, gates: {}, verdict: 'pass' },
];

describe('gate decisions (table)', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  it.each(cases)('$name', (c) => {
    const out = evaluateGates({
      model: 'churn',
      candidate: flattenMetrics(c.candidate),
      baseline: c.baseline === undefined ? undefined : { metrics: flattenMetrics(c.baseline), source: 'production', version: 'v1' },
      baselineSource: 'production',
      gates: c.gates,
      significance: c.significance ? new Map(Object.entries(c.significance)) : undefined,
      alpha: 0.05,
    });
    const rows = new Map(out.result.metrics.map((m) => [m.name, m]));
    expect(out.result.verdict, JSON.stringify(out.result.metrics, null, 1)).toBe(c.verdict);
    for (const [name, status] of Object.entries(c.statuses ?? {})) expect(rows.get(name)?.status, name).toBe(status);
    for (const [name, parts] of Object.entries(c.reasons ?? {})) for (const part of parts) expect(rows.get(name)?.reason, name).toContain(part);
    // Failure lines exist exactly for the rows that fail or warn.
    const flagged = out.result.metrics.filter((m) => m.status === 'fail' || m.status === 'warn' || m.status === 'inconclusive').length;
    expect(out.failureLines.length).toBe(flagged);
  });
});

describe('non-finite values in the result rows', () => {
  const row = (candidate: number, baseline: number) =>
    evaluateGates({ model: 'm', candidate: flattenMetrics({ x: candidate }), baseline: { metrics: flattenMetrics({ x: baseline }), source: 'production' }, baselineSource: 'production', gates: { x: { min: 0 } } }).result.metrics[0]!;
  it('keeps ±Infinity as values instead of null', () => {
    expect(row(Number.POSITIVE_INFINITY, 0.9)).toMatchObject({ candidate: Number.POSITIVE_INFINITY, baseline: 0.9, delta: Number.POSITIVE_INFINITY, relative_delta: null, status: 'fail' });
    expect(row(Number.NEGATIVE_INFINITY, 0.9)).toMatchObject({ candidate: Number.NEGATIVE_INFINITY, delta: Number.NEGATIVE_INFINITY, status: 'fail' });
    expect(row(0.5, Number.NEGATIVE_INFINITY)).toMatchObject({ candidate: 0.5, baseline: Number.NEGATIVE_INFINITY, delta: Number.POSITIVE_INFINITY, status: 'pass' });
  });
  it('keeps NaN, and an undefined difference (∞ − ∞) is null', () => {
    expect(row(Number.NaN, 0.9)).toMatchObject({ baseline: 0.9, delta: null, status: 'fail' });
    expect(row(Number.NaN, 0.9).candidate).toBeNaN();
    expect(row(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toMatchObject({ candidate: Number.POSITIVE_INFINITY, baseline: Number.POSITIVE_INFINITY, delta: null });
  });
});
