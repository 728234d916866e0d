import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { N, project, writeData, writeModel } from './evidence-project.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../harness/index.js';

/**
 * Production evidence on the local store, through the CLI bundle: what promote stores with a release, and how the
 * next gate uses it (significance and drift against production), after a rollback too; tampered or missing evidence
 * is reported on the rows it affects, never used.
 */

// Under Node 24, what the actions declare.
const cli = (dir: string, args: string[]) => runCli([...args, '--config', 'mlgate.yml', '--store', 'local'], { cwd: dir, node: 24 });

interface Releases {
  deployments: Array<{ id: number; payload: { model: { version: string }; evidence?: Record<string, unknown> & { predictions: { location: string; sha256: string; bytes: number } | null; profiles: Record<string, { location: string }>; data: Record<string, { rows: number; files: Array<{ path: string; sha256: string; bytes: number }> }> } } }>;
}
const releases = async (dir: string): Promise<Releases> => JSON.parse(await readFile(path.join(dir, '.mlgate', 'releases.json'), 'utf8')) as Releases;
const json = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;

interface Comparison {
  verdict: string;
  baseline: { source: string; version?: string };
  significance?: { baseline: string; status: string; reason?: string; paired?: number };
  metrics: Array<{ name: string; status: string; reason: string; ci?: [number, number]; p_value?: number }>;
}
interface Validation {
  datasets: Array<{ name: string; drift?: Array<{ column: string; status: string; score: number; message?: string }> }>;
}

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'index.js'))) throw new Error('dist/ is not built: run npm run bundle');
});

