import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReleaseFileStore } from '../../../src/adapters/local/release-file-store.js';
import { MlgateError } from '../../../src/domain/errors.js';

const run = promisify(execFile);
let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlgate-store-'));
  file = path.join(dir, '.mlgate', 'releases.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const payload = (version: string): unknown => ({ mlgate: 1, model: { name: 'm', version } });

describe('ReleaseFileStore', () => {
  it('creates, sets statuses and lists newest first per environment', async () => {
    const store = new ReleaseFileStore(file, { creator: 'tester', resolveSha: (ref) => `sha-of-${ref}` });
    expect(await store.list('production')).toEqual([]);
    const a = await store.create({ environment: 'production', ref: 'main', payload: payload('1'), description: 'v1' });
    const b = await store.create({ environment: 'staging', ref: 'main', payload: payload('2'), description: 'v2' });
    const c = await store.create({ environment: 'production', ref: 'main', payload: payload('3'), description: 'v3' });
    expect([a.id, b.id, c.id]).toEqual([1, 2, 3]);
    expect(a).toMatchObject({ sha: 'sha-of-main', task: 'deploy:mlgate', creator: 'tester', statuses: [] });
    await store.setStatus(1, { state: 'in_progress', description: 'deploying' });
    const s = await store.setStatus(1, { state: 'success', description: 'live', environmentUrl: 'https://x', logUrl: 'https://log' });
    expect(s).toMatchObject({ state: 'success', environmentUrl: 'https://x', logUrl: 'https://log' });
    const list = await store.list('production');
    expect(list.map((r) => r.id)).toEqual([3, 1]);
    expect(list[1]!.statuses.map((x) => x.state)).toEqual(['success', 'in_progress']);
    expect(list[1]!.payload).toEqual(payload('1'));
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as { version: number; deployments: unknown[] };
    expect(onDisk.version).toBe(1);
    expect(onDisk.deployments).toHaveLength(3);
    expect((await readdir(path.dirname(file))).sort()).toEqual(['releases.json']);
  });

  it('refuses a status for an unknown deployment, changing nothing', async () => {
    const store = new ReleaseFileStore(file);
    await store.create({ environment: 'production', ref: 'main', payload: payload('1'), description: 'v1' });
    const before = await readFile(file, 'utf8');
    await expect(store.setStatus(9, { state: 'success', description: '' })).rejects.toThrow(/no deployment #9/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('says clearly when the file is not a release store', async () => {
    await new ReleaseFileStore(file).create({ environment: 'p', ref: 'r', payload: {}, description: '' });
    await writeFile(file, '{ broken');
    await expect(new ReleaseFileStore(file).list('p')).rejects.toThrow(/not valid JSON/);
    await writeFile(file, '{"deployments": 3}');
    await expect(new ReleaseFileStore(file).list('p')).rejects.toThrow(/not an mlgate release store/);
  });

  it('never loses a record under concurrent writers in one process', async () => {
    const stores = [0, 1, 2, 3].map(() => new ReleaseFileStore(file));
    await Promise.all(stores.flatMap((s, i) => Array.from({ length: 15 }, (_, j) => s.create({ environment: 'production', ref: 'main', payload: payload(`${i}.${j}`), description: '' }))));
    const list = await stores[0]!.list('production');
    expect(list).toHaveLength(60);
    expect(new Set(list.map((r) => r.id)).size).toBe(60);
  });

  it('never loses a record under concurrent writer processes', async () => {
    const script = path.join(dir, 'writer.mts');
    const storeModule = path.resolve('src/adapters/local/release-file-store.ts');
    await writeFile(
      script,
      `import { ReleaseFileStore } from ${JSON.stringify(storeModule)};
const store = new ReleaseFileStore(${JSON.stringify(file)});
for (let i = 0; i < 20; i++) {
  const r = await store.create({ environment: 'production', ref: 'main', payload: { w: process.argv[2], i }, description: '' });
  await store.setStatus(r.id, { state: 'success', description: 'ok' });
}
`,
    );
    const tsx = path.resolve('node_modules/.bin/tsx');
    await Promise.all([1, 2, 3].map((w) => run(tsx, [script, String(w)], { cwd: dir })));
    const list = await new ReleaseFileStore(file).list('production');
    expect(list).toHaveLength(60);
    expect(new Set(list.map((r) => r.id)).size).toBe(60);
    expect(list.every((r) => r.statuses.length === 1)).toBe(true);
    const statusIds = list.map((r) => r.statuses[0]!.id);
    expect(new Set(statusIds).size).toBe(60);
  }, 60_000);

  it('breaks a lock left by a dead process', async () => {
    const store = new ReleaseFileStore(file, { lockTimeoutMs: 2000 });
    await store.create({ environment: 'p', ref: 'r', payload: {}, description: '' });
    await writeFile(`${file}.lock`, `${hostname()} 2147483646 deadbeef`);
    await store.create({ environment: 'p', ref: 'r', payload: {}, description: '' });
    expect(await store.list('p')).toHaveLength(2);
  });

  it('breaks a lock older than the stale limit', async () => {
    const store = new ReleaseFileStore(file, { lockTimeoutMs: 2000, staleLockMs: 1000 });
    await store.create({ environment: 'p', ref: 'r', payload: {}, description: '' });
    await writeFile(`${file}.lock`, `other-host 1 cafe`);
    const old = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, old, old);
    await store.create({ environment: 'p', ref: 'r', payload: {}, description: '' });
    expect(await store.list('p')).toHaveLength(2);
  });

  it('waits for, then gives up on, a live lock with a clear message', async () => {
    const store = new ReleaseFileStore(file, { lockTimeoutMs: 300 });
    await store.create({ environment: 'p', ref: 'r', payload: {}, description: '' });
    await writeFile(`${file}.lock`, `${hostname()} ${process.pid} live`);
    const error = await store.create({ environment: 'p', ref: 'r', payload: {}, description: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MlgateError);
    expect((error as MlgateError).message).toMatch(/locked by another mlgate process.*delete the lock file/);
    expect(await store.list('p')).toHaveLength(1);
  });
});
