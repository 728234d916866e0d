import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitObjects } from '../fake-github/git-data.js';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import { REPO_ROOT, runAction, runCli } from '../harness/index.js';
import { project, writeData } from './evidence-project.js';

/**
 * Checking a decision later: `verify-evidence` re-reads a release's evidence and checks every item's sha256 (local
 * store, and the fake GitHub's evidence branch with a read-only token); `history --json` shows the evidence; the PR
 * report's "Data vs production" part and its verdict line.
 */

const cli = (dir: string, args: string[]) => runCli([...args, '--config', 'mlgate.yml', '--store', 'local'], { cwd: dir, node: 24 });
const json = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

interface Item {
  location: string;
  sha256: string;
  bytes: number;
}
interface Payload {
  evidence?: { predictions: Item; profiles: Record<string, Item>; metrics: Item };
}
interface Verified {
  verdict: string;
  releases: Array<{ version: string; live: boolean; status: string; items: Array<{ role: string; status: string; sha256: string | null; found_sha256?: string }> }>;
}
const payloadOf = async (dir: string, index = 0): Promise<Payload> => (await json<{ deployments: Array<{ payload: Payload }> }>(path.join(dir, '.mlgate', 'releases.json'))).deployments[index]!.payload;

let gh: FakeGitHub;
beforeAll(async () => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'index.js'))) throw new Error('dist/ is not built: run npm run bundle');
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});

