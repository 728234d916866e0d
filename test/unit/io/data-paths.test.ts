import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MlgateError } from '../../../src/domain/errors.js';
import { resolveDataFiles } from '../../../src/io/data/files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlgate-paths-'));
  await mkdir(path.join(dir, 'data'));
  await writeFile(path.join(dir, 'data', 'a.csv'), 'x\n1\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(pattern: string): Promise<MlgateError> {
  const error = await resolveDataFiles(pattern, dir, 'datasets[0].path (train)', dir).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(MlgateError);
  expect((error as MlgateError).kind).toBe('input');
  return error as MlgateError;
}

describe('a dataset path that is not a readable file says what it is', () => {
  it('a directory, with the glob to use instead', async () => {
    const e = await failure('data');
    expect(e.message).toBe("datasets[0].path (train): data file 'data' is a directory, not a data file; name its files with a glob such as 'data/*.csv'");
    expect(e.location.file).toBe('data');
  });

  it('a symbolic link that loops', async () => {
    await symlink('loop-b.csv', path.join(dir, 'data', 'loop-a.csv'));
    await symlink('loop-a.csv', path.join(dir, 'data', 'loop-b.csv'));
    expect((await failure('data/loop-a.csv')).message).toBe("datasets[0].path (train): data file 'data/loop-a.csv' is a symbolic link that loops (it leads back to itself)");
  });

  it('a link to itself', async () => {
    await symlink('self.csv', path.join(dir, 'data', 'self.csv'));
    expect((await failure('data/self.csv')).message).toMatch(/data file 'data\/self\.csv' is a symbolic link that loops/);
  });

  it('a dangling symbolic link, naming its target', async () => {
    await symlink('../moved/train.csv', path.join(dir, 'data', 'train.csv'));
    expect((await failure('data/train.csv')).message).toBe("datasets[0].path (train): data file 'data/train.csv' is a symbolic link to '../moved/train.csv', which does not exist");
  });

  it('a path through a file', async () => {
    expect((await failure('data/a.csv/b.csv')).message).toMatch(/data file 'data\/a\.csv\/b\.csv' is not there: a part of its path is a file, not a directory/);
  });

  it('a missing file still says it does not exist', async () => {
    expect((await failure('data/none.csv')).message).toMatch(/data file 'data\/none\.csv' does not exist \(looked in /);
  });

  it('a glob that matches a looping or dangling link names it instead of skipping it', async () => {
    await symlink('gone.csv', path.join(dir, 'data', 'b.csv'));
    expect((await failure('data/*.csv')).message).toBe("datasets[0].path (train): the glob 'data/*.csv' matches 'data/b.csv', which is a symbolic link to 'gone.csv', which does not exist");
    await rm(path.join(dir, 'data', 'b.csv'));
    await symlink('c.csv', path.join(dir, 'data', 'c.csv'));
    expect((await failure('data/**/*.csv')).message).toMatch(/the glob 'data\/\*\*\/\*\.csv' matches 'data\/c\.csv', which is a symbolic link that loops/);
  });

  it('a glob still skips directories it matches and reads the files', async () => {
    await mkdir(path.join(dir, 'data', 'old.csv'));
    expect((await resolveDataFiles('data/*.csv', dir, 'p', dir)).map((f) => f.name)).toEqual(['data/a.csv']);
  });
});
