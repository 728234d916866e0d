import { mkdtempSync, writeFileSync } from 'node:fs';
import { readResults, writeResultsDir } from '../../../src/io/files/results-dir.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidation } from '../../../src/commands/validate.js';
import type { CommandContext } from '../../../src/commands/types.js';
import { parseConfig } from '../../../src/domain/config/parse.js';
import { profileDatasetResult } from '../../../src/domain/profile/checks.js';
import type { DatasetProfile } from '../../../src/domain/profile/dataset.js';
import { categoricalProfileFromCounts } from '../../../src/domain/profile/column.js';
import { renderReport } from '../../../src/domain/report/render.js';
import type { CheckResult, DatasetResult, ValidationResult } from '../../../src/domain/results.js';
import { validationText } from '../../../src/domain/validation/verdict.js';

const noop = (): void => undefined;
const context = (cwd: string): CommandContext => ({ cwd, env: {}, log: { info: noop, debug: noop, warning: noop, error: noop }, summary: { available: false, write: () => Promise.resolve() }, inActions: false, github: { apiUrl: '', serverUrl: '' } });

async function validate(files: Record<string, string>, dataset: string): Promise<ValidationResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-units-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const yaml = `version: 1\ndatasets:\n${dataset}`;
  return runValidation({ config: parseConfig(yaml, 'mlgate.yml'), file: path.join(dir, 'mlgate.yml'), root: dir }, {}, context(dir));
}

const check = (ds: DatasetResult, name: string, column?: string): CheckResult => ds.checks.find((c) => c.check === name && c.column === column)!;

/** A CSV with the columns a, b and 19 more (x1…x19), 3 rows. */
const wide = (): string => {
  const header = ['a', 'b', ...Array.from({ length: 19 }, (_, i) => `x${i + 1}`)];
  return `${header.join(',')}\n${[1, 2, 3].map((r) => header.map(() => r).join(',')).join('\n')}\n`;
};

