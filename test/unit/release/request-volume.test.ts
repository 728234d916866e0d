import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareCommand } from '../../../src/commands/compare.js';
import { SUPERSEDED_PREFIX } from '../../../src/domain/release/state.js';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github/index.js';
import { history, promote, rollback, runOn } from './github-run.js';

/**
 * SPEC §6: reads stop once the answer is known, so a command's API calls do not grow with the history (a GITHUB_TOKEN
 * has 1,000 requests per hour per repository). 60 earlier releases of churn in production, with another model's
 * releases and the application's deploys in between; the fake counts every request.
 */

let gh: FakeGitHub;
let dir: string;
let token: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  token = gh.seed.actionsToken().token;
  dir = await mkdtemp(path.join(tmpdir(), 'mlgate-volume-'));
  await writeFile(path.join(dir, 'mlgate.yml'), 'version: 1\nmodels:\n  - name: churn\n    metrics: churn.json\n    baseline: production\n    gates:\n      accuracy: { max_regression: 0.01 }\n');
  await writeFile(path.join(dir, 'churn.json'), '{"accuracy": 0.95}');
  const release = (model: string, version: number, live: boolean): void => {
    const d = gh.seed.deployment({ environment: 'production', task: 'deploy:mlgate', payload: { mlgate: 1, model: { name: model, version: String(version) }, metrics: { accuracy: 0.9 } }, statuses: ['in_progress', 'success'], autoInactive: false });
    if (!live) gh.seed.deploymentStatus(d.id, 'inactive', { description: `${SUPERSEDED_PREFIX}${version + 1}`, autoInactive: false });
  };
  for (let v = 1; v <= 60; v++) {
    release('churn', v, v === 60);
    if (v % 5 === 0) release('fraud', v, v === 60);
    if (v % 7 === 0) gh.seed.deployment({ environment: 'production', task: 'deploy', statuses: ['success'] });
  }
});
afterEach(async () => {
  await gh.close();
  await rm(dir, { recursive: true, force: true });
});

describe('request volume with 60 earlier releases', () => {
  it('promote makes at most 25 API calls', async () => {
    const r = await runOn(gh, { dir, token }, promote, { version: '61' });
    expect(r.exitCode, r.text).toBe(0);
    expect(r.outputs?.['previous-version']).toBe('60');
    expect(gh.requests.length, gh.requests.map((q) => q.operationId).join('\n')).toBeLessThanOrEqual(25);
  });

  it('compare against production makes at most 10 and finds the live baseline', async () => {
    const r = await runOn(gh, { dir, token }, compareCommand, {});
    expect(r.exitCode, r.text).toBe(0);
    expect(JSON.stringify(r.json)).toContain('"version":"60"');
    expect(gh.requests.length, gh.requests.map((q) => q.operationId).join('\n')).toBeLessThanOrEqual(10);
  });

  it('rollback to previous and history --limit 5 stay small', async () => {
    const back = await runOn(gh, { dir, token }, rollback, { reason: 'test' });
    expect(back.exitCode, back.text).toBe(0);
    expect(back.outputs?.version).toBe('59');
    expect(gh.requests.length, gh.requests.map((q) => q.operationId).join('\n')).toBeLessThanOrEqual(25);
    const before = gh.requests.length;
    const h = await runOn(gh, { dir, token }, history, { limit: '5' });
    expect((h.json as { releases: unknown[]; live: { version: string } }).live.version).toBe('59');
    expect((h.json as { releases: unknown[] }).releases).toHaveLength(5);
    expect(gh.requests.length - before).toBeLessThanOrEqual(8);
  });
});