describe('production evidence on the local store', () => {
  it('promote stores the predictions, a profile and fingerprints of each dataset, each with its digest', async () => {
    const dir = await project();
    const p = await cli(dir, ['promote', '--version', '1.0.0']);
    expect(p.exitCode, p.stderr).toBe(0);
    const [release] = (await releases(dir)).deployments;
    const ev = release!.payload.evidence!;
    expect(ev.store).toBe('local');
    expect(Object.keys(ev.profiles).sort()).toEqual(['holdout', 'train']);
    expect(ev.data.train!.rows).toBe(3000);
    expect(ev.data.holdout!.rows).toBe(200);
    const trainCsv = await readFile(path.join(dir, 'data', 'train.csv'));
    const { createHash } = await import('node:crypto');
    expect(ev.data.train!.files).toEqual([{ path: 'data/train.csv', sha256: createHash('sha256').update(trainCsv).digest('hex'), bytes: trainCsv.length }]);
    const stored = await readFile(path.join(dir, '.mlgate', 'evidence', ev.predictions!.location));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(ev.predictions!.sha256);
    expect(gunzipSync(stored).toString('utf8')).toBe(await readFile(path.join(dir, 'reports', 'predictions.csv'), 'utf8'));
  });

  it('a regressing candidate is tested against the live release’s predictions: intervals, Holm-adjusted p-values, fail', async () => {
    const dir = await project();
    expect((await cli(dir, ['promote', '--version', '1.0.0'])).exitCode).toBe(0);
    await writeModel(dir, 0.78, 2);
    const c = await cli(dir, ['compare', '--json', 'cmp.json']);
    expect(c.exitCode, c.stdout + c.stderr).toBe(1);
    const r = await json<Comparison>(path.join(dir, 'cmp.json'));
    expect(r.significance).toEqual({ baseline: 'production 1.0.0 (#1)', status: 'used', paired: N });
    const acc = r.metrics.find((m) => m.name === 'accuracy')!;
    expect(acc.status).toBe('fail');
    expect(acc.ci![1]).toBeLessThan(-0.01);
    expect(acc.p_value).toBeLessThan(0.05);
    expect(r.metrics.find((m) => m.name === 'f1')!.p_value).toBeDefined();
  });

  it('shifted data drifts against the profile stored with the live release', async () => {
    const dir = await project();
    expect((await cli(dir, ['promote', '--version', '1.0.0'])).exitCode).toBe(0);
    const same = await cli(dir, ['validate', '--json', 'same.json']);
    expect(same.stdout).toContain('reference from the profile stored with the live release 1.0.0 (#1)');
    const drift0 = (await json<Validation>(path.join(dir, 'same.json'))).datasets[0]!.drift!;
    expect(drift0.map((d) => [d.column, d.status])).toEqual([['x', 'pass'], ['segment', 'pass']]);
    await writeData(dir, 1);
    const v = await cli(dir, ['validate', '--json', 'shifted.json']);
    expect(v.exitCode).toBe(1);
    const drift = (await json<Validation>(path.join(dir, 'shifted.json'))).datasets[0]!.drift!;
    expect(drift.find((d) => d.column === 'x')).toMatchObject({ status: 'fail' });
    expect(drift.find((d) => d.column === 'x')!.score).toBeGreaterThan(1);
  });

  it('after a rollback the restored release’s evidence is the baseline', async () => {
    const dir = await project();
    expect((await cli(dir, ['promote', '--version', '1.0.0'])).exitCode).toBe(0);
    const v1Predictions = await readFile(path.join(dir, 'reports', 'predictions.csv'), 'utf8');
    await writeModel(dir, 0.9, 3);
    expect((await cli(dir, ['promote', '--version', '2.0.0'])).exitCode).toBe(0);
    expect((await cli(dir, ['rollback', '--reason', 'test'])).exitCode).toBe(0);
    // The candidate is v1's own predictions: against the restored v1 every delta is exactly 0.
    await writeFile(path.join(dir, 'reports', 'predictions.csv'), v1Predictions);
    await writeModel(dir, 0.86, 1);
    const c = await cli(dir, ['compare', '--json', 'cmp.json']);
    const r = await json<Comparison>(path.join(dir, 'cmp.json'));
    expect(r.baseline.version).toBe('1.0.0');
    expect(r.significance).toMatchObject({ baseline: 'production 1.0.0 (#3)', status: 'used', paired: N });
    expect(r.metrics.find((m) => m.name === 'accuracy')!.ci).toEqual([0, 0]);
    expect(c.exitCode).toBe(0);
  });

  it('tampered evidence is reported on the rows and in the result, and not used', async () => {
    const dir = await project();
    expect((await cli(dir, ['promote', '--version', '1.0.0'])).exitCode).toBe(0);
    const ev = (await releases(dir)).deployments[0]!.payload.evidence!;
    const file = path.join(dir, '.mlgate', 'evidence', ev.predictions!.location);
    const forged = gunzipSync(await readFile(file)).toString('utf8').replace('e0,0,0', 'e0,0,1');
    await writeFile(file, gzipSync(forged));
    const c = await cli(dir, ['compare', '--json', 'cmp.json']);
    const r = await json<Comparison>(path.join(dir, 'cmp.json'));
    expect(r.significance).toMatchObject({ status: 'unavailable' });
    expect(r.significance!.reason).toContain('does not match its recorded digest');
    for (const name of ['accuracy', 'f1']) expect(r.metrics.find((m) => m.name === name)!.reason).toContain('not tested for significance: the stored per-example predictions of 1.0.0 (#1) does not match');
    expect(r.metrics.find((m) => m.name === 'accuracy')!.ci).toBeUndefined();
    expect(c.stdout).toContain('not tested');
    // The profiles were not touched: drift still reads them.
    const v = await cli(dir, ['validate', '--json', 'v.json']);
    expect((await json<Validation>(path.join(dir, 'v.json'))).datasets[0]!.drift!.every((d) => d.status === 'pass')).toBe(true);
    expect(v.exitCode).toBe(0);
  });

  it('a release made before evidence existed: significance and drift against production say they were skipped and why', async () => {
    const dir = await project();
    expect((await cli(dir, ['promote', '--version', '1.0.0'])).exitCode).toBe(0);
    const store = await releases(dir);
    delete store.deployments[0]!.payload.evidence;
    await writeFile(path.join(dir, '.mlgate', 'releases.json'), JSON.stringify(store));
    await cli(dir, ['compare', '--json', 'cmp.json']);
    const r = await json<Comparison>(path.join(dir, 'cmp.json'));
    expect(r.significance).toMatchObject({ status: 'unavailable', reason: 'the live release 1.0.0 (#1) was made before mlgate stored evidence with releases' });
    expect(r.metrics.find((m) => m.name === 'accuracy')!.reason).toContain('not tested for significance: the live release 1.0.0 (#1) was made before mlgate stored evidence');
    await cli(dir, ['validate', '--json', 'v.json']);
    const drift = (await json<Validation>(path.join(dir, 'v.json'))).datasets[0]!.drift!;
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ column: '(dataset)', status: 'skipped' });
    expect(drift[0]!.message).toContain('churn: the live release 1.0.0 (#1) was made before mlgate stored evidence');
  });
  it('a release job without the data or the predictions still releases, and says what it could not store', async () => {
    const dir = await project();
    const { rename } = await import('node:fs/promises');
    await rename(path.join(dir, 'data', 'train.csv'), path.join(dir, 'train.csv.away'));
    await rename(path.join(dir, 'reports', 'predictions.csv'), path.join(dir, 'predictions.csv.away'));
    const p = await cli(dir, ['promote', '--version', '1.0.0']);
    expect(p.exitCode, p.stdout + p.stderr).toBe(0);
    expect(p.stdout + p.stderr).toContain('Not stored with this release: the profile of dataset train');
    const ev = (await releases(dir)).deployments[0]!.payload.evidence!;
    expect(Object.keys(ev.profiles)).toEqual(['holdout']);
    expect(ev.predictions).toBeNull();
    expect(Object.keys(ev.missing as Record<string, string>).sort()).toEqual(['predictions', 'profile:train']);
    await rename(path.join(dir, 'train.csv.away'), path.join(dir, 'data', 'train.csv'));
    await rename(path.join(dir, 'predictions.csv.away'), path.join(dir, 'reports', 'predictions.csv'));
    await cli(dir, ['compare', '--json', 'cmp.json']);
    const r = await json<Comparison>(path.join(dir, 'cmp.json'));
    expect(r.significance).toMatchObject({ status: 'unavailable' });
    expect(r.significance!.reason).toBe("the live release 1.0.0 (#1) stored no per-example predictions (significance.candidate 'reports/predictions.csv' was not in the release job's checkout)");
    await cli(dir, ['validate', '--json', 'v.json']);
    const drift = (await json<Validation>(path.join(dir, 'v.json'))).datasets[0]!.drift!;
    expect(drift[0]).toMatchObject({ column: '(dataset)', status: 'skipped' });
    expect(drift[0]!.message).toContain("stored no profile of dataset 'train' (");
  });
});
