import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReleaseFileStore } from '../../../src/adapters/local/release-file-store.js';
import { historyCommand } from '../../../src/commands/history.js';
import { createPromoteCommand } from '../../../src/commands/promote.js';
import { createRollbackCommand } from '../../../src/commands/rollback.js';
import type { CommandContext, CommandResult, Invocation, OptionValue } from '../../../src/commands/types.js';
import type { ArtifactRef, Artifacts, CommentSink, Log } from '../../../src/ports.js';

let dir: string;
let uploads: Array<{ name: string; files: string[]; root: string }>;
let comments: Array<{ issueNumber: number; key: string; body: string }>;
let logs: string[];

const artifacts: Artifacts = {
  kind: 'local',
  upload(name, files, rootDirectory): Promise<ArtifactRef> {
    uploads.push({ name, files: [...files], root: rootDirectory });
    return Promise.resolve({ name, id: uploads.length, runId: 77 });
  },
  download: () => Promise.reject(new Error('not used')),
};
const sink: CommentSink = {
  upsert(request) {
    const existing = comments.findIndex((c) => c.key === request.key && c.issueNumber === request.issueNumber);
    if (existing >= 0) comments[existing] = request;
    else comments.push(request);
    return Promise.resolve({ kind: existing >= 0 ? 'updated' : 'created', id: 1, url: `https://example.test/pr/${request.issueNumber}` });
  },
};
const promote = createPromoteCommand({ artifacts: () => artifacts });
const rollback = createRollbackCommand({ comments: () => sink });

function context(): CommandContext {
  const log: Log = { info: (m) => logs.push(m), debug: () => undefined, warning: (m) => logs.push(`warning: ${m}`), error: (m) => logs.push(`error: ${m}`) };
  return { cwd: dir, env: { PATH: process.env.PATH }, log, summary: { available: false, write: () => Promise.resolve() }, inActions: false, github: { apiUrl: 'http://127.0.0.1:9', serverUrl: 'https://github.com', sha: 'c0ffee', actor: 'alice' } };
}

function inv(command: string, options: Record<string, OptionValue>): Invocation {
  return { command, options: { store: 'local', ...options }, positionals: [], surface: 'cli' };
}

async function comparison(verdict: 'pass' | 'fail', accuracy: number): Promise<string> {
  const file = path.join(dir, `cmp-${verdict}-${accuracy}.json`);
  await writeFile(file, JSON.stringify({ verdict, model: 'churn', baseline: { source: 'production' }, metrics: [{ name: 'accuracy', direction: 'higher', baseline: 0.9, candidate: accuracy, delta: 0, relative_delta: 0, gate: 'max_regression 0.01', status: verdict, reason: '' }] }));
  return file;
}

