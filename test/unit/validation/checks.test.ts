import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidation } from '../../../src/commands/validate.js';
import type { CommandContext } from '../../../src/commands/types.js';
import { parseConfig } from '../../../src/domain/config/parse.js';
import type { CheckResult, DatasetResult } from '../../../src/domain/results.js';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

function context(cwd: string): CommandContext {
  const noop = (): void => undefined;
  return { cwd, env: {}, log: { info: noop, debug: noop, warning: noop, error: noop }, summary: { available: false, write: () => Promise.resolve() }, inActions: false, github: { apiUrl: '', serverUrl: '' } };
}

async function validate(files: Record<string, string>, yaml: string, dataset?: string): Promise<{ verdict: string; datasets: DatasetResult[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-checks-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const config = parseConfig(yaml, 'mlgate.yml');
  return runValidation({ config, file: path.join(dir, 'mlgate.yml'), root: dir }, { now: NOW, dataset }, context(dir));
}

function check(ds: DatasetResult, name: string, column?: string): CheckResult {
  const found = ds.checks.find((c) => c.check === name && c.column === column);
  if (!found) throw new Error(`no ${column ?? ''}.${name} in ${ds.checks.map((c) => `${c.column ?? ''}.${c.check}`).join(' ')}`);
  return found;
}

const people = `id,age,country,email,signup,label,flag,name
1,34,US,a@x.com,2026-11-20,0,true,Ann
2,150,DE,bad-email,2026-11-21T10:00:00Z,1,false,Bob
3,,FR,c@x.com,2026-11-22,2,yes,Cy
1,20,XX,d@x.com,not-a-date,1,maybe,Dee
5,-1,GB,e@x.com,2026-11-23 08:00,0,0,Eve
`;

describe('column checks', () => {
  it('counts failing values with examples (file and line) and fractions over non-null values', async () => {
    const r = await validate(
      { 'p.csv': people },
      `version: 1
datasets:
  - name: p
    path: p.csv
    columns:
      id: { type: integer, unique: true, nullable: false }
      age: { type: integer, min: 0, max: 120, max_null_fraction: 0.1 }
      country: { type: category, in: [US, DE, FR, GB] }
      email: { type: string, pattern: '^[^@\\s]+@[^@\\s]+$' }
      signup: { type: datetime, max_age: 30d }
      label: { type: integer, in: [0, 1] }
      flag: { type: boolean }
      name: { min_length: 3, max_length: 3, not_in: [Bob] }
`,
    );
    const ds = r.datasets[0]!;
    expect(r.verdict).toBe('fail');
    expect(ds.rows).toBe(5);
    expect(check(ds, 'unique', 'id')).toMatchObject({ status: 'fail', failing: 1, fraction: 0.2, examples: [{ file: 'p.csv', line: 5, value: '1' }] });
    expect(check(ds, 'nullable', 'id')).toMatchObject({ status: 'pass', failing: 0 });
    expect(check(ds, 'max', 'age')).toMatchObject({ status: 'fail', failing: 1, fraction: 0.25, observed: 150, examples: [{ file: 'p.csv', line: 3, value: '150' }] });
    expect(check(ds, 'min', 'age')).toMatchObject({ status: 'fail', failing: 1, observed: -1, examples: [{ line: 6, value: '-1' }] });
    expect(check(ds, 'max_null_fraction', 'age')).toMatchObject({ status: 'fail', failing: 1, observed: 0.2, expected: 0.1, examples: [{ line: 4, value: null }] });
    expect(check(ds, 'in', 'country')).toMatchObject({ failing: 1, examples: [{ line: 5, value: 'XX' }] });
    expect(check(ds, 'pattern', 'email')).toMatchObject({ failing: 1, examples: [{ line: 3, value: 'bad-email' }] });
    expect(check(ds, 'type', 'signup')).toMatchObject({ failing: 1, examples: [{ line: 5, value: 'not-a-date' }] });
    expect(check(ds, 'max_age', 'signup')).toMatchObject({ status: 'pass' });
    expect(check(ds, 'in', 'label')).toMatchObject({ failing: 1, examples: [{ line: 4, value: '2' }] });
    expect(check(ds, 'type', 'flag')).toMatchObject({ failing: 1, examples: [{ line: 5, value: 'maybe' }] });
    expect(check(ds, 'min_length', 'name')).toMatchObject({ failing: 1, examples: [{ value: 'Cy' }] });
    expect(check(ds, 'max_length', 'name')).toMatchObject({ status: 'pass' });
    expect(check(ds, 'not_in', 'name')).toMatchObject({ failing: 1, examples: [{ value: 'Bob' }] });
  });

  it('applies mostly to row-level checks and severity warn to the verdict', async () => {
    const yaml = (mostly: number, severity: string): string => `version: 1
datasets:
  - name: p
    path: p.csv
    columns:
      email: { pattern: '@', mostly: ${mostly}, severity: ${severity} }
`;
    const pass = await validate({ 'p.csv': people }, yaml(0.8, 'error'));
    expect(check(pass.datasets[0]!, 'pattern', 'email')).toMatchObject({ status: 'pass', failing: 1, fraction: 0.2, examples: [] });
    expect(pass.verdict).toBe('pass');
    const warn = await validate({ 'p.csv': people }, yaml(0.9, 'warn'));
    expect(check(warn.datasets[0]!, 'pattern', 'email')).toMatchObject({ status: 'warn', severity: 'warn', failing: 1 });
    expect(warn.verdict).toBe('warn');
  });

  it('flags stale data with max_age and compares dates against date bounds', async () => {
    const r = await validate(
      { 'd.csv': 'day\n2026-01-01\n2026-03-01\n2026-02-30\n' },
      `version: 1
datasets:
  - name: d
    path: d.csv
    columns:
      day: { type: date, max_age: 7d, min: '2026-02-01' }
`,
    );
    const ds = r.datasets[0]!;
    expect(check(ds, 'type', 'day')).toMatchObject({ failing: 1, examples: [{ line: 4, value: '2026-02-30' }] });
    expect(check(ds, 'min', 'day')).toMatchObject({ failing: 1, examples: [{ line: 2, value: '2026-01-01' }] });
    expect(check(ds, 'max_age', 'day')).toMatchObject({ status: 'fail', observed: { newest: '2026-03-01' } });
  });
});

describe('dataset checks', () => {
  it('checks rows, required and unexpected columns, duplicate rows and leakage', async () => {
    const r = await validate(
      {
        'train.csv': 'user,x\nu1,1\nu2,2\nu3,3\n',
        'test.csv': 'user,x,extra\nu3,1,a\nu4,2,b\nu4,2,b\nu1,9,c\n',
      },
      `version: 1
datasets:
  - name: test
    path: test.csv
    columns: { user: {}, x: {}, missing_col: { type: integer } }
    strict_columns: true
    rows: { min: 5 }
    duplicates: 0.1
    leakage: { against: train, key: [user] }
  - name: train
    path: train.csv
`,
    );
    const test = r.datasets[0]!;
    expect(r.datasets.map((d) => d.name)).toEqual(['test', 'train']);
    expect(check(test, 'rows')).toMatchObject({ status: 'fail', observed: 4, expected: { min: 5 } });
    expect(check(test, 'required', 'missing_col')).toMatchObject({ status: 'fail', failing: 1 });
    expect(check(test, 'type', 'missing_col')).toMatchObject({ status: 'skipped' });
    expect(check(test, 'strict_columns')).toMatchObject({ status: 'fail', observed: ['extra'] });
    expect(check(test, 'duplicates')).toMatchObject({ status: 'fail', failing: 1, fraction: 0.25, examples: [{ file: 'test.csv', line: 4 }] });
    expect(check(test, 'leakage')).toMatchObject({ status: 'fail', failing: 2, fraction: 0.5, examples: [{ line: 2, value: { user: 'u3' } }, { line: 5, value: { user: 'u1' } }] });
  });

  it('reads the leakage target even when only the checked dataset is selected, and fails an empty dataset', async () => {
    const files = { 'a.csv': 'k\n1\n2\n', 'b.csv': 'k\n2\n3\n', 'e.csv': 'k\n' };
    const yaml = `version: 1
datasets:
  - name: a
    path: a.csv
  - name: b
    path: b.csv
    leakage: { against: a, key: [k], max_fraction: 0.6 }
  - name: e
    path: e.csv
`;
    const only = await validate(files, yaml, 'b');
    expect(only.datasets.map((d) => d.name)).toEqual(['b']);
    expect(check(only.datasets[0]!, 'leakage')).toMatchObject({ status: 'pass', failing: 1, fraction: 0.5 });
    const empty = await validate(files, yaml, 'e');
    expect(check(empty.datasets[0]!, 'rows')).toMatchObject({ status: 'fail', observed: 0, message: 'the dataset has no data rows' });
  });

  it('validates JSON Lines and Parquet with row indexes as positions', async () => {
    const pq = path.resolve(import.meta.dirname, '../../fixtures/data/parquet/duckdb-zstd.parquet');
    const r = await validate(
      { 'a.jsonl': '{"n": 1}\n{"n": "two"}\n{"n": 3.5}\n' },
      `version: 1
datasets:
  - name: j
    path: a.jsonl
    columns: { n: { type: integer } }
  - name: pq
    path: ${JSON.stringify(pq)}
    columns:
      email: { pattern: '@' }
      age: { type: integer, nullable: false }
      day: { type: date, max: '2026-06-30' }
      active: { type: boolean }
`,
    );
    expect(check(r.datasets[0]!, 'type', 'n')).toMatchObject({ failing: 2, examples: [{ file: 'a.jsonl', line: 2, value: 'two' }, { line: 3, value: '3.5' }] });
    const p = r.datasets[1]!;
    expect(p.rows).toBe(300);
    // every 50th email is bad-email (ids 0, 50, ...), every 10th age from 3 is null, days past June 30 = day-of-year index > 180
    expect(check(p, 'pattern', 'email')).toMatchObject({ failing: 6, examples: [{ row: 0, value: 'bad-email' }, { row: 50 }, { row: 100 }, { row: 150 }, { row: 200 }] });
    expect(check(p, 'nullable', 'age')).toMatchObject({ failing: 30, examples: [{ row: 3, value: null }, { row: 13 }, { row: 23 }, { row: 33 }, { row: 43 }] });
    expect(check(p, 'max', 'day')).toMatchObject({ failing: 300 - 181 });
    expect(check(p, 'type', 'active')).toMatchObject({ status: 'pass' });
  });
});
