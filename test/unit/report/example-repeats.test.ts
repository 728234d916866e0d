import { describe, expect, it } from 'vitest';
import { planAnnotations } from '../../../src/adapters/actions/annotations.js';
import { renderReport } from '../../../src/domain/report/render.js';
import type { CheckResult, ValidationResult } from '../../../src/domain/results.js';
import { validationText } from '../../../src/domain/validation/verdict.js';

/**
 * A repeat found across shards has no value (shards exchange key hashes, not the data): every place that shows
 * examples names the earlier place of its key instead of showing a null that reads like a null cell.
 */
function result(examples: CheckResult['examples']): ValidationResult {
  const check: CheckResult = { column: 'id', check: 'unique', severity: 'error', status: 'fail', observed: '2 repeated values', expected: 'all distinct', failing: 2, fraction: 0.01, examples };
  return { verdict: 'fail', datasets: [{ name: 'events', files: ['data/a.csv', 'data/b.parquet'], rows: 200, checks: [check] }] };
}

const acrossShards = result([
  { file: 'data/a.csv', line: 12, value: 'u7' },
  { file: 'data/b.parquet', row: 40, value: null, repeats: { file: 'data/a.csv', line: 3 } },
]);

describe('an example of a repeat across shards names the earlier place of its key', () => {
  it('in the CLI text', () => {
    const text = validationText(acrossShards);
    expect(text).toContain('data/a.csv:12: u7');
    expect(text).toContain('data/b.parquet row 40: same key as data/a.csv:3 (value not kept across shards)');
    expect(text).not.toMatch(/row 40: null/);
  });

  it('in the report', () => {
    const md = renderReport({ key: 'k', validation: acrossShards }).markdown;
    // The report escapes ':' and '(' in text it did not write itself.
    expect(md).toContain('| row 40 | same key as data/a.csv&#58;3 &#40;value not kept across shards&#41; |');
    expect(md).not.toMatch(/row 40 \| _null_/);
  });

  it('in the annotations', () => {
    const messages = planAnnotations(acrossShards).annotations.map((a) => a.message);
    expect(messages[0]).toContain('value "u7"');
    expect(messages[1]).toContain('same key as data/a.csv:3');
    expect(messages[1]).not.toContain('value null');
  });

  it('a null cell without a repeat place still shows as null', () => {
    const nullCell = result([{ file: 'data/a.csv', line: 5, value: null }]);
    expect(validationText(nullCell)).not.toContain('same key');
    expect(renderReport({ key: 'k', validation: nullCell }).markdown).toContain('| line 5 | _null_ |');
    expect(planAnnotations(nullCell).annotations[0]!.message).toContain('value null');
  });
});
