/** Names of any length: what compare and validate write, report reads back and posts (the fork-safe comment stage). */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonResult, ValidationResult } from '../../src/domain/results.js';
import { writeResultsDir } from '../../src/io/files/results-dir.js';
import { startFakeGitHub } from '../fake-github/index.js';
import { REPO_ROOT, runAction, runCli } from '../harness/index.js';

const BOT = 'github-actions[bot]';
const METRIC = `slice_${'m'.repeat(9994)}`;
const COLUMN = 'c'.repeat(5000);
const DATASET = `d${'s'.repeat(4999)}`;
const META = { mlgate: 1 as const, repository: 'octo-org/ml-repo', pr: 58, head_sha: 'b7e1d4c3a2f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9', run_id: 7002, workflow: 'mlgate' };

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'report.js'))) throw new Error('dist/ is missing: run `npm run bundle` (npm test does it first)');
});

/** The PR job: validate and compare with the built CLI on a project whose names are far longer than any display. */
async function prJob(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-long-names-'));
  mkdirSync(path.join(dir, 'reports'));
  writeFileSync(path.join(dir, 'reports', 'metrics.json'), JSON.stringify({ [METRIC]: 0.5, accuracy: 0.9 }));
  writeFileSync(path.join(dir, 'data.csv'), `${COLUMN},b\n1,2\n3,4\n`);
  writeFileSync(
    path.join(dir, 'mlgate.yml'),
    `version: 1\ndatasets:\n  - name: ${DATASET}\n    path: data.csv\n    columns:\n      ? ${COLUMN}\n      : { type: integer, max: 2 }\nmodels:\n  - name: churn\n    metrics: reports/metrics.json\n    gates:\n      "*": { min: 0.6 }\n`,
  );
  const compare = await runCli(['compare', '--json', 'c.json'], { cwd: dir });
  expect(compare.exitCode, compare.stderr).toBe(1);
  const validate = await runCli(['validate', '--json', 'v.json'], { cwd: dir });
  expect(validate.exitCode, validate.stderr).toBe(1);
  const read = <T>(f: string): T => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as T;
  await writeResultsDir(path.join(dir, 'results'), { meta: META, comparisons: [read<ComparisonResult>('c.json')], validation: read<ValidationResult>('v.json') });
  return dir;
}

describe('report on results with very long names', () => {
  it('posts the comment on the workflow_run path, names shortened on the page', async () => {
    const gh = await startFakeGitHub();
    try {
      const token = gh.seed.actionsToken().token;
      gh.seed.pull({ number: META.pr, fork: true, head: { sha: META.head_sha } });
      const ws = await prJob();
      const run = await runAction({
        action: 'report',
        node: 24,
        inputs: { results: 'results' },
        workspace: ws,
        apiUrl: gh.url,
        token,
        event: {
          name: 'workflow_run',
          action: 'completed',
          patch: (p) => {
            const wr = p.workflow_run as Record<string, unknown>;
            wr.id = META.run_id;
            wr.head_sha = META.head_sha;
            wr.pull_requests = [];
            (wr.head_repository as Record<string, unknown>).full_name = 'outside-contributor/ml-repo';
          },
        },
      });
      expect(run.exitCode, run.stderr).toBe(0);
      const ours = gh.repo.comments.filter((c) => c.issueNumber === META.pr && c.user.login === BOT);
      expect(ours).toHaveLength(1);
      const body = ours[0]!.body;
      expect(body.split('\n')[1]).toMatch(/^❌ \*\*Failed:\*\*/);
      expect(body).toContain(`slice&#95;${'m'.repeat(20)}`);
      expect(body).toContain('c'.repeat(20));
      for (const long of ['m', 'c', 's']) expect(body).not.toContain(long.repeat(200));
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});
