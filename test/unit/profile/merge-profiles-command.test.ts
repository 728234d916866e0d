import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commandEntries } from '../../../src/commands/index.js';
import { mergeProfilesCommand } from '../../../src/commands/merge-profiles.js';
import { profileCommand } from '../../../src/commands/profile.js';
import type { Command, CommandContext, CommandResult, OptionValue } from '../../../src/commands/types.js';
import { MlgateError } from '../../../src/domain/errors.js';

let dir: string;
function context(): CommandContext {
  const quiet = (): void => undefined;
  return { cwd: dir, env: { PATH: process.env.PATH }, log: { info: quiet, debug: quiet, warning: quiet, error: quiet }, summary: { available: false, write: () => Promise.resolve() }, inActions: false, github: { apiUrl: 'http://127.0.0.1:9', serverUrl: 'https://github.com' } };
}
const run = (cmd: Command, options: Record<string, OptionValue>, positionals: string[] = []): Promise<CommandResult> =>
  cmd.run({ command: cmd.spec.name, options, positionals, surface: 'cli' }, context());
const failure = (p: Promise<unknown>): Promise<MlgateError> =>
  p.then(
    () => expect.fail('expected an error'),
    (e: unknown) => {
      expect(e).toBeInstanceOf(MlgateError);
      return e as MlgateError;
    },
  );

const rows = (from: number, n: number): string => Array.from({ length: n }, (_, i) => `${from + i},${(from + i) % 7}`).join('\n');

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlgate-merge-'));
  await writeFile(path.join(dir, 'a.csv'), `id,x\n${rows(0, 50)}\n`);
  await writeFile(path.join(dir, 'b.csv'), `id,x\n${rows(50, 30)}\n`);
  await writeFile(path.join(dir, 'mlgate.yml'), 'version: 1\ndatasets:\n  - name: train\n    path: "*.csv"\n    columns:\n      x: { type: integer, max: 6 }\n    rows: { min: 80 }\n');
  await run(profileCommand, { dataset: 'train', out: 'whole.json' }, ['a.csv', 'b.csv']);
  for (const i of [1, 2]) await run(profileCommand, { dataset: 'train', shard: `${i}/2`, out: `shard${i}.json` });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('merge-profiles refuses profiles that cover the same rows', () => {
  it.each([
    { name: 'one unsharded profile given twice', files: ['whole.json', 'whole.json'], says: /whole\.json and whole\.json both profile all of 'a\.csv'; merging them would count those rows twice/ },
    { name: 'an unsharded profile with a shard of the same data', files: ['whole.json', 'shard2.json'], says: /shard2\.json and whole\.json both profile all of '[ab]\.csv'/ },
    { name: 'a merged profile with one of its parts', files: ['merged.json', 'shard1.json'], says: /shard1\.json and merged\.json both profile all of 'a\.csv'/ },
    { name: 'one shard given twice with the others', files: ['shard1.json', 'shard2.json', 'shard1.json'], says: /shard 1\/2 appears twice \(shard1\.json\)/ },
  ])('$name', async ({ files, says }) => {
    expect((await run(mergeProfilesCommand, { out: 'merged.json' }, ['shard1.json', 'shard2.json'])).exitCode).toBe(0);
    const error = await failure(run(mergeProfilesCommand, { out: 'out.json' }, files));
    expect(error.kind).toBe('input');
    expect(error.message).toMatch(says);
  });

  it('row shards of one file merge; a shard given twice, or with the unsharded profile of that file, is refused', async () => {
    const big = path.join(dir, 'rows');
    await mkdir(big);
    await writeFile(path.join(big, 'one.csv'), `id,x\n${rows(0, 140_000)}\n`);
    for (const i of [1, 2]) await run(profileCommand, { shard: `${i}/2`, out: `rows${i}.json` }, ['rows/one.csv']);
    const merged = await run(mergeProfilesCommand, { out: 'rows.json' }, ['rows1.json', 'rows2.json']);
    expect(merged.exitCode).toBe(0);
    expect((merged.json as { rows: number }).rows).toBe(140_000);
    await expect(run(mergeProfilesCommand, { out: 'rows.json' }, ['rows1.json', 'rows2.json', 'rows2.json'])).rejects.toThrow(/shard 2\/2 appears twice/);
    await run(profileCommand, { out: 'rows-whole.json' }, ['rows/one.csv']);
    await expect(run(mergeProfilesCommand, { out: 'rows.json' }, ['rows-whole.json', 'rows1.json'])).rejects.toThrow(/rows1\.json and rows-whole\.json both profile all of 'rows\/one\.csv'/);
  });
});

describe('merge-profiles answers the checks like validate: 0, 1, 2', () => {
  it('0 when the checks pass, with the rows counted once', async () => {
    const merged = await run(mergeProfilesCommand, { out: 'm.json' }, ['shard1.json', 'shard2.json']);
    expect(merged.exitCode).toBe(0);
    expect(merged.outputs?.verdict).toBe('pass');
    expect((merged.json as { datasets: Array<{ rows: number }> }).datasets[0]!.rows).toBe(80);
  });

  it('1 when a check of severity error fails, naming how many', async () => {
    await writeFile(path.join(dir, 'mlgate.yml'), 'version: 1\ndatasets:\n  - name: train\n    path: "*.csv"\n    columns:\n      x: { type: integer, max: 5 }\n    rows: { min: 1000 }\n');
    const merged = await run(mergeProfilesCommand, { out: 'm.json' }, ['shard1.json', 'shard2.json']);
    expect(merged.exitCode).toBe(1);
    expect(merged.outputs?.verdict).toBe('fail');
    expect(merged.failure).toBe('2 data checks of severity error failed (from the merged profile)');
  });

  it('0 when the only failing check has severity warn', async () => {
    await writeFile(path.join(dir, 'mlgate.yml'), 'version: 1\ndatasets:\n  - name: train\n    path: "*.csv"\n    rows: { min: 1000, severity: warn }\n');
    const merged = await run(mergeProfilesCommand, { out: 'm.json' }, ['shard1.json', 'shard2.json']);
    expect([merged.exitCode, merged.outputs?.verdict]).toEqual([0, 'warn']);
  });

  it('2 (an input error) for a missing shard', async () => {
    expect((await failure(run(mergeProfilesCommand, { out: 'm.json' }, ['shard2.json']))).message).toMatch(/missing shard 1/);
  });
});

describe('the root action documents every command it runs', () => {
  it('lists merge-profiles (and every other command) in its command input', async () => {
    const action = parse(await readFile(path.resolve('action.yml'), 'utf8')) as { inputs: { command: { description: string } } };
    const listed = /^Command to run: ([^.]+)\./.exec(action.inputs.command.description)?.[1]?.split(', ');
    expect(listed?.sort()).toEqual(commandEntries.map((c) => c.name).sort());
  });
});
