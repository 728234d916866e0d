import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/domain/report/render.js';
import type { ComparisonResult, ValidationResult } from '../../../src/domain/results.js';
import { toDocument } from './gfm.js';

/** SPEC §5: when significance or a drift reference the config asks for cannot be used, the verdict line itself says so, and why. */

const metric = (name: string, status: 'pass' | 'fail', reason: string): ComparisonResult['metrics'][number] => ({
  name, direction: 'higher', baseline: 0.86, candidate: status === 'pass' ? 0.87 : 0.8, delta: status === 'pass' ? 0.01 : -0.06, relative_delta: null, gate: 'max_regression 0.01', status, reason,
});

function comparison(significance: ComparisonResult['significance'], status: 'pass' | 'fail' = 'pass'): ComparisonResult {
  return { verdict: status, model: 'churn', baseline: { source: 'production', version: '1.0.0' }, metrics: [metric('accuracy', status, 'not tested for significance: …')], ...(significance ? { significance } : {}) };
}

function validation(message?: string): ValidationResult {
  return {
    verdict: 'pass',
    datasets: [{ name: 'train', rows: 10, checks: [], drift: message ? [{ column: '(dataset)', method: 'psi', score: 0, threshold: 0, status: 'skipped', message }] : [{ column: 'x', method: 'psi', score: 0.01, threshold: 0.2, status: 'pass' }] }],
  };
}

const verdictLine = (md: string): string => toDocument(md.split('\n')[1] ?? '').body.textContent?.trim() ?? '';

describe('the verdict line says what production evidence could not be used, and why', () => {
  const before = 'the live release 1.0.0 (#1) was made before mlgate stored evidence with releases';
  const mismatch = 'the stored per-example predictions of 1.0.0 (#1) does not match its recorded digest (sha256 0123456789ab…, found fedcba987654…); it was not used';

  it('a release made before evidence: significance and drift, each with its reason', () => {
    const md = renderReport({ key: 'k', comparisons: [comparison({ baseline: 'production', status: 'unavailable', reason: before })], validation: validation(`reference \`production\` could not be used: churn: ${before}`) }).markdown;
    const line = verdictLine(md);
    expect(line.startsWith('✅ Passed: ')).toBe(true);
    expect(line).toContain(`significance for churn not tested (${before.replace('#', '#\u200B')})`);
    expect(line).toContain(`drift of train not tested (reference \`production\` could not be used: churn: ${before.replace('#', '#\u200B')})`);
    expect(line.endsWith('.')).toBe(true);
  });

  it('a digest mismatch, in a failing verdict', () => {
    const md = renderReport({ key: 'k', comparisons: [comparison({ baseline: 'production', status: 'unavailable', reason: mismatch }, 'fail')], validation: validation() }).markdown;
    const line = verdictLine(md);
    expect(line.startsWith('❌ Failed: 1 gate failed (accuracy); significance for churn not tested (the stored per-example predictions of 1.0.0 (#\u200B1) does not match its recorded digest')).toBe(true);
    expect(line).not.toContain('drift of train');
  });

  it('an unreadable item on the drift side only', () => {
    const reason = "reference `production` could not be used: churn: the stored profile of dataset 'train' of 1.0.0 (#1) cannot be read (ENOENT)";
    const line = verdictLine(renderReport({ key: 'k', comparisons: [comparison({ baseline: 'production', status: 'used', paired: 1500 })], validation: validation(reason) }).markdown);
    expect(line).toContain('drift of train not tested (');
    expect(line).toContain('cannot be read (ENOENT))');
    expect(line).not.toContain('significance for churn');
  });

  it('two models with the same reason: the reason said once', () => {
    const other = { ...comparison({ baseline: 'production', status: 'unavailable', reason: before }), model: 'upsell' };
    const line = verdictLine(renderReport({ key: 'k', comparisons: [comparison({ baseline: 'production', status: 'unavailable', reason: before }), other] }).markdown);
    expect(line).toContain(`significance for churn and significance for upsell not tested (${before.replace('#', '#\u200B')})`);
    expect(line.split('made before mlgate').length).toBe(2);
  });

  it('says nothing extra when everything configured was used', () => {
    const line = verdictLine(renderReport({ key: 'k', comparisons: [comparison({ baseline: 'production', status: 'used', paired: 1500 })], validation: validation() }).markdown);
    expect(line).not.toContain('not tested');
  });
});