describe('failing and fraction count the same thing, and say what', () => {
  it('strict_columns counts unexpected columns of the columns seen', async () => {
    const r = await validate({ 'w.csv': wide() }, '  - name: w\n    path: w.csv\n    columns: { a: {}, b: {} }\n    strict_columns: true\n');
    const c = check(r.datasets[0]!, 'strict_columns');
    expect(c).toMatchObject({ status: 'fail', failing: 19, fraction: Number((19 / 21).toPrecision(6)), unit: 'columns' });
    expect(validationText(r)).toContain('; 19 failing columns (90.48%)');
    const md = renderReport({ key: 'k', validation: r }).markdown;
    expect(md).toContain('| 19 columns<br><sub>90.48%</sub> |');
    // Every column configured: nothing failing, of 2 columns.
    const ok = await validate({ 'w.csv': 'a,b\n1,2\n' }, '  - name: w\n    path: w.csv\n    columns: { a: {}, b: {} }\n    strict_columns: true\n');
    expect(check(ok.datasets[0]!, 'strict_columns')).toMatchObject({ status: 'pass', failing: 0, fraction: 0, unit: 'columns' });
  });

  it('strict_columns over several files: distinct unexpected columns of every column any file has', async () => {
    const r = await validate({ 'p1.csv': 'a,x\n1,2\n', 'p2.csv': 'a,y,x\n1,2,3\n', 'p3.csv': 'a\n1\n' }, '  - name: p\n    path: "p*.csv"\n    columns: { a: {} }\n    strict_columns: true\n');
    expect(check(r.datasets[0]!, 'strict_columns')).toMatchObject({ failing: 2, fraction: Number((2 / 3).toPrecision(6)), unit: 'columns', observed: ['x', 'y'] });
  });

  it('required counts the files missing the column, of the files read', async () => {
    const r = await validate({ 'p1.csv': 'a,b\n1,2\n', 'p2.csv': 'a\n1\n', 'p3.csv': 'a\n1\n', 'p4.csv': 'a,b\n1,2\n' }, '  - name: p\n    path: "p*.csv"\n    columns: { a: {}, b: {} }\n');
    const c = check(r.datasets[0]!, 'required', 'b');
    expect(c).toMatchObject({ status: 'fail', failing: 2, fraction: 0.5, unit: 'files' });
    expect(validationText(r)).toContain('; 2 failing files (50.00%)');
  });

  it('rows counts rows short of min (a share of min) or beyond max (a share of the rows read)', async () => {
    const csv = (n: number): string => `k\n${Array.from({ length: n }, (_, i) => i).join('\n')}\n`;
    const rows = async (n: number, bounds: string): Promise<CheckResult> => check((await validate({ 'd.csv': csv(n) }, `  - name: d\n    path: d.csv\n    rows: ${bounds}\n`)).datasets[0]!, 'rows');
    expect(await rows(3, '{ min: 10 }')).toMatchObject({ status: 'fail', failing: 7, fraction: 0.7 });
    expect(await rows(0, '{ min: 1 }')).toMatchObject({ status: 'fail', failing: 1, fraction: 1, message: 'the dataset has no data rows' });
    expect(await rows(12, '{ max: 8 }')).toMatchObject({ status: 'fail', failing: 4, fraction: Number((4 / 12).toPrecision(6)) });
    expect(await rows(5, '{ min: 5, max: 5 }')).toMatchObject({ status: 'pass', failing: 0, fraction: 0 });
    expect((await rows(3, '{ min: 10 }')).unit).toBeUndefined();
  });

  it('duplicates and leakage count rows (no unit), consistently with their fraction', async () => {
    const r = await validate({ 'd.csv': 'k,v\n1,a\n1,a\n2,b\n3,c\n', 't.csv': 'k\n1\n9\n' }, '  - name: d\n    path: d.csv\n    duplicates: 0\n    leakage: { against: t, key: [k] }\n  - name: t\n    path: t.csv\n');
    const d = r.datasets[0]!;
    expect(check(d, 'duplicates')).toMatchObject({ failing: 1, fraction: 0.25 });
    expect(check(d, 'duplicates').unit).toBeUndefined();
    expect(check(d, 'leakage')).toMatchObject({ failing: 2, fraction: 0.5 });
    expect(validationText(r)).toContain('; 1 failing row (25.00%)');
  });

  it('a profile answers strict_columns and required in the same units', () => {
    const col = (name: string) => categoricalProfileFromCounts(name, new Map([['v', 4]]), 0);
    const profile: DatasetProfile = { dataset: 'd', rows: 4, columns: [col('a'), col('x'), col('y'), col('z')], sources: [{ file: 'p1.csv', rows: 2 }, { file: 'p2.csv', rows: 2 }], parts: 2 };
    const r = profileDatasetResult(profile, parseConfig('version: 1\ndatasets:\n  - name: d\n    path: p*.csv\n    columns: { a: {}, b: {} }\n    strict_columns: true\n', 'mlgate.yml').datasets[0]!);
    expect(check(r, 'strict_columns')).toMatchObject({ failing: 3, fraction: 0.75, unit: 'columns' });
    expect(check(r, 'required', 'b')).toMatchObject({ failing: 2, fraction: 1, unit: 'files' });
    expect(check(r, 'rows')).toMatchObject({ status: 'pass', failing: 0, fraction: 0 });
  });

  it('the unit survives the results directory, and an unknown unit is refused', async () => {
    const r = await validate({ 'w.csv': wide() }, '  - name: w\n    path: w.csv\n    columns: { a: {}, b: {} }\n    strict_columns: true\n');
    const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-units-results-'));
    await writeResultsDir(dir, { validation: r });
    expect(check((await readResults(dir)).validation!.datasets[0]!, 'strict_columns')).toMatchObject({ failing: 19, unit: 'columns' });
    const bad = structuredClone(r);
    (bad.datasets[0]!.checks.find((c) => c.check === 'strict_columns') as { unit: string }).unit = 'bytes';
    writeFileSync(path.join(dir, 'v.json'), JSON.stringify(bad));
    await expect(readResults(path.join(dir, 'v.json'))).rejects.toMatchObject({ kind: 'input', location: { field: expect.stringMatching(/^datasets\[0\]\.checks\[\d+\]\.unit$/) as unknown } });
  });
});
