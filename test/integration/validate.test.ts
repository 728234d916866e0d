import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it("in Actions: sets outputs and annotates the data file, leaving room in GitHub's 10 per level for its own failure", () => {
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
    expect(annotations).toHaveLength(7);
    // The step's own failure is among the first 10 errors GitHub keeps; the rows not annotated are counted.
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.slice(0, 10).some((l) => l.startsWith('::error::'))).toBe(true);
    expect(r.stdout).toMatch(/^::notice::\d+ more failing rows: see the job summary/m);
    for (const a of annotations) expect(a).toMatch(/^::error title=mlgate%3A people [a-z_]+,file=people\.csv,line=\d+::column "/);
    // round-robin across the failed checks: both appear among the first annotations
    expect(annotations.some((a) => a.includes(',line=2::') && a.includes('failed max'))).toBe(true);
    expect(annotations.some((a) => a.includes('failed in'))).toBe(true);
    const outputs = readFileSync(outputFile, 'utf8');
    expect(outputs).toMatch(/verdict<<.*\nfail\n/);
    expect(outputs).toMatch(/failed-checks<<.*\n2\n/);
    expect(outputs).toContain(path.join(dir, 'result.json'));
    // The summary is the report's data part: the failed check in people's words, its failing rows listed.
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('| ❌ <code>age</code> max | ≤ ');
    expect(summary).toMatch(/Examples of failing rows in people/);
    expect(summary).not.toMatch(/\{"/);
  });
});

describe('mlgate validate on Parquet files of Spark, Impala and old parquet-mr (bundle)', () => {
  it('checks them like any other file: decimals, INT96 times, FLOATs as printed, a chunk past its stated end', () => {
    const fixtures = path.join(root, 'test/fixtures/data/parquet');
    const dir = workspace({
      'mlgate.yml': `version: 1
datasets:
  - name: spark
    path: "spark-*.parquet"
    columns:
      value: { type: number, min: 1, max: 20 }
  - name: impala
    path: impala-1.3-alltypes_plain.parquet
    columns:
      id: { type: integer, unique: true }
      timestamp_col: { type: datetime, min: "2009-02-01T00:00:00Z" }
      float_col: { in: [0, 1.1], max: 1.1 }
      double_col: { in: [0, 10.1] }
  - name: nation
    path: parquet-mr-old-nation.dict-malformed.parquet
    columns:
      name: { pattern: "^[A-Z ]+$", max_length: 10 }
`,
    });
    for (const f of ['int32_decimal', 'int64_decimal', 'fixed_length_decimal', 'fixed_length_decimal_legacy']) copyFileSync(path.join(fixtures, `spark-parquet-mr-1.8.2-${f}.parquet`), path.join(dir, `spark-${f}.parquet`));
    for (const f of ['impala-1.3-alltypes_plain.parquet', 'parquet-mr-old-nation.dict-malformed.parquet']) copyFileSync(path.join(fixtures, f), path.join(dir, f));
    const r = cli(dir, 'validate', '--json', 'out.json');
    expect(r.stderr).not.toMatch(/error:|cannot read/i);
    expect(r.status).toBe(1);
    type Check = { column?: string; check: string; status: string; failing?: number; observed?: unknown; examples?: { file: string; row?: number; value: string }[] };
    const result = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as { datasets: { name: string; rows: number; checks: Check[] }[] };
    const failed = (name: string): Check[] => result.datasets.find((d) => d.name === name)!.checks.filter((c) => c.status !== 'pass');
    expect(result.datasets.map((d) => [d.name, d.rows])).toEqual([['spark', 96], ['impala', 8], ['nation', 25]]);
    // values 1..24 in each of the four files
    expect(failed('spark')).toMatchObject([{ column: 'value', check: 'max', failing: 16, observed: 24 }]);
    expect(failed('spark')[0]!.examples![0]).toEqual({ file: 'spark-fixed_length_decimal.parquet', row: 20, value: '21' });
    // FLOAT 1.1f is 1.1 and DOUBLE 10.1 is 10.1: every membership and the max hold; two rows are from January
    expect(failed('impala')).toMatchObject([{ column: 'timestamp_col', check: 'min', failing: 2, observed: '2009-01-01T00:00:00.000Z' }]);
    expect(failed('nation')).toMatchObject([{ column: 'name', check: 'max_length', failing: 3 }]);
    expect(failed('nation')[0]!.examples!.map((e) => e.value)).toEqual(['SAUDI ARABIA', 'UNITED KINGDOM', 'UNITED STATES']);
  });
});

