/**
 * What a check's `failing` counts, and so what its `fraction` is a share of. Column checks and `duplicates`,
 * `leakage` count rows; the dataset-level checks that are about the table's shape count what they are about:
 * `strict_columns` unexpected columns (of the columns seen), `required` the files missing the column (of the
 * files read). `rows` counts rows short of `min` (as a share of `min`) or beyond `max` (a share of the rows read).
 */
import type { DatasetConfig } from '../config/schema.js';
import type { CheckResult, Example, FailingUnit } from '../results.js';
import { finding } from './findings.js';

export const unitOf = (c: Pick<CheckResult, 'unit'>): FailingUnit => c.unit ?? 'rows';

/** `1 column`, `19 columns`, `0 rows`. */
export function unitWord(unit: FailingUnit, n: number): string {
  return n === 1 ? unit.slice(0, -1) : unit;
}

/** The `rows` check: the data's row count against `rows.min` (default 1) and `rows.max`. */
export function rowsCheck(rows: number, cfg: DatasetConfig['rows']): CheckResult {
  const min = cfg?.min ?? 1;
  const max = cfg?.max;
  const short = rows < min ? min - rows : 0;
  const over = max !== undefined && rows > max ? rows - max : 0;
  return finding({
    check: 'rows',
    severity: cfg?.severity ?? 'error',
    failed: short > 0 || over > 0,
    failing: short || over,
    total: short > 0 ? min : rows,
    observed: rows,
    expected: { min, ...(max !== undefined ? { max } : {}) },
    ...(rows === 0 ? { message: 'the dataset has no data rows' } : {}),
  });
}

/** The `strict_columns` check: columns not listed under `columns`, out of every column the data has. */
export function strictColumnsCheck(unexpected: readonly string[], columnCount: number, examples: Example[] = []): CheckResult {
  return finding({
    check: 'strict_columns',
    severity: 'error',
    failed: unexpected.length > 0,
    failing: unexpected.length,
    total: columnCount,
    unit: 'columns',
    observed: [...unexpected],
    expected: 'only the configured columns',
    examples,
  });
}