const run = (cmd: typeof promote, options: Record<string, OptionValue>): Promise<CommandResult> => cmd.run(inv(cmd.spec.name, options), context());

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlgate-cmd-'));
  uploads = [];
  comments = [];
  logs = [];
  await writeFile(path.join(dir, 'mlgate.yml'), 'version: 1\nmodels:\n  - name: churn\n    metrics: metrics.json\n    uri: s3://models/churn\n    gates:\n      accuracy: { max_regression: 0.01 }\n');
  await writeFile(path.join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.9, nested: { f1: 0.5 } }));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('promote / rollback / history on the local store', () => {
  it('runs a whole life', async () => {
    const p1 = await run(promote, { version: '1', results: await comparison('pass', 0.9) });
    expect(p1.exitCode).toBe(0);
    expect(p1.outputs).toEqual({ 'deployment-id': '1', version: '1', 'previous-version': '', 'previous-deployment-id': '' });
    expect(uploads[0]).toMatchObject({ name: 'mlgate-churn-1-production', root: dir });
    const p2 = await run(promote, { version: '2', results: await comparison('pass', 0.91), 'deploy-command': 'test "$MLGATE_VERSION" = 2' });
    expect(p2.exitCode).toBe(0);
    expect(p2.outputs).toMatchObject({ 'deployment-id': '2', 'previous-version': '1', 'previous-deployment-id': '1' });
    // A rerun of the same job changes nothing.
    const rerun = await run(promote, { version: '2', results: await comparison('pass', 0.91) });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.text).toContain('already live');
    expect(rerun.outputs?.['deployment-id']).toBe('2');
    // A failing deploy with auto-rollback: redeploys v2 (which stays live), marks v3 failure.
    const marker = path.join(dir, 'redeployed');
    const failing = await run(promote, { version: '3', results: await comparison('pass', 0.92), 'deploy-command': `if [ "$MLGATE_ROLLBACK" = true ]; then echo "$MLGATE_VERSION" > ${marker}; exit 0; fi; exit 3`, 'auto-rollback': true });
    expect(failing.exitCode).toBe(1);
    expect(failing.json).toMatchObject({ outcome: 'deploy-failed', exit_code: 3, rolled_back: true, live_version: '2', live_deployment_id: 2 });
    expect((await readFile(marker, 'utf8')).trim()).toBe('2');
    // A failed gate is refused unless forced, and force is recorded.
    const gated = await run(promote, { version: '3', results: await comparison('fail', 0.5) });
    expect(gated.exitCode).toBe(1);
    expect(gated.text).toMatch(/gate failed/);
    const forced = await run(promote, { version: '3', results: await comparison('fail', 0.5), force: true });
    expect(forced.exitCode).toBe(0);
    expect(forced.outputs).toMatchObject({ 'deployment-id': '4', version: '3', 'previous-version': '2' });

    const back = await run(rollback, { to: 'previous', reason: 'p95 latency doubled' });
    expect(back.exitCode).toBe(0);
    expect(back.outputs).toMatchObject({ version: '2', uri: 's3://models/churn', sha: 'c0ffee', 'artifact-name': 'mlgate-churn-2-production', 'artifact-run-id': '77', 'deployment-id': '5', 'rolled-back-version': '3' });
    const toV1 = await run(rollback, { to: '1', reason: 'back to basics' });
    expect(toV1.exitCode).toBe(0);
    expect(toV1.outputs).toMatchObject({ version: '1', 'deployment-id': '6', 'rolled-back-version': '2' });

    const history = await run(historyCommand, { limit: 'all', json: 'h.json' });
    expect(history.exitCode).toBe(0);
    expect(history.outputs).toEqual({ 'live-version': '1', 'live-deployment-id': '6' });
    const h = history.json as { releases: Array<{ id: number; version: string; state: string; rollback_of: number | null; forced: boolean; gate: string }> };
    expect(h.releases.map((r) => [r.id, r.version, r.state, r.rollback_of])).toEqual([
      [6, '1', 'live', 5],
      [5, '2', 'rolled back', 4],
      [4, '3', 'rolled back', null],
      [3, '3', 'failed', null],
      [2, '2', 'superseded', null],
      [1, '1', 'superseded', null],
    ]);
    expect(h.releases.find((r) => r.id === 4)).toMatchObject({ forced: true, gate: 'fail' });
    expect(history.text).toMatch(/^5\s+2\s.*rolled back\s+pass\s+0\.91\s+2 items, \d+ B\s+rollback of #4; rolled back by #6; reason: back to basics$/m);

    const records = await new ReleaseFileStore(path.join(dir, '.mlgate', 'releases.json')).list('production');
    const payload4 = records.find((r) => r.id === 4)!.payload as { gate: { forced: boolean; report_sha256: string }; artifact: { name: string; run_id: number } };
    expect(payload4.gate.forced).toBe(true);
    expect(payload4.gate.report_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(records.find((r) => r.id === 4)!.statuses[0]!.description).toBe('rolled back: p95 latency doubled');
    expect(records.find((r) => r.id === 5)!.payload).toMatchObject({ rollback_of: 4, model: { version: '2' } });
  });

  it('rollback with nothing earlier, an unknown version, or a rolled-back target exits 1 and changes nothing', async () => {
    expect((await run(rollback, {})).text).toMatch(/nothing is live.*Nothing changed/);
    await run(promote, { version: '1' });
    const file = path.join(dir, '.mlgate', 'releases.json');
    const before = await readFile(file, 'utf8');
    const none = await run(rollback, { to: 'previous' });
    expect(none.exitCode).toBe(1);
    expect(none.text).toMatch(/no earlier good release/);
    const unknown = await run(rollback, { to: '9.9' });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.text).toMatch(/unknown version '9.9'.*good versions: 1/);
    const dry = await run(promote, { version: '2', 'dry-run': true });
    expect(dry.text).toMatch(/Dry run.*Nothing changed/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('rerunning the same rollback run changes nothing', async () => {
    await run(promote, { version: '1' });
    await run(promote, { version: '2' });
    const ctx = (): CommandContext => ({ ...context(), github: { ...context().github, runId: 900 } });
    const first = await rollback.run(inv('rollback', { reason: 'r' }), ctx());
    expect(first.outputs).toMatchObject({ version: '1', 'deployment-id': '3', 'rolled-back-version': '2' });
    const file = path.join(dir, '.mlgate', 'releases.json');
    const before = await readFile(file, 'utf8');
    const again = await rollback.run(inv('rollback', { reason: 'r' }), ctx());
    expect(again.exitCode).toBe(0);
    expect(again.text).toMatch(/this run already rolled back to 1 \(#3/);
    expect(again.outputs).toMatchObject({ version: '1', 'deployment-id': '3', 'rolled-back-version': '2' });
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(comments).toHaveLength(0);
  });

  it('rollback dry-run says what it would do and writes nothing', async () => {
    await run(promote, { version: '1' });
    await run(promote, { version: '2' });
    const file = path.join(dir, '.mlgate', 'releases.json');
    const before = await readFile(file, 'utf8');
    const dry = await run(rollback, { 'dry-run': true, reason: 'x' });
    expect(dry.exitCode).toBe(0);
    expect(dry.text).toMatch(/would roll back churn 2 \(#2\) → 1 \(#1\)/);
    expect(dry.outputs?.version).toBe('1');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('records gate none and the metrics file when no comparison is given', async () => {
    const p = await run(promote, { version: '1' });
    expect(p.exitCode).toBe(0);
    const [rec] = await new ReleaseFileStore(path.join(dir, '.mlgate', 'releases.json')).list('production');
    expect(rec!.payload).toMatchObject({ gate: { verdict: 'none' }, metrics: { accuracy: 0.9, 'nested.f1': 0.5 }, source: { sha: 'c0ffee', actor: 'alice' }, artifact: null });
    expect(uploads).toHaveLength(0);
  });

  it('without a comparison, reads the metrics file as compare does: an MLflow export, words named, malformed refused', async () => {
    const recorded = async (): Promise<unknown> => (await new ReleaseFileStore(path.join(dir, '.mlgate', 'releases.json')).list('production'))[0]!.payload;
    await writeFile(path.join(dir, 'metrics.json'), JSON.stringify({ info: { run_id: 'r1' }, data: { metrics: { accuracy: 0.91 }, params: {} } }));
    expect((await run(promote, { version: '1' })).exitCode).toBe(0);
    expect(await recorded()).toMatchObject({ metrics: { accuracy: 0.91 } });

    await writeFile(path.join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.92, model_name: 'xgb', auc: 'NaN' }));
    expect((await run(promote, { version: '2' })).exitCode).toBe(0);
    expect(await recorded()).toMatchObject({ metrics: { accuracy: 0.92, auc: null } });
    expect(logs.join('\n')).toMatch(/warning: metric 'model_name' in 'metrics.json' is not recorded with the release: found .*xgb.*expected a number/);

    await writeFile(path.join(dir, 'metrics.json'), '{"accuracy": ');
    await expect(run(promote, { version: '3' })).rejects.toMatchObject({ kind: 'input', location: { file: 'metrics.json' } });

    await rm(path.join(dir, 'metrics.json'));
    expect((await run(promote, { version: '4' })).exitCode).toBe(0);
    expect(logs.join('\n')).toContain("warning: the release records no metrics: the model's metrics file 'metrics.json' does not exist");
    expect(await recorded()).toMatchObject({ model: { version: '4' }, metrics: {} });
  });

  it('where the artifact service is unavailable, the release goes on and says the report was not uploaded', async () => {
    const refused: Artifacts = { ...artifacts, unavailable: 'GitHub Enterprise Server (ghe.acme.example) does not offer the artifact service mlgate uses' };
    const promoteOnGhes = createPromoteCommand({ artifacts: () => refused });
    const result = await run(promoteOnGhes, { version: '1', results: await comparison('pass', 0.91) });
    expect(result.exitCode, result.text).toBe(0);
    expect(uploads).toHaveLength(0);
    expect(result.text).toContain('No report artifact uploaded.');
    expect(logs.join('\n')).toContain('warning: GitHub Enterprise Server (ghe.acme.example) does not offer the artifact service mlgate uses; the report (1 file(s)) was not uploaded as an artifact.');
  });

  it('records the PR from the event; the local store does not comment on it', async () => {
    const event = path.join(dir, 'event.json');
    await writeFile(event, JSON.stringify({ head_commit: { message: 'Better churn model (#42)\n\nbody' } }));
    const ctxWithEvent = (): CommandContext => ({ ...context(), github: { ...context().github, eventPath: event } });
    await promote.run(inv('promote', { version: '1' }), context());
    await promote.run(inv('promote', { version: '2' }), ctxWithEvent());
    const [rec] = await new ReleaseFileStore(path.join(dir, '.mlgate', 'releases.json')).list('production');
    expect(rec!.payload).toMatchObject({ model: { version: '2' }, source: { pr: 42 } });
    const back = await rollback.run(inv('rollback', { reason: 'oops' }), context());
    expect(back.exitCode).toBe(0);
    expect(comments).toHaveLength(0);
    expect(back.text).toContain('PR #42 not commented: comments go with the GitHub store');
  });

  it('records the sha256 digest of a model whose uri is a local file', async () => {
    await writeFile(path.join(dir, 'model.bin'), 'weights');
    await run(promote, { version: '1', uri: 'model.bin' });
    await run(promote, { version: '2', uri: 'file:model.bin' });
    await run(promote, { version: '3', uri: 's3://bucket/model.bin' });
    const records = await new ReleaseFileStore(path.join(dir, '.mlgate', 'releases.json')).list('production');
    const digests = records.map((r) => (r.payload as { model: { digest: string | null } }).model.digest);
    // sha256 of 'weights' (echo -n weights | sha256sum)
    expect(digests[2]).toBe('sha256:9a129038d9a00aed0cf6a7ea059ca50a813449061ab87848cf1a13eafdf33b2c');
    expect(digests[1]).toBe(digests[2]);
    expect(digests[0]).toBeNull();
  });

  it('a missing results file is a usage error naming it', async () => {
    await expect(run(promote, { version: '1', results: 'nope.json' })).rejects.toThrow(/'nope.json', which does not exist/);
    await writeFile(path.join(dir, 'other.json'), JSON.stringify({ verdict: 'pass', model: 'fraud', metrics: [] }));
    await expect(run(promote, { version: '1', results: 'other.json' })).rejects.toThrow(/no comparison result for model 'churn'/);
  });
});
