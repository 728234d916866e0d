import { describe, expect, it } from 'vitest';
import { datasetFindings, liveWording, metricFindings, metricMeasures, monitorVerdict } from '../../../src/domain/monitor/verdict.js';
import type { CheckResult, ComparisonResult, DatasetResult, DriftResult, MetricResult } from '../../../src/domain/results.js';

const check = (status: CheckResult['status'], severity: CheckResult['severity'], column = 'age'): CheckResult => ({ column, check: 'range', severity, status, observed: 1, expected: 2, failing: status === 'pass' ? 0 : 3, fraction: 0.1, examples: [] });
const drift = (column: string, status: DriftResult['status'], score = 0.3, message?: string): DriftResult => ({ column, method: 'psi', score, threshold: 0.2, status, ...(message ? { message } : {}) });
const dataset = (checks: CheckResult[], driftResults: DriftResult[] = []): DatasetResult => ({ name: 'train', rows: 100, checks, drift: driftResults });
const metric = (name: string, status: MetricResult['status'], extra: Partial<MetricResult> = {}): MetricResult => ({ name, direction: 'higher', baseline: 0.8, candidate: 0.79, delta: -0.01, relative_delta: null, gate: 'max_regression 0.02', status, reason: `${name} is ${status}`, ...extra });
const comparison = (metrics: MetricResult[]): ComparisonResult => ({ verdict: 'pass', model: 'churn', baseline: { source: 'production release' }, metrics });

describe('the monitor verdict rule', () => {
  it('is healthy with no findings, warn with only warn findings, degraded with any degraded finding', () => {
    expect(monitorVerdict([])).toBe('healthy');
    expect(monitorVerdict([{ level: 'warn', text: 'a' }])).toBe('warn');
    expect(monitorVerdict([{ level: 'warn', text: 'a' }, { level: 'degraded', text: 'b' }])).toBe('degraded');
    expect(monitorVerdict([{ level: 'degraded', text: 'b' }])).toBe('degraded');
  });

  it('a failed error check degrades; a failed warn check warns; passing checks say nothing', () => {
    expect(datasetFindings(dataset([check('pass', 'error')]))).toEqual([]);
    expect(monitorVerdict(datasetFindings(dataset([check('fail', 'error')])))).toBe('degraded');
    expect(monitorVerdict(datasetFindings(dataset([check('warn', 'warn')])))).toBe('warn');
    const both = datasetFindings(dataset([check('fail', 'error', 'age'), check('warn', 'warn', 'email')]));
    expect(both.map((f) => f.level)).toEqual(['degraded', 'warn']);
    expect(both[0]!.text).toContain('age range');
  });

  it('drift of severity error degrades, of severity warn warns, and drift that could not be measured warns (never silently healthy)', () => {
    expect(monitorVerdict(datasetFindings(dataset([], [drift('charges', 'fail')])))).toBe('degraded');
    expect(monitorVerdict(datasetFindings(dataset([], [drift('charges', 'warn')])))).toBe('warn');
    expect(datasetFindings(dataset([], [drift('charges', 'pass', 0.01)]))).toEqual([]);
    const skipped = datasetFindings(dataset([], [drift('(dataset)', 'skipped', 0, 'the live release 1.0.0 (#1) stored no profile of dataset \'train\'')]));
    expect(skipped).toEqual([{ level: 'warn', text: expect.stringContaining('stored no profile') as string }]);
  });

  it('a column whose drift could not be measured warns, naming it and why; an identifier left out by design does not', () => {
    const lost = datasetFindings(dataset([], [drift('age', 'pass', 0.01), drift('signup', 'skipped', 0, 'reference is numeric, current is categorical')]));
    expect(lost).toEqual([{ level: 'warn', text: 'train: drift not measured for signup (reference is numeric, current is categorical)' }]);
    expect(datasetFindings(dataset([], [drift('customer_id', 'skipped', 0, 'unique column (an identifier): not compared')]))).toEqual([]);
  });

  it('a summarised column whose bound reaches the threshold warns as "cannot tell", not as a score past the threshold', () => {
    const undecided: DriftResult = { ...drift('email', 'warn', 0.001), method: 'linf', threshold: 0.1, error_bound: 0.67, message: 'approximate: cannot tell whether it drifted (score 0.001 ± 0.67 against threshold 0.1); 67% of reference pooled' };
    expect(datasetFindings(dataset([], [undecided]))).toEqual([{ level: 'warn', text: "train: drift (severity warn) against the live release's data in email linf cannot tell (0.001 ± 0.67 against 0.1)" }]);
  });

  it('a failed live metric degrades; a warn gate warns', () => {
    expect(monitorVerdict(metricFindings(comparison([metric('accuracy', 'fail')])))).toBe('degraded');
    expect(monitorVerdict(metricFindings(comparison([metric('auc', 'warn')])))).toBe('warn');
    expect(metricFindings(comparison([metric('accuracy', 'pass'), metric('f1', 'skipped')]))).toEqual([]);
  });

  it('an inconclusive metric warns when its estimate is worse than the gate allows or the sample is too small, not when the estimate is within tolerance', () => {
    const sig = (margin: number) => ({ significance: { test: 'bootstrap' as const, level: 0.95, n: 500, p_adjustment: 'holm' as const, margin } });
    // higher is better, tolerated regression 0.02 (margin −0.02): −0.01 is within, −0.03 is not.
    expect(metricFindings(comparison([metric('accuracy', 'inconclusive', { delta: -0.01, ...sig(-0.02) })]))).toEqual([]);
    expect(metricFindings(comparison([metric('accuracy', 'inconclusive', { delta: -0.03, ...sig(-0.02) })]))).toHaveLength(1);
    // lower is better (log loss), tolerated increase 0.02: +0.01 within, +0.05 not.
    expect(metricFindings(comparison([metric('log_loss', 'inconclusive', { direction: 'lower', delta: 0.01, ...sig(0.02) })]))).toEqual([]);
    expect(metricFindings(comparison([metric('log_loss', 'inconclusive', { direction: 'lower', delta: 0.05, ...sig(0.02) })]))).toHaveLength(1);
    // No interval at all (too few labelled examples): warn.
    expect(monitorVerdict(metricFindings(comparison([metric('accuracy', 'inconclusive', { delta: 0 })])))).toBe('warn');
  });

  it('speaks of the live model and the release, not of a candidate and a baseline', () => {
    expect(liveWording('candidate 0.5785 is below min 0.65 by 0.0715')).toBe('live 0.5785 is below min 0.65 by 0.0715');
    expect(liveWording('missing from the candidate metrics (the baseline (production release 1.0) has 0.9)')).toBe('missing from the live metrics (the release (production release 1.0) has 0.9)');
    expect(liveWording('candidates and baselines')).toBe('candidates and baselines');
    const c = comparison([metric('accuracy', 'fail', { reason: 'candidate 0.5 is below min 0.6' })]);
    expect(metricFindings(c)[0]!.text).toBe('live accuracy: live 0.5 is below min 0.6');
    expect(metricMeasures(c)[0]!.reason).toBe('live 0.5 is below min 0.6');
  });
});
