import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli.js';
import { readResults, writeResultsDir } from '../../../src/io/files/results-dir.js';
import type { ComparisonResult } from '../../../src/domain/results.js';

const CONFIG = `version: 1
models:
  - name: churn
    metrics: reports/metrics.yaml
    baseline: file:reports/base.json
    gates:
      accuracy: { min: 0.8, max_regression: 0.01 }
      loss: { max: 0.5 }
      f1: { min_improvement: 0.01 }
`;

async function cli(cwd: string, args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (out += t), cwd, env: {} });
  return { code, out };
}

function project(metricsYaml: string, baseJson: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-nonfinite-'));
  mkdirSync(path.join(dir, 'reports'));
  writeFileSync(path.join(dir, 'mlgate.yml'), CONFIG);
  writeFileSync(path.join(dir, 'reports', 'metrics.yaml'), metricsYaml);
  writeFileSync(path.join(dir, 'reports', 'base.json'), baseJson);
  return dir;
}

describe('non-finite metrics from compare to report', () => {
  it('YAML .inf / -.inf candidates and a Python-json -Infinity baseline: judged, written as text, shown as ∞', async () => {
    const dir = project('accuracy: .inf\nloss: -.inf\nf1: 0.5\n', '{"accuracy": 0.9, "loss": 0.3, "f1": -Infinity}\n');
    const compare = await cli(dir, ['compare', '--json', 'out.json']);
    expect(compare.code).toBe(1);
    expect(compare.out).toContain('accuracy: 0.9 → Infinity — fail: candidate is Infinity');
    expect(compare.out).toContain('loss: 0.3 → -Infinity — fail: candidate is -Infinity');
    const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as ComparisonResult;
    const byName = Object.fromEntries(json.metrics.map((m) => [m.name, m]));
    expect(byName.accuracy).toMatchObject({ candidate: 'Infinity', baseline: 0.9, delta: 'Infinity', relative_delta: null, status: 'fail' });
    expect(byName.loss).toMatchObject({ candidate: '-Infinity', baseline: 0.3, delta: '-Infinity', status: 'fail' });
    expect(byName.f1).toMatchObject({ candidate: 0.5, baseline: '-Infinity', delta: 'Infinity', status: 'skipped' });

    const report = await cli(dir, ['report', '--results', 'out.json', '--out', 'r.md']);
    expect(report.code).toBe(0);
    const md = readFileSync(path.join(dir, 'r.md'), 'utf8');
    expect(md).toMatch(/\| accuracy\s↑ \| 0\.9 \| ∞ \| \+∞ \|/);
    expect(md).toMatch(/\| loss\s↓ \| 0\.3 \| −∞ \| −∞ \|/);
    expect(md).toMatch(/\| f1\s↑ \| −∞ \| 0\.5 \| \+∞ \|/);
  });

  it('the results directory reads back ±Infinity and NaN as numbers', async () => {
    const comparison: ComparisonResult = {
      verdict: 'fail',
      model: 'm',
      baseline: { source: 'production' },
      metrics: [
        { name: 'a', direction: 'higher', baseline: Number.NEGATIVE_INFINITY, candidate: Number.POSITIVE_INFINITY, delta: Number.POSITIVE_INFINITY, relative_delta: null, gate: 'min 0', status: 'fail', reason: 'r' },
        { name: 'b', direction: 'lower', baseline: 1, candidate: Number.NaN, delta: null, relative_delta: null, gate: 'max 2', status: 'fail', reason: 'r' },
      ],
    };
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-nonfinite-dir-'));
    await writeResultsDir(dir, { comparisons: [comparison] });
    expect(readFileSync(path.join(dir, 'comparisons', 'm.json'), 'utf8')).toContain('"baseline": "-Infinity"');
    const back = await readResults(dir);
    expect(back.comparisons[0]!.metrics[0]).toMatchObject({ baseline: Number.NEGATIVE_INFINITY, candidate: Number.POSITIVE_INFINITY, delta: Number.POSITIVE_INFINITY });
    expect(back.comparisons[0]!.metrics[1]!.candidate).toBeNaN();
  });

  it('other text in a number field is still refused, naming the field', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-nonfinite-bad-'));
    for (const bad of ['inf', 'Infinity ', '1e999x']) {
      writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ verdict: 'pass', model: 'm', baseline: { source: 'p' }, metrics: [{ name: 'a', direction: 'higher', baseline: null, candidate: bad, delta: null, relative_delta: null, gate: '', status: 'pass', reason: '' }] }));
      await expect(readResults(path.join(dir, 'c.json'))).rejects.toMatchObject({ kind: 'input', location: { field: 'metrics[0].candidate' } });
    }
  });
});
