/** The PR gate (`check`) on a fork PR: the read-only token cannot comment; summary written, exit per the gate, one warning. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../fake-github/index.js';
import { REPO_ROOT, runAction } from '../harness/index.js';

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'check.js'))) throw new Error('dist/ is missing: run `npm run bundle` (npm test does it first)');
});

function churnWorkspace(): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'mlgate-check-fork-'));
  cpSync(path.join(REPO_ROOT, 'examples/churn'), ws, { recursive: true, filter: (src) => !src.endsWith('generate.mjs') });
  return ws;
}

describe('check on a fork PR (read-only GITHUB_TOKEN)', () => {
  it.each([
    ['passing gate', false, 0],
    ['failing gate', true, 1],
  ] as const)('%s: summary written, exit code per the gate, exactly one warning with the fix, no comment, no schema violation', async (_name, breakIt, exitCode) => {
    const gh = await startFakeGitHub();
    try {
      const token = gh.seed.forkToken().token;
      gh.seed.pull({ number: 42, fork: true });
      const ws = churnWorkspace();
      if (breakIt) {
        const file = path.join(ws, 'reports/candidate/metrics.json');
        const metrics = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        metrics.accuracy = 0.5;
        writeFileSync(file, JSON.stringify(metrics));
      }
      const run = await runAction({ action: 'check', node: 24, workspace: ws, apiUrl: gh.url, token, inputs: { store: 'local' }, event: { name: 'pull_request', action: 'synchronize', pull: { number: 42 } } });
      expect(run.exitCode, run.stderr + run.stdout.slice(-2000)).toBe(exitCode);
      expect(run.summary.split('\n')[1]).toMatch(breakIt ? /^❌ \*\*Failed:\*\*/ : /^(✅|⚠️) \*\*Passed/);
      const readOnly = run.annotations.filter((a) => a.level === 'warning' && /could not comment/.test(a.message));
      expect(readOnly).toHaveLength(1);
      expect(readOnly[0]!.message).toMatch(/read-only.*workflow_run/s);
      expect(gh.repo.comments).toHaveLength(0);
      expect(run.leaks(token)).toBe(false);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});
