import { describe, expect, it } from 'vitest';
import { validationText } from '../../../src/domain/validation/verdict.js';
import type { ValidationResult } from '../../../src/domain/results.js';

describe('the CLI text of a validation: words, not JSON; drift lines say what they measure', () => {
  it('writes expected/observed like the report and names the drift measure with its threshold', () => {
    const result: ValidationResult = {
      verdict: 'fail',
      datasets: [
        {
          name: 'train',
          rows: 118512,
          checks: [
            { check: 'rows', severity: 'error', status: 'fail', observed: 118512, expected: { min: 150000 }, failing: 0, fraction: 0, examples: [] },
            { column: 'email', check: 'pattern', severity: 'error', status: 'fail', observed: '3413 not matching', expected: { value: '^[^@\\s]+@[^@\\s]+$', mostly: 0.99 }, failing: 3413, fraction: 0.0288, examples: [] },
            { column: 'signup', check: 'max_age', severity: 'error', status: 'fail', observed: { newest: '2026-10-31', age_hours: 834.9 }, expected: 'newest value at most 30d old', failing: 1, fraction: 1, examples: [] },
          ],
          drift: [
            { column: 'x', method: 'ks', score: 0.31, threshold: 0.1, status: 'fail', p_value: 0.0004 },
            { column: 'y', method: 'wasserstein', score: 0.01, threshold: 0.1, status: 'pass' },
          ],
        },
      ],
    };
    const text = validationText(result);
    expect(text).not.toMatch(/[{}"]/);
    expect(text).toContain('rows [error] expected ≥ 150,000 rows, observed 118,512 rows');
    expect(text).toContain('email: pattern [error] expected matches /^[^@\\s]+@[^@\\s]+$/ in ≥ 99% of values, observed 97.12% ok (3,413 not matching)');
    expect(text).toContain('signup: max_age [error] expected newest at most 30d old, observed newest 2026-10-31 (35 days old)');
    expect(text).toContain('✗ drift x: KS distance D 0.31 > 0.1, p<0.001');
    expect(text).not.toContain('drift y');
  });
});
