import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommentSink } from '../../../src/adapters/github/comments.js';
import type { Log } from '../../../src/ports.js';
import { startFakeGitHub, type FakeGitHub } from '../../fake-github/index.js';
import { githubContext, promote, rollback, runOn, twoModelDir } from './github-run.js';

/**
 * SPEC §6: a write GitHub performed whose answer was lost (a 502 after acting) is never blindly repeated. The fake's
 * `lost-answer` fault performs the request and then answers 502, as a gateway that timed out would.
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

const statesOf = (id: number): string[] => gh.repo.statuses.filter((s) => s.deploymentId === id).sort((a, b) => a.id - b.id).map((s) => s.state);

describe('a lost answer to a create', () => {
  it('promote: the deployment GitHub created is found again; exactly one, no false race', async () => {
    const lost = gh.fail({ operationId: 'repos/create-deployment' }, { kind: 'lost-answer' });
    const r = await runOn(gh, { dir, token, runId: 70, runAttempt: 1 }, promote, { model: 'churn', version: '1' });
    expect(lost.hits).toBe(1);
    expect(r.exitCode, r.text).toBe(0);
    expect(gh.repo.deployments).toHaveLength(1);
    expect(r.outputs?.['deployment-id']).toBe(String(gh.repo.deployments[0]!.id));
    expect(statesOf(gh.repo.deployments[0]!.id)).toEqual(['in_progress', 'success']);
    expect(gh.repo.deployments[0]!.payload).toMatchObject({ idempotency_key: expect.stringMatching(/^70\.1\./) as unknown });
  });

  it.each(['in_progress', 'success'])('promote: a lost answer to the %s status writes it once', async (state) => {
    const lost = gh.fail({ operationId: 'repos/create-deployment-status', where: (q) => (q.body as { state?: string }).state === state }, { kind: 'lost-answer' });
    const r = await runOn(gh, { dir, token }, promote, { model: 'churn', version: '1' });
    expect(lost.hits).toBe(1);
    expect(r.exitCode, r.text).toBe(0);
    expect(statesOf(gh.repo.deployments[0]!.id)).toEqual(['in_progress', 'success']);
  });

  it('rollback: one new deployment after a lost answer', async () => {
    for (const v of ['1', '2']) expect((await runOn(gh, { dir, token }, promote, { model: 'churn', version: v })).exitCode).toBe(0);
    const lost = gh.fail({ operationId: 'repos/create-deployment' }, { kind: 'lost-answer' });
    const r = await runOn(gh, { dir, token, runId: 71 }, rollback, { model: 'churn' });
    expect(lost.hits).toBe(1);
    expect(r.exitCode, r.text).toBe(0);
    expect(gh.repo.deployments).toHaveLength(3);
  });

  it('a server error before GitHub acted: the create is sent again and succeeds once', async () => {
    const failed = gh.fail({ operationId: 'repos/create-deployment' }, { kind: 'status', status: 502 });
    const r = await runOn(gh, { dir, token }, promote, { model: 'churn', version: '1' });
    expect(failed.hits).toBe(1);
    expect(r.exitCode, r.text).toBe(0);
    expect(gh.repo.deployments).toHaveLength(1);
    expect(gh.calls('repos/create-deployment')).toHaveLength(2);
  });

  it('a comment: exactly one after a lost answer, carrying the marker', async () => {
    gh.seed.pull({ number: 42 });
    const lost = gh.fail({ operationId: 'issues/create-comment' }, { kind: 'lost-answer' });
    const sink = createCommentSink({ github: githubContext(gh, { dir, token }).github, log: quiet });
    const outcome = await sink.upsert({ issueNumber: 42, key: 'churn', body: '<!-- mlgate:churn -->\nhello', mode: 'update' });
    expect(lost.hits).toBe(1);
    expect(outcome.kind).toBe('created');
    expect(gh.repo.comments.filter((c) => c.issueNumber === 42)).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });
});
