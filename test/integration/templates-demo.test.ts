import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/index.js';

function demo(): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [path.join(REPO_ROOT, 'scripts', 'demo.mjs')],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8' }, timeout: 170_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ exitCode: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

// `npm run demo` as a user runs it: the committed bundle, the example project, the local release store.
describe('npm run demo', () => {
  it('runs validate → compare → report → promote → promote → rollback → history → monitor ×3 and writes demo-out/report.md', async () => {
    const r = await demo();
    expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(0);
    const steps = [...r.stdout.matchAll(/^\[(\d+)\] (.+)$/gm)].map((m) => m[2]);
    expect(steps).toEqual([
      'The starting point',
      'Validate the data',
      'Gate the candidate against production, with significance',
      'Render the PR report',
      'Promote the candidate to production as 1.1.0',
      'Promote 1.1.0 again (a rerun of the release job)',
      'Roll production back',
      'Release history of production',
      'Monitor production: a healthy week',
      'Monitor production: the week after a price change, with worse labelled predictions',
      'Monitor production: healthy again',
    ]);
    const report = readFileSync(path.join(REPO_ROOT, 'demo-out', 'report.md'), 'utf8');
    expect(report).toMatch(/^\| Metric \|/m);
    expect(report).toMatch(/```mermaid\n[\s\S]*?xychart-beta/);
    expect(r.stdout).toMatch(/95% interval \(unadjusted\) of the delta \[[^\]]+\] \(mcnemar, Holm-adjusted p=/); // the comparison ran with significance
    // …against production's stored evidence: the live release's predictions and its profile of the training data.
    expect(r.stdout).toContain('mlgate compare churn: PASS (baseline: production 1.0.1)');
    expect(r.stdout).toMatch(/paired test on 2,500 per-example predictions of the candidate and of production 1\.0\.1 \(#2\) \(its stored evidence; 2500 ids paired/);
    expect(r.stdout).toContain('drift train: reference from the profile stored with the live release 1.0.1 (#2)');
    expect(r.stdout).toContain('already live');
    expect(r.stdout).toMatch(/Rolled back churn 1\.1\.0 .* → 1\.0\.1/);
    expect(existsSync(path.join(REPO_ROOT, 'demo-out', 'work', '.mlgate', 'releases.json'))).toBe(true);
    // Monitoring the restored release: healthy, then degraded with the issue file opened, then closed again.
    expect([...r.stdout.matchAll(/^ {4}mlgate monitor churn in production: (\w+) \(live release 1\.0\.1 /gm)].map((m) => m[1])).toEqual(['HEALTHY', 'DEGRADED', 'HEALTHY']);
    expect(r.stdout).toContain('done: issue opened: ');
    expect(r.stdout).toContain('done: issue closed with a note: ');
    const issue = readFileSync(path.join(REPO_ROOT, 'demo-out', 'work', '.mlgate', 'monitor', 'monitor.churn.production.issue.md'), 'utf8');
    expect(issue.split('\n')[1]).toBe('<!-- mlgate-issue-state: closed -->');
  }, 180_000);
});
