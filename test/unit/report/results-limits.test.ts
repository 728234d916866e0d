import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli.js';
import { renderReport } from '../../../src/domain/report/render.js';
import type { ComparisonResult, ValidationResult } from '../../../src/domain/results.js';
import { MAX_FILES_PER_FOLDER, MAX_FILE_BYTES, readResults, writeResultsDir } from '../../../src/io/files/results-dir.js';

const METRIC = `slice_${'m'.repeat(9994)}`;
const COLUMN = 'c'.repeat(5000);
const DATASET = `d${'s'.repeat(4999)}`;

/** A project whose metric, column and dataset names are far longer than any display. */
function project(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-long-names-'));
  mkdirSync(path.join(dir, 'reports'));
  writeFileSync(path.join(dir, 'reports', 'metrics.json'), JSON.stringify({ [METRIC]: 0.5, accuracy: 0.9 }));
  writeFileSync(path.join(dir, 'data.csv'), `${COLUMN},b\n1,2\n3,4\n`);
  // YAML allows implicit keys up to 1024 characters: the long column is an explicit key (`? key`).
  writeFileSync(
    path.join(dir, 'mlgate.yml'),
    `version: 1\ndatasets:\n  - name: ${DATASET}\n    path: data.csv\n    columns:\n      ? ${COLUMN}\n      : { type: integer, max: 2 }\nmodels:\n  - name: churn\n    metrics: reports/metrics.json\n    gates:\n      "*": { min: 0.6 }\n`,
  );
  return dir;
}

async function cli(cwd: string, args: string[]): Promise<number> {
  return runCli(args, { stdout: () => {}, stderr: () => {}, cwd, env: {} });
}

describe('report reads back whatever compare and validate wrote', () => {
  it('a 10,000-character metric name, a 5,000-character column and dataset name: read back whole, shortened on the page', async () => {
    const dir = project();
    expect(await cli(dir, ['compare', '--json', 'c.json'])).toBe(1);
    expect(await cli(dir, ['validate', '--json', 'v.json'])).toBe(1);
    const comparison = JSON.parse(readFileSync(path.join(dir, 'c.json'), 'utf8')) as ComparisonResult;
    const validation = JSON.parse(readFileSync(path.join(dir, 'v.json'), 'utf8')) as ValidationResult;
    const results = path.join(dir, 'results');
    await writeResultsDir(results, { comparisons: [comparison], validation });
    const back = await readResults(results);
    expect(back.comparisons[0]!.metrics.map((m) => m.name)).toContain(METRIC);
    expect(back.validation!.datasets[0]!.name).toBe(DATASET);
    expect(back.validation!.datasets[0]!.checks.find((c) => c.check === 'max')!.column).toBe(COLUMN);
    const md = renderReport({ key: 'k', validation: back.validation, comparisons: back.comparisons }).markdown;
    expect(md).not.toContain('m'.repeat(200));
    expect(md).not.toContain('c'.repeat(200));
    expect(md).toContain(`slice&#95;${'m'.repeat(10)}`);
    expect(md.length).toBeLessThan(8000);
  });

  it('report --results on the single --json files (compare, validate) renders them', async () => {
    const dir = project();
    await cli(dir, ['compare', '--json', 'c.json']);
    await cli(dir, ['validate', '--json', 'v.json']);
    expect(await cli(dir, ['report', '--results', 'c.json', '--out', 'rc.md'])).toBe(0);
    expect(await cli(dir, ['report', '--results', 'v.json', '--out', 'rv.md'])).toBe(0);
    expect(readFileSync(path.join(dir, 'rc.md'), 'utf8')).toContain('❌ **Failed:**');
    expect(readFileSync(path.join(dir, 'rv.md'), 'utf8')).toContain('❌ **Failed:**');
  });

  it('what report could not read back is refused when written, naming the file', async () => {
    const metric = (name: string): ComparisonResult['metrics'][number] => ({ name, direction: 'higher', baseline: null, candidate: 1, delta: null, relative_delta: null, gate: '', status: 'pass', reason: '' });
    const big: ComparisonResult = { verdict: 'pass', model: 'big', baseline: { source: 'p' }, metrics: [metric('x'.repeat(MAX_FILE_BYTES))] };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-write-caps-'));
    await expect(writeResultsDir(dir, { comparisons: [big] })).rejects.toMatchObject({
      kind: 'input',
      message: expect.stringMatching(new RegExp(`^results file would be \\d+ bytes; expected at most ${MAX_FILE_BYTES}$`)) as unknown,
      location: { file: path.join(dir, 'comparisons', 'big.json') },
    });
    const many = Array.from({ length: MAX_FILES_PER_FOLDER + 1 }, (_, i): ComparisonResult => ({ verdict: 'pass', model: `m${i}`, baseline: { source: 'p' }, metrics: [metric('a')] }));
    await expect(writeResultsDir(mkdtempSync(path.join(os.tmpdir(), 'mlgate-write-caps-')), { comparisons: many })).rejects.toThrow(`more than ${MAX_FILES_PER_FOLDER} files in comparisons/`);
    // At the cap, it is written and read back.
    const atCap = mkdtempSync(path.join(os.tmpdir(), 'mlgate-write-caps-'));
    await writeResultsDir(atCap, { comparisons: many.slice(0, MAX_FILES_PER_FOLDER) });
    expect((await readResults(atCap)).comparisons).toHaveLength(MAX_FILES_PER_FOLDER);
  });
});