describe('mlgate validate on worker threads (bundle)', () => {
  const big = (): string => {
    const lines = ['id,name,score,note'];
    for (let i = 0; i < 140_000; i++) {
      const id = i % 997 === 0 && i > 0 ? i - 1 : i;
      const note = i % 5 === 0 ? `"multi\nline, ""quoted"" ${i}"` : `plain ${i}`;
      // Every 7th name holds a literal quote (an unquoted field): it opens no quoted field.
      lines.push(`${id},${i % 13 === 0 ? 'bad name!' : i % 7 === 0 ? `n${i}"x` : `n${i}`},${i % 101 === 0 ? '' : ((i * 7919) % 1000) / 10},${note}`);
      if (i % 4001 === 0 && i > 0) lines.push(lines[lines.length - 1]!);
    }
    return `${lines.join('\n')}\n`;
  };
  const yaml = `version: 1
datasets:
  - name: big
    path: big.csv
    columns:
      id: { type: integer, unique: true }
      name: { pattern: '^n\\d+$' }
      score: { type: number, max: 90, nullable: false }
      note: { max_length: 30 }
    duplicates: 0
`;

  /** How a big file is read: batch by batch on this thread (the reference), or in chunks on one thread or two. */
  const MODES = {
    batches: { MLGATE_THREADS: '1', MLGATE_PARALLEL_MIN_BYTES: '1000000000' },
    'chunks-1': { MLGATE_THREADS: '1', MLGATE_PARALLEL_MIN_BYTES: '1000000', MLGATE_CHUNK_BYTES: '262144' },
    'chunks-2': { MLGATE_THREADS: '2', MLGATE_PARALLEL_MIN_BYTES: '1000000', MLGATE_CHUNK_BYTES: '262144' },
  } as const;
  type Mode = keyof typeof MODES;
  const CHUNKED: Mode[] = ['chunks-1', 'chunks-2'];

  /** `mlgate validate` in `dir` read in `mode` (exit 1 expected); the result JSON, written to `<tag>.json`. */
  function runMode(dir: string, mode: Mode, tag: string = mode): string {
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'mlgate.js'), 'validate', '--json', `${tag}.json`], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, ...MODES[mode], MLGATE_CACHE_DIR: path.join(dir, `cache-${mode}`) } });
    expect(r.status, r.stderr).toBe(1);
    return readFileSync(path.join(dir, `${tag}.json`), 'utf8');
  }

  it('gives exactly the batch-by-batch result (counts and first examples) on a file big enough to split, on one thread or two', () => {
    const dir = workspace({ 'big.csv': big(), 'mlgate.yml': yaml });
    const one = runMode(dir, 'batches');
    for (const mode of CHUNKED) expect(JSON.parse(runMode(dir, mode)), mode).toEqual(JSON.parse(one));
    const result = JSON.parse(one) as { datasets: { checks: { column?: string; check: string; failing: number }[] }[] };
    const failing = Object.fromEntries(result.datasets[0]!.checks.map((c) => [`${c.column ?? ''}.${c.check}`, c.failing]));
    expect(failing['id.unique']).toBeGreaterThan(100);
    expect(failing['.duplicates']).toBeGreaterThan(10);
  });

  it('gives the batch-by-batch result on a big file with lone CR line ends (no line feed to cut chunks at)', () => {
    const dir = workspace({ 'big.csv': big().replaceAll('\n', '\r'), 'mlgate.yml': yaml });
    const one = JSON.parse(runMode(dir, 'batches')) as { datasets: { rows: number }[] };
    expect(one.datasets[0]!.rows).toBeGreaterThan(140_000);
    for (const mode of CHUNKED) expect(JSON.parse(runMode(dir, mode)), mode).toEqual(one);
  });

  it('gives the one-thread drift in the same pass as the checks, against reference data and its cached distributions', () => {
    const reference = big().replace(/,(\d+(?:\.\d)?),/g, (_m, v: string) => `,${(Number(v) * 0.9).toFixed(1)},`);
    const driftYaml = yaml.replace('    duplicates: 0\n', '    duplicates: 0\n    drift:\n      reference: reference.csv\n      method: auto\n');
    const dir = workspace({ 'big.csv': big(), 'reference.csv': reference, 'mlgate.yml': driftYaml });
    const run = (mode: Mode, tag: string): { drift: unknown[]; checks: unknown[] } => (JSON.parse(runMode(dir, mode, tag)) as { datasets: { drift: unknown[]; checks: unknown[] }[] }).datasets[0]!;
    const one = run('batches', 'one');
    for (const mode of CHUNKED) expect(run(mode, mode), mode).toEqual(one);
    expect(one.drift.length).toBeGreaterThanOrEqual(4);
    expect(one.drift.some((d) => (d as { status: string }).status === 'fail')).toBe(true);
    // The second runs take the reference from the distributions cached by the first ones: the same result.
    const oneCached = run('batches', 'one-cached');
    for (const mode of CHUNKED) expect(run(mode, `${mode}-cached`), mode).toEqual(oneCached);
    expect(oneCached).toEqual(one);
  });

  it('reports bad input in the first rows of reference data as a one-thread read does (their columns are planned on a worker thread while this one hashes the files)', () => {
    const reference = big();
    const cut = reference.indexOf('\n') + 1;
    const bad = `${reference.slice(0, cut)}1,2\n${reference.slice(cut)}`;
    const driftYaml = yaml.replace('    duplicates: 0\n', '    duplicates: 0\n    drift:\n      reference: reference.csv\n');
    const dir = workspace({ 'big.csv': big(), 'reference.csv': bad, 'mlgate.yml': driftYaml });
    for (const mode of Object.keys(MODES) as Mode[]) {
      const r = spawnSync(process.execPath, [path.join(root, 'bin', 'mlgate.js'), 'validate'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, ...MODES[mode], MLGATE_CACHE_DIR: path.join(dir, `cache-${mode}`) } });
      expect(r.status, mode).toBe(2);
      expect(r.stderr, mode).toContain('reference.csv:2: ragged row: 2 fields where the header has 4');
    }
  });

  it('names the line of bad input found by a worker', () => {
    const text = big();
    // a ragged record inserted at a record boundary near the end (in the last chunk)
    const cut = text.indexOf('\n139991,') + 1;
    const bad = `${text.slice(0, cut)}1,2\n${text.slice(cut)}`;
    const dir = workspace({ 'big.csv': bad, 'mlgate.yml': yaml });
    const line = text.slice(0, cut).split('\n').length;
    for (const mode of Object.keys(MODES) as Mode[]) {
      const r = spawnSync(process.execPath, [path.join(root, 'bin', 'mlgate.js'), 'validate'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, ...MODES[mode] } });
      expect(r.status, mode).toBe(2);
      expect(r.stderr).toContain(`big.csv:${line}: ragged row: 2 fields where the header has 4`);
    }
  });
});
