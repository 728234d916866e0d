import { lstat, mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReleaseFileStore } from '../../../src/adapters/local/release-file-store.js';
import { MlgateError } from '../../../src/domain/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlgate-store-safety-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const request = (version: string) => ({ environment: 'production', ref: 'main', payload: { mlgate: 1, model: { name: 'm', version } }, description: version });

async function errorOf(promise: Promise<unknown>): Promise<MlgateError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(MlgateError);
  return error as MlgateError;
}

describe('a symlinked store shared by several checkouts', () => {
  async function checkouts(target: string): Promise<[string, string]> {
    const files: string[] = [];
    for (const name of ['a', 'b']) {
      const file = path.join(dir, name, '.mlgate', 'releases.json');
      await mkdir(path.dirname(file), { recursive: true });
      await symlink(path.relative(path.dirname(file), target), file);
      files.push(file);
    }
    return [files[0]!, files[1]!];
  }

  it('writes through the link: each checkout sees the other’s releases and the links stay links', async () => {
    const shared = path.join(dir, 'shared', 'releases.json');
    await mkdir(path.dirname(shared));
    await writeFile(shared, `${JSON.stringify({ version: 1, next_id: 1, next_status_id: 1, deployments: [] })}\n`);
    const [a, b] = await checkouts(shared);
    const one = await new ReleaseFileStore(a).create(request('1'));
    const two = await new ReleaseFileStore(b).create(request('2'));
    await new ReleaseFileStore(a).setStatus(two.id, { state: 'success', description: 'live' });
    expect([one.id, two.id]).toEqual([1, 2]);
    for (const file of [a, b]) {
      expect((await lstat(file)).isSymbolicLink()).toBe(true);
      expect((await new ReleaseFileStore(file).list('production')).map((r) => [r.id, r.statuses.length])).toEqual([[2, 1], [1, 0]]);
    }
    const onDisk = JSON.parse(await readFile(shared, 'utf8')) as { deployments: unknown[] };
    expect(onDisk.deployments).toHaveLength(2);
  });

  it('creates the shared file a dangling link points at, through a chain of links', async () => {
    const shared = path.join(dir, 'shared', 'store', 'releases.json');
    const hop = path.join(dir, 'hop.json');
    await symlink(shared, hop);
    const [a, b] = await checkouts(hop);
    await new ReleaseFileStore(a).create(request('1'));
    expect((await lstat(a)).isSymbolicLink()).toBe(true);
    expect(await readlink(hop)).toBe(shared);
    expect((await new ReleaseFileStore(b).list('production')).map((r) => r.id)).toEqual([1]);
    expect((JSON.parse(await readFile(shared, 'utf8')) as { next_id: number }).next_id).toBe(2);
  });

  it('locks the real file, so a sharer holding the lock keeps the others out', async () => {
    const shared = path.join(dir, 'shared', 'releases.json');
    await mkdir(path.dirname(shared));
    const [a, b] = await checkouts(shared);
    await new ReleaseFileStore(a).create(request('1'));
    // A live holder (this process) of the lock beside the real file, as another checkout's promote would be.
    await writeFile(`${shared}.lock`, `${hostname()} ${process.pid} other-checkout`);
    const error = await errorOf(new ReleaseFileStore(b, { lockTimeoutMs: 300 }).create(request('2')));
    expect(error.message).toContain(`${shared}.lock`);
    expect(error.message).toMatch(/locked by another mlgate process/);
    await rm(`${shared}.lock`);
    expect((await new ReleaseFileStore(b).create(request('2'))).id).toBe(2);
  });

  it('refuses a link that loops, naming the file', async () => {
    const file = path.join(dir, '.mlgate', 'releases.json');
    await mkdir(path.dirname(file));
    await symlink('loop.json', file);
    await symlink('releases.json', path.join(dir, '.mlgate', 'loop.json'));
    const error = await errorOf(new ReleaseFileStore(file).create(request('1')));
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/symbolic link that loops/);
  });
});

