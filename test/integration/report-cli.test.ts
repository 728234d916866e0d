import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../harness/index.js';

const RESULTS = path.join(REPO_ROOT, 'examples/reports/results');

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run bundle` (npm test does it first)');
});

describe('mlgate report (CLI, outside Actions)', () => {
  it('renders a results directory to the report file and says there is no PR to comment on', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-report-cli-'));
    cpSync(path.join(RESULTS, 'fail'), path.join(cwd, 'results'), { recursive: true });
    const run = await runCli(['report', '--results', 'results', '--json', 'out.json'], { cwd });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('churn: fail — report written to .mlgate/report.md');
    const md = readFileSync(path.join(cwd, '.mlgate/report.md'), 'utf8');
    // The example, except that outside a runner there is no run to link to.
    const example = readFileSync(path.join(REPO_ROOT, 'examples/reports/fail.md'), 'utf8');
    expect(md.split('\n').slice(0, -2)).toEqual(example.split('\n').slice(0, -2));
    expect(md.split('\n').at(-2)).toBe('<sub>mlgate 0.1.0 for b7e1d4c</sub>');
    expect(JSON.parse(readFileSync(path.join(cwd, 'out.json'), 'utf8'))).toMatchObject({ verdict: 'fail', comment: { kind: 'skipped' } });
  });

  it('a --json file of compare works too; a bad --comment value or missing --results is exit 2', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-report-cli-'));
    cpSync(path.join(RESULTS, 'pass/comparisons/churn.json'), path.join(cwd, 'compare.json'));
    const ok = await runCli(['report', '--results', 'compare.json', '--out', 'r.md'], { cwd });
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(readFileSync(path.join(cwd, 'r.md'), 'utf8').split('\n')[1]).toMatch(/^✅ \*\*Passed:\*\*/);
    const bad = await runCli(['report', '--results', 'compare.json', '--comment', 'maybe'], { cwd });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("--comment is 'maybe'; expected one of auto, true, false, recreate");
    const missing = await runCli(['report'], { cwd });
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('missing --results');
  });
});