describe('verify-evidence and history on the local store', () => {
  it('all items match → exit 0; a tampered profile → exit 1 naming it; a deleted item → unreadable', async () => {
    const dir = await project();
    expect((await cli(dir, ['promote', '--version', '1.0.0'])).exitCode).toBe(0);
    const ok = await cli(dir, ['verify-evidence', '--json', 'ok.json']);
    expect(ok.exitCode, ok.stdout + ok.stderr).toBe(0);
    const r = await json<Verified>(path.join(dir, 'ok.json'));
    expect(r.verdict).toBe('pass');
    expect(r.releases.map((x) => [x.version, x.live, x.status])).toEqual([['1.0.0', true, 'verified']]);
    expect(r.releases[0]!.items.map((i) => [i.role, i.status])).toEqual([['predictions', 'ok'], ['profile of train', 'ok'], ['profile of holdout', 'ok'], ['metrics', 'ok']]);
    expect(ok.stdout).toContain('verified: every stored item of 1 release(s) matches its recorded sha256');

    const ev = (await payloadOf(dir)).evidence!;
    const profile = path.join(dir, '.mlgate', 'evidence', ev.profiles.train!.location);
    const forged = Buffer.concat([await readFile(profile), Buffer.from('x')]);
    await writeFile(profile, forged);
    const bad = await cli(dir, ['verify-evidence', '--json', 'bad.json']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/profile of train\s+[0-9a-f]{12}\s+\d+\s+MISMATCH: sha256 [0-9a-f]{64} found/);
    const b = await json<Verified>(path.join(dir, 'bad.json'));
    expect(b.verdict).toBe('fail');
    expect(b.releases[0]!.items.find((i) => i.role === 'profile of train')).toMatchObject({ status: 'mismatch', sha256: ev.profiles.train!.sha256, found_sha256: sha256(forged) });
    expect(b.releases[0]!.items.find((i) => i.role === 'predictions')!.status).toBe('ok');

    await rm(path.join(dir, '.mlgate', 'evidence', ev.metrics.location));
    const gone = await cli(dir, ['verify-evidence', '--json', 'gone.json']);
    expect(gone.exitCode).toBe(1);
    expect((await json<Verified>(path.join(dir, 'gone.json'))).releases[0]!.items.find((i) => i.role === 'metrics')!.status).toBe('unreadable');
  });

  it('--version and --all; a release without evidence fails verification and says why; history shows each release’s evidence', async () => {
    const dir = await project();
    expect((await cli(dir, ['promote', '--version', '1.0.0'])).exitCode).toBe(0);
    await writeData(dir, 0.2);
    expect((await cli(dir, ['promote', '--version', '2.0.0'])).exitCode).toBe(0);
    const v1 = await cli(dir, ['verify-evidence', '--version', '1.0.0', '--json', 'v1.json']);
    expect(v1.exitCode, v1.stdout + v1.stderr).toBe(0);
    expect((await json<Verified>(path.join(dir, 'v1.json'))).releases.map((x) => [x.version, x.live])).toEqual([['1.0.0', false]]);
    const all = await cli(dir, ['verify-evidence', '--all', '--json', 'all.json']);
    expect(all.exitCode).toBe(0);
    expect((await json<Verified>(path.join(dir, 'all.json'))).releases.map((x) => x.version)).toEqual(['2.0.0', '1.0.0']);
    const unknown = await cli(dir, ['verify-evidence', '--version', '9.9.9']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("--version is '9.9.9', but churn has no release of that version in 'production'; found: 2.0.0, 1.0.0");

    const h = await cli(dir, ['history', '--json', 'h.json']);
    expect(h.stdout).toMatch(/2\.0\.0 .* live .* 4 items, \d+\.\d KiB/);
    const history = await json<{ releases: Array<{ version: string; evidence: { status: string; store: string; bytes: number; items: Array<{ role: string; sha256: string; bytes: number; location: string }> } }> }>(path.join(dir, 'h.json'));
    const ev = (await payloadOf(dir, 1)).evidence!;
    const e2 = history.releases[0]!.evidence;
    expect(e2).toMatchObject({ status: 'recorded', store: 'local' });
    expect(e2.items.find((i) => i.role === 'predictions')).toMatchObject({ sha256: ev.predictions.sha256, bytes: ev.predictions.bytes, location: ev.predictions.location });
    expect(e2.bytes).toBe(e2.items.reduce((n, i) => n + i.bytes, 0));

    // A release recorded before evidence existed: history says none and why; verify-evidence cannot vouch for it.
    const store = await json<{ deployments: Array<{ payload: Payload }> }>(path.join(dir, '.mlgate', 'releases.json'));
    delete store.deployments[0]!.payload.evidence;
    await writeFile(path.join(dir, '.mlgate', 'releases.json'), JSON.stringify(store));
    const h2 = await cli(dir, ['history', '--json', 'h2.json']);
    expect(h2.stdout).toMatch(/1\.0\.0 .* none/);
    expect((await json<{ releases: Array<{ evidence: unknown }> }>(path.join(dir, 'h2.json'))).releases[1]!.evidence).toEqual({ status: 'none', reason: 'the live release 1.0.0 (#1) was made before mlgate stored evidence with releases' });
    const none = await cli(dir, ['verify-evidence', '--all']);
    expect(none.exitCode).toBe(1);
    expect(none.stdout).toContain('Evidence of churn 1.0.0 (#1) in production: no-evidence — the live release 1.0.0 (#1) was made before mlgate stored evidence');
  });
});

describe('the PR report against production', () => {
  it('Data vs production: the changed file, rows then and now, the added column, and the drift count', async () => {
    const dir = await project();
    expect((await cli(dir, ['promote', '--version', '1.0.0'])).exitCode).toBe(0);
    await writeData(dir, 1);
    const train = (await readFile(path.join(dir, 'data', 'train.csv'), 'utf8')).trimEnd().split('\n');
    await writeFile(path.join(dir, 'data', 'train.csv'), `${[`${train[0]},extra`, ...train.slice(1).map((l, i) => `${l},${i}`), '0.5,a,9999'].join('\n')}\n`);
    const c = await cli(dir, ['check', '--results', 'res', '--json', 'check.json']);
    expect(c.exitCode).toBe(1);
    const v = await json<{ validation: { datasets: Array<{ name: string; production?: Record<string, unknown> }> } }>(path.join(dir, 'check.json'));
    const [trainResult, holdout] = v.validation.datasets;
    expect(trainResult!.production).toEqual({
      status: 'compared',
      release: '1.0.0 (#1)',
      files: { added: [], removed: [], changed: ['data/train.csv'], unchanged: 0 },
      rows: { production: 3000, now: 3001 },
      columns: { added: [{ name: 'extra', type: 'number' }], removed: [], retyped: [], unchanged: 2 },
      drift: { compared: 2, drifted: 2 },
    });
    expect(holdout!.production).toMatchObject({ status: 'compared', files: { added: [], removed: [], changed: [], unchanged: 1 }, rows: { production: 200, now: 200 } });
    expect(c.stdout).toContain('data vs production 1.0.0 (#1): files 1 changed (data/train.csv); rows 3000 → 3001; columns added extra (number); drift in 2 of 2 columns');
    const md = await readFile(path.join(dir, 'res', 'report.md'), 'utf8');
    expect(md).toContain('| Rows | 3,000 | 3,001 | +1 (+0.03%) |');
    expect(md).toContain('Drift against the production profile: 2 of 2 compared columns drifted');
    expect(md).toContain('the same 1 file (by sha256), 200 rows and 1 column as production');
    // In the order of SPEC §5: the dataset's part, then its drift table.
    expect(md.indexOf('**Data vs production**')).toBeLessThan(md.indexOf('**Drift against the reference** (train)'));
  });

  it('a release made before evidence: the verdict line says significance and drift were not tested, and why', async () => {
    const dir = await project();
    expect((await cli(dir, ['promote', '--version', '1.0.0'])).exitCode).toBe(0);
    const file = path.join(dir, '.mlgate', 'releases.json');
    const store = await json<{ deployments: Array<{ payload: Payload }> }>(file);
    delete store.deployments[0]!.payload.evidence;
    await writeFile(file, JSON.stringify(store));
    await cli(dir, ['check', '--results', 'res']);
    const line = (await readFile(path.join(dir, 'res', 'report.md'), 'utf8')).split('\n')[1]!;
    expect(line).toMatch(/^✅ \*\*Passed:\*\* .*; significance for churn not tested \(the live release 1\.0\.0 &#40;&#35;\u200B1&#41; was made before mlgate stored evidence with releases\); drift of train not tested \(/);
    expect(await readFile(path.join(dir, 'res', 'report.md'), 'utf8')).toContain('**Data vs production**: not compared — churn&#58; the live release 1.0.0');
  });
});

describe('verify-evidence on GitHub (the mlgate-evidence branch), with a read-only token', () => {
  it('all blobs match → exit 0; a blob whose bytes changed → exit 1 naming the item; a missing blob → unreadable', async () => {
    const dir = await project();
    const sha = gh.seed.ref('verify-1');
    const env = { GITHUB_SHA: sha, GITHUB_RUN_ID: '701', GITHUB_RUN_ATTEMPT: '1' };
    const promote = await runAction({ action: 'promote', workspace: dir, apiUrl: gh.url, token: gh.seed.actionsToken().token, event: { name: 'workflow_dispatch' }, inputs: { version: '7.0.0', store: 'github' }, env });
    expect(promote.exitCode, promote.stdout + promote.stderr).toBe(0);
    const fork = gh.seed.forkToken().token;
    const verify = (json: string) => runAction({ action: 'root', workspace: dir, apiUrl: gh.url, token: fork, inputs: { command: 'verify-evidence', store: 'github', json } });
    const ok = await verify('ok.json');
    expect(ok.exitCode, ok.stdout + ok.stderr).toBe(0);
    expect(ok.outputs.verdict).toBe('pass');
    expect((await json<Verified>(path.join(dir, 'ok.json'))).releases[0]!.items.every((i) => i.status === 'ok')).toBe(true);

    const deployment = gh.repo.deployments.find((d) => (d.payload as { model: { version: string } }).model.version === '7.0.0')!;
    const ev = (deployment.payload as Payload).evidence!;
    const blobOf = (item: Item): string => /@([0-9a-f]{40})$/.exec(item.location)![1]!;
    const objects = gitObjects(gh.repo);
    objects.set(blobOf(ev.predictions), { type: 'blob', content: Buffer.from('id,label,prediction\ne0,0,1\n') });
    const bad = await verify('bad.json');
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/predictions\s+[0-9a-f]{12}\s+\d+\s+MISMATCH/);
    expect(bad.failure).toContain('7.0.0 (#');
    expect(bad.failure).toContain('predictions: mismatch');

    objects.delete(blobOf(ev.profiles.holdout!));
    const gone = await verify('gone.json');
    expect(gone.exitCode).toBe(1);
    const items = (await json<Verified>(path.join(dir, 'gone.json'))).releases[0]!.items;
    expect(items.find((i) => i.role === 'profile of holdout')!.status).toBe('unreadable');
    expect(items.find((i) => i.role === 'profile of train')!.status).toBe('ok');
  });
});
