import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/adapters/github/octokit.js';
import { DeploymentsStore } from '../../../src/adapters/github/deployments.js';
import { resolveBaseline } from '../../../src/adapters/baseline/resolve.js';
import type { Log } from '../../../src/ports.js';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github/index.js';
import { history, promote, rollback, runOn, twoModelDir } from './github-run.js';

/**
 * SPEC §6 "GitHub as it really behaves": GitHub's auto_inactive (default true) marks every earlier successful
 * deployment of the same (non-production) environment inactive, whatever its task. Two models and the
 * application's own deploys share `staging`; each model's live release must survive the others' successes.
 */

const quiet: Log = { info: () => undefined, debug: () => undefined, warning: () => undefined, error: () => undefined };
let gh: FakeGitHub;
let dir: string;
let token: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  dir = await twoModelDir();
  token = gh.seed.actionsToken().token;
});
afterEach(async () => {
  await gh.close();
  await rm(dir, { recursive: true, force: true });
});

interface HistoryJson {
  live: { id: number; version: string } | null;
  releases: Array<{ model: string; version: string; state: string }>;
}

const appDeploy = (): void => {
  gh.seed.deployment({ environment: 'staging', task: 'deploy', creator: 'app-deployer', payload: { app: 'web' }, statuses: ['in_progress', 'success'] });
};

describe.each([false, true])('two models and a foreign deployment in staging (auto_inactive covers production: %s)', (coversProduction) => {
  it('keeps both models live through promotes, history, rollback and the PR gate baseline', async () => {
    gh.behaviour.autoInactiveCoversProduction = coversProduction;
    const run = { dir, token };
    appDeploy();
    for (const [model, version] of [['churn', '1'], ['fraud', '1'], ['churn', '2']] as const) {
      const r = await runOn(gh, run, promote, { model, version });
      expect(r.exitCode, r.text).toBe(0);
    }
    appDeploy();
    const f2 = await runOn(gh, run, promote, { model: 'fraud', version: '2' });
    expect(f2.exitCode, f2.text).toBe(0);
    expect(f2.outputs?.['previous-version']).toBe('1');

    for (const [model, version] of [['churn', '2'], ['fraud', '2']] as const) {
      const h = await runOn(gh, run, history, { model });
      expect((h.json as HistoryJson).live?.version, `${model}: ${h.text}`).toBe(version);
    }
    const all = (await runOn(gh, run, history, { environment: 'staging' })).json as HistoryJson;
    expect(all.releases.filter((r) => r.state === 'live').map((r) => `${r.model} ${r.version}`).sort()).toEqual(['churn 2', 'fraud 2']);

    const back = await runOn(gh, run, rollback, { model: 'churn', reason: 'bad' });
    expect(back.exitCode, back.text).toBe(0);
    expect(back.outputs?.version).toBe('1');
    appDeploy();

    const store = new DeploymentsStore({ octokit: createOctokit({ token, apiUrl: gh.url, log: quiet, retries: 0 }), owner: 'octo-org', repo: 'ml-repo' });
    const git = (): Promise<{ ok: false; message: string }> => Promise.resolve({ ok: false, message: 'unused' });
    for (const [modelName, version] of [['churn', '1'], ['fraud', '2']] as const) {
      const baseline = await resolveBaseline('staging', { root: dir, modelName, store: () => Promise.resolve(store), git, log: quiet });
      expect(baseline?.version, modelName).toBe(version);
    }
    // mlgate's own status writes never ask GitHub to deactivate other deployments.
    for (const c of gh.calls('repos/create-deployment-status')) expect(c.body).toMatchObject({ auto_inactive: false });
    expect(gh.violations).toEqual([]);
  });
});
