import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Drives the bundle (dist/, built by `npm test`) the way users and the Actions runner do.
const root = path.resolve(import.meta.dirname, '../..');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-validate-it-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'mlgate.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const rows = Array.from({ length: 30 }, (_, i) => `${i},${i % 7 === 0 ? 200 : 30 + (i % 40)},${i % 3 === 0 ? 'XX' : 'US'}`).join('\n');
const data = `id,age,country\n${rows}\n`;
const config = (severity: string): string => `version: 1
datasets:
  - name: people
    path: people.csv
    columns:
      id: { type: integer, unique: true }
      age: { type: integer, max: 120, severity: ${severity} }
      country: { in: [US, DE], severity: ${severity} }
`;

describe('mlgate validate (bundle)', () => {
  it('exits 1 on an error-severity failure and writes the SPEC §4 result', () => {
    const dir = workspace({ 'people.csv': data, 'mlgate.yml': config('error') });
    const r = cli(dir, 'validate', '--json', 'out/result.json');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('age: max [error]');
    expect(r.stdout).toContain('people.csv:2: 200');
    const result = JSON.parse(readFileSync(path.join(dir, 'out/result.json'), 'utf8')) as { verdict: string; datasets: { name: string; rows: number; checks: Record<string, unknown>[] }[] };
    expect(result.verdict).toBe('fail');
    expect(result.datasets[0]).toMatchObject({ name: 'people', rows: 30 });
    const age = result.datasets[0]!.checks.find((c) => c.column === 'age' && c.check === 'max')!;
    expect(Object.keys(age)).toEqual(['column', 'check', 'severity', 'status', 'observed', 'expected', 'failing', 'fraction', 'examples']);
    expect(age).toMatchObject({ status: 'fail', failing: 5, observed: 200, expected: 120, examples: [{ file: 'people.csv', line: 2, value: '200' }, { line: 9 }, { line: 16 }, { line: 23 }, { line: 30 }] });
  });

  it('exits 0 when only warn-severity checks fail', () => {
    const dir = workspace({ 'people.csv': data, 'mlgate.yml': config('warn') });
    const r = cli(dir, 'validate');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('verdict: warn');
  });

  it('exits 2 naming file and line for bad input, and for a glob that matches nothing', () => {
    const ragged = workspace({ 'people.csv': 'id,age,country\n1,2,US\n3,4\n', 'mlgate.yml': config('error') });
    const r = cli(ragged, 'validate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('people.csv:3: ragged row: 2 fields where the header has 3');
    const none = workspace({ 'mlgate.yml': config('error').replace('people.csv', 'data/*.parquet') });
    const r2 = cli(none, 'validate');
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/datasets\[0\]\.path \(people\): the glob 'data\/\*\.parquet' matches no file/);
  });

  it('in Actions: sets outputs and annotates the data file, at most 10 per level', () => {
    const dir = workspace({ 'people.csv': data, 'mlgate.yml': config('error') });
    const outputFile = path.join(dir, 'github-output');
    const summaryFile = path.join(dir, 'summary.md');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const r = spawnSync(process.execPath, [path.join(root, 'dist', 'validate.js')], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, 'INPUT_JSON': 'result.json' },
    });
    expect(r.status).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(10);
    for (const a of annotations) expect(a).toMatch(/^::error title=mlgate%3A people [a-z_]+,file=people\.csv,line=\d+::column "/);
    // round-robin across the failed checks: both appear among the first annotations
    expect(annotations.some((a) => a.includes(',line=2::') && a.includes('failed max'))).toBe(true);
    expect(annotations.some((a) => a.includes('failed in'))).toBe(true);
    const outputs = readFileSync(outputFile, 'utf8');
    expect(outputs).toMatch(/verdict<<.*\nfail\n/);
    expect(outputs).toMatch(/failed-checks<<.*\n2\n/);
    expect(outputs).toContain(path.join(dir, 'result.json'));
    expect(readFileSync(summaryFile, 'utf8')).toContain('| age | max | error |');
  });
});
