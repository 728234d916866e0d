import { describe, expect, it } from 'vitest';
import { dateText, describeCheck } from '../../../src/domain/report/describe.js';
import type { CheckResult } from '../../../src/domain/results.js';

const check = (c: Partial<CheckResult> & Pick<CheckResult, 'check'>): CheckResult => ({ severity: 'error', status: 'fail', observed: null, expected: null, failing: 0, fraction: 0, examples: [], ...c });

describe('expected and observed in words (one formatter per check kind), never JSON', () => {
  const cases: [string, CheckResult, string, string][] = [
    ['rows min', check({ check: 'rows', expected: { min: 200 }, observed: 150 }), '≥ 200 rows', '150 rows'],
    ['rows range', check({ check: 'rows', expected: { min: 200, max: 5000 }, observed: 7000 }), '200–5,000 rows', '7,000 rows'],
    ['type with mostly', check({ check: 'type', expected: { value: 'string', mostly: 0.99 }, observed: '1204 values not string', failing: 1204, fraction: 0.01016 }), 'string in ≥ 99% of values', '98.98% ok (1,204 values not string)'],
    ['pattern as configured (not JSON-escaped)', check({ check: 'pattern', expected: '^[^@\\s]+@[^@\\s]+$', observed: '3 not matching', failing: 3, fraction: 0.1 }), 'matches /^[^@\\s]+@[^@\\s]+$/', '3 not matching'],
    ['max_age', check({ check: 'max_age', expected: 'newest value at most 30d old', observed: { newest: '2026-10-31', age_hours: 834.9 } }), 'newest at most 30d old', 'newest 2026-10-31 (35 days old)'],
    ['min of dates', check({ check: 'min', expected: '2021-01-01', observed: '2020-10-04T00:00:00.000Z', status: 'fail' }), '≥ 2021-01-01', 'earliest 2020-10-04'],
    ['max', check({ check: 'max', expected: 120, observed: 212 }), '≤ 120', 'max 212'],
    ['in', check({ check: 'in', expected: ['US', 'DE', 'FR'], observed: '2 values outside the set' }), 'one of US, DE and FR', '2 values outside the set'],
    ['nullable', check({ check: 'nullable', expected: 0, observed: 3 }), 'no nulls', '3 nulls'],
    ['max_null_fraction', check({ check: 'max_null_fraction', expected: 0.01, observed: 0.0312 }), '≤ 1% nulls', '3.12% nulls'],
    ['duplicates', check({ check: 'duplicates', expected: { max_fraction: 0.001 }, observed: 0.002 }), '≤ 0.1% duplicate rows', '0.2% duplicate rows'],
    ['leakage', check({ check: 'leakage', expected: { against: 'test', key: ['user_id'], max_fraction: 0 }, observed: '12 rows share a user_id with test' }), '≤ 0% of rows share a user_id with test', '12 rows share a user_id with test'],
    ['strict_columns', check({ check: 'strict_columns', expected: 'only the configured columns', observed: ['x', 'y'] }), 'only the configured columns', 'extra: x and y'],
    ['min_length', check({ check: 'min_length', expected: 3, observed: '2 shorter' }), 'length ≥ 3', '2 shorter'],
  ];
  for (const [name, c, expected, observed] of cases) {
    it(name, () => {
      const t = describeCheck(c);
      expect(t).toEqual({ expected, observed });
      expect(`${t.expected} ${t.observed}`).not.toMatch(/[{}"]/);
    });
  }

  it('an unknown check kind still reads as words', () => {
    const t = describeCheck(check({ check: 'future_check', expected: { max_share: 0.5, of: ['a', 'b'] }, observed: 0.75 }));
    expect(t).toEqual({ expected: 'max share 0.5, of a and b', observed: '0.75' });
  });

  it('dates: midnight UTC as a date, other times to the minute', () => {
    expect(dateText('2020-10-04T00:00:00.000Z')).toBe('2020-10-04');
    expect(dateText('2026-11-23T22:10:00Z')).toBe('2026-11-23 22:10 UTC');
    expect(dateText('not a date')).toBe('not a date');
  });
});
