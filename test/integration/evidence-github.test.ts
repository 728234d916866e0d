import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import { REPO_ROOT, runAction } from '../harness/index.js';
import { N, project, writeData, writeModel } from './evidence-project.js';

/**
 * Production evidence on GitHub, through the step actions under Node 24 against the fake GitHub (every request and
 * response checked against GitHub's OpenAPI description): promote writes the evidence to the mlgate-evidence branch
 * with the Git database API; a fork PR's read-only token reads it back for significance and drift.
 */

let gh: FakeGitHub;
beforeAll(async () => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'index.js'))) throw new Error('dist/ is not built: run npm run bundle');
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});

const env = (sha: string): Record<string, string> => ({ GITHUB_SHA: sha, GITHUB_RUN_ID: '501', GITHUB_RUN_ATTEMPT: '1' });

describe('production evidence on GitHub (the mlgate-evidence branch)', () => {
  it('promote stores it; a fork PR (read-only token) gets significance and drift against production from it', async () => {
    const dir = await project();
    const sha = gh.seed.ref('release-1');
    const promote = await runAction({ action: 'promote', workspace: dir, apiUrl: gh.url, token: gh.seed.actionsToken().token, event: { name: 'workflow_dispatch' }, inputs: { version: '1.0.0', store: 'github' }, env: env(sha) });
    expect(promote.exitCode, promote.stdout + promote.stderr).toBe(0);
    const head = gh.repo.refs.get('mlgate-evidence');
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    const payload = gh.repo.deployments[0]!.payload as { evidence: { store: string; predictions: { location: string }; profiles: Record<string, unknown> } };
    expect(payload.evidence.store).toBe('github');
    expect(payload.evidence.predictions.location).toMatch(/^mlgate-evidence:production\/churn\/1\.0\.0-run501-1\/predictions\.csv\.gz@[0-9a-f]{40}$/);
    expect(Object.keys(payload.evidence.profiles).sort()).toEqual(['holdout', 'train']);
    // The branch's files are the evidence, readable like any file of the repository.
    expect([...gh.repo.files.get(head!)!.keys()].sort()).toEqual(
      ['metrics.json.gz', 'predictions.csv.gz', 'profile-holdout.json.gz', 'profile-train.json.gz'].map((f) => `production/churn/1.0.0-run501-1/${f}`),
    );

    await writeModel(dir, 0.78, 2);
    await writeData(dir, 1);
    const fork = gh.seed.forkToken().token;
    const compare = await runAction({ action: 'compare', workspace: dir, apiUrl: gh.url, token: fork, inputs: { store: 'github', json: 'cmp.json' } });
    expect(compare.exitCode, compare.stdout + compare.stderr).toBe(1);
    const r = JSON.parse(await readFile(path.join(dir, 'cmp.json'), 'utf8')) as { significance: unknown; metrics: Array<{ name: string; status: string; p_value?: number }> };
    expect(r.significance).toEqual({ baseline: 'production 1.0.0 (#' + String(gh.repo.deployments[0]!.id) + ')', status: 'used', paired: N });
    expect(r.metrics.find((m) => m.name === 'accuracy')).toMatchObject({ status: 'fail' });

    const validate = await runAction({ action: 'validate', workspace: dir, apiUrl: gh.url, token: fork, inputs: { store: 'github', json: 'val.json' } });
    expect(validate.stdout).toContain('reference from the profile stored with the live release 1.0.0');
    const v = JSON.parse(await readFile(path.join(dir, 'val.json'), 'utf8')) as { datasets: Array<{ drift?: Array<{ column: string; status: string }>; production?: unknown }> };
    expect(v.datasets[0]!.drift!.find((d) => d.column === 'x')).toMatchObject({ status: 'fail' });
    // Data vs production, from the fingerprints in the release payload: the shifted train.csv changed, holdout did not.
    expect(v.datasets[0]!.production).toMatchObject({ status: 'compared', files: { added: [], removed: [], changed: ['data/train.csv'], unchanged: 0 }, rows: { production: 3000, now: 3000 }, drift: { drifted: 2, compared: 2 } });
    expect(v.datasets[1]!.production).toMatchObject({ status: 'compared', files: { changed: [], unchanged: 1 } });
  });

  it('a second release builds on the branch (fast-forward), keeping the first one’s evidence', async () => {
    const dir = await project();
    const token = gh.seed.actionsToken().token;
    const before = gh.repo.refs.get('mlgate-evidence');
    await writeModel(dir, 0.88, 5);
    const p = await runAction({ action: 'promote', workspace: dir, apiUrl: gh.url, token, event: { name: 'workflow_dispatch' }, inputs: { version: '1.1.0', store: 'github' }, env: { ...env(gh.seed.ref('release-2')), GITHUB_RUN_ID: '502' } });
    expect(p.exitCode, p.stdout + p.stderr).toBe(0);
    const files = [...gh.repo.files.get(gh.repo.refs.get('mlgate-evidence')!)!.keys()];
    expect(files.filter((f) => f.startsWith('production/churn/1.0.0-run501-1/'))).toHaveLength(before ? 4 : 0);
    expect(files.filter((f) => f.startsWith('production/churn/1.1.0-run502-1/'))).toHaveLength(4);
  });
});