describe('a damaged store is refused, never written into', () => {
  const status = (id: number, state = 'success') => ({ id, state, description: state, created_at: '2026-01-01T00:00:00.000Z' });
  const deployment = (id: number, statuses: unknown[], extra: Record<string, unknown> = {}) => ({
    id, environment: 'production', ref: 'main', sha: 'abc', task: 'deploy:mlgate', description: '', created_at: '2026-01-01T00:00:00.000Z',
    creator: 'me', production_environment: true, transient_environment: false, payload: { mlgate: 1, model: { name: 'm', version: String(id) } }, statuses, ...extra,
  });
  const store = (deployments: unknown[], nextId: number, nextStatusId: number) => ({ version: 1, next_id: nextId, next_status_id: nextStatusId, deployments });
  const healthy = () => store([deployment(1, [status(1, 'in_progress'), status(2)]), deployment(2, [status(3)])], 3, 4);

  const cases: Array<{ name: string; data: () => unknown; expected: RegExp }> = [
    { name: 'next_id behind the ids (restored from a backup)', data: () => ({ ...healthy(), next_id: 1 }), expected: /next_id is 1 but deployment #2 exists.*set next_id to 3/ },
    { name: 'next_status_id behind the ids', data: () => ({ ...healthy(), next_status_id: 2 }), expected: /next_status_id is 2 but status #3 exists.*set next_status_id to 4/ },
    { name: 'a deployment id used twice (merged by git)', data: () => store([deployment(1, [status(1)]), deployment(1, [status(2)])], 5, 5), expected: /deployment id #1 is used twice \(deployments\[0\] and deployments\[1\]\)/ },
    { name: 'a status id used twice', data: () => store([deployment(1, [status(1)]), deployment(2, [status(1)])], 5, 5), expected: /status id #1 is used twice \(deployments\[0\]\.statuses\[0\] and deployments\[1\]\.statuses\[0\]\)/ },
    { name: 'a release without statuses', data: () => store([deployment(1, [status(1)]), deployment(2, [status(2)], { statuses: undefined })], 3, 3), expected: /deployments\[1\] \(deployment #2\)\.statuses: expected array, found nothing/ },
    { name: 'a release without its environment', data: () => store([deployment(7, [], { environment: undefined })], 8, 1), expected: /deployments\[0\] \(deployment #7\)\.environment: expected string, found nothing/ },
    { name: 'a status with an unknown state', data: () => store([deployment(1, [status(1, 'done')])], 2, 2), expected: /deployments\[0\] \(deployment #1\)\.statuses\[0\] \(status #1\)\.state: .*found "done"/ },
    { name: 'a deployment id that is not a whole number', data: () => store([deployment(1.5, [])], 3, 1), expected: /deployments\[0\] \(deployment #1.5\)\.id: expected int/ },
  ];

  it.each(cases)('$name', async ({ data, expected }) => {
    const file = path.join(dir, '.mlgate', 'releases.json');
    await mkdir(path.dirname(file));
    const text = `${JSON.stringify(data(), null, 2)}\n`;
    await writeFile(file, text);
    const s = new ReleaseFileStore(file);
    for (const attempt of [() => s.list('production'), () => s.create(request('9')), () => s.setStatus(1, { state: 'success', description: '' })]) {
      const error = await errorOf(attempt());
      expect(error.message).toContain(`the local release store ${file} is damaged: `);
      expect(error.message).toMatch(expected);
      expect(error.location.file).toBe(file);
      expect(error.details.at(-1)).toMatch(/To fix: restore it from a backup or version control, or repair it by hand/);
    }
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('lists every problem, not only the first', async () => {
    const file = path.join(dir, 'releases.json');
    await writeFile(file, JSON.stringify(store([deployment(1, [status(1)]), deployment(1, [status(1)])], 1, 1)));
    const error = await errorOf(new ReleaseFileStore(file).list('production'));
    expect(error.message).toMatch(/and 3 more problems/);
    expect(error.details.join('\n')).toMatch(/status id #1 is used twice[\s\S]*next_id is 1[\s\S]*next_status_id is 1/);
  });

  it('keeps fields it does not know when it rewrites the file', async () => {
    const file = path.join(dir, 'releases.json');
    await writeFile(file, JSON.stringify({ ...store([deployment(1, [status(1)], { note: 'kept' })], 2, 2), comment: 'also kept' }));
    await new ReleaseFileStore(file).create(request('2'));
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as { comment: string; deployments: Array<{ note?: string }> };
    expect(onDisk.comment).toBe('also kept');
    expect(onDisk.deployments[0]!.note).toBe('kept');
  });
});
