import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCommand } from '../../../src/commands/check.js';
import { compareCommand } from '../../../src/commands/compare.js';
import { historyCommand } from '../../../src/commands/history.js';
import { createPromoteCommand } from '../../../src/commands/promote.js';
import { createRollbackCommand } from '../../../src/commands/rollback.js';
import type { Command, CommandContext, CommandResult, OptionValue } from '../../../src/commands/types.js';
import { MlgateError } from '../../../src/domain/errors.js';

let dir: string;
const promote = createPromoteCommand({ artifacts: () => undefined });
const rollback = createRollbackCommand({ comments: () => undefined });

function context(): CommandContext {
  const quiet = (): void => undefined;
  return { cwd: dir, env: { PATH: process.env.PATH }, log: { info: quiet, debug: quiet, warning: quiet, error: quiet }, summary: { available: false, write: () => Promise.resolve() }, inActions: false, github: { apiUrl: 'http://127.0.0.1:9', serverUrl: 'https://github.com', sha: 'c0ffee', actor: 'alice' } };
}
const run = (cmd: Command, options: Record<string, OptionValue>, surface: 'cli' | 'action' = 'cli'): Promise<CommandResult> =>
  cmd.run({ command: cmd.spec.name, options: { store: 'local', comment: 'false', ...options }, positionals: [], surface }, context());
const failure = (p: Promise<unknown>): Promise<MlgateError> =>
  p.then(
    () => expect.fail('expected an error'),
    (e: unknown) => {
      expect(e).toBeInstanceOf(MlgateError);
      return e as MlgateError;
    },
  );

const config = (environments: string) =>
  `version: 1\nmodels:\n  - name: churn\n    metrics: metrics.json\n    baseline: file:baseline.json\n    gates:\n      accuracy: { max_regression: 0.01 }\n${environments}`;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlgate-release-inputs-'));
  await writeFile(path.join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.9 }));
  await writeFile(path.join(dir, 'baseline.json'), JSON.stringify({ accuracy: 0.89 }));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an environment the config does not declare', () => {
  const declared = 'environments:\n  production: { url: https://churn.example.com }\n  staging: {}\n';

  it.each([
    { cmd: 'promote', options: { version: '1' } },
    { cmd: 'rollback', options: {} },
    { cmd: 'history', options: {} },
  ])('$cmd refuses a misspelt one with did-you-mean and records nothing', async ({ cmd, options }) => {
    await writeFile(path.join(dir, 'mlgate.yml'), config(declared));
    const command = { promote, rollback, history: historyCommand }[cmd]!;
    for (const [typo, guess] of [['prodution', 'production'], ['Staging', 'staging'], ['stagin', 'staging']] as const) {
      const error = await failure(run(command, { ...options, environment: typo }));
      expect(error.kind).toBe('usage');
      expect(error.message).toBe(`--environment is '${typo}', which mlgate.yml does not declare; did you mean '${guess}'? Known environments: production, staging (add it under environments: in mlgate.yml to release there)`);
    }
    const far = await failure(run(command, { ...options, environment: 'qa' }, 'action'));
    expect(far.message).toMatch(/^input 'environment' is 'qa', which mlgate\.yml does not declare Known environments: production, staging/);
    await expect(readFile(path.join(dir, '.mlgate', 'releases.json'))).rejects.toThrow(/ENOENT/);
  });

  it('accepts the declared ones and the environment a model releases to', async () => {
    await writeFile(path.join(dir, 'mlgate.yml'), config(declared).replace('    baseline:', '    environment: canary\n    baseline:'));
    expect((await run(promote, { version: '1' })).outputs?.['deployment-id']).toBe('1');
    expect((await run(promote, { version: '1', environment: 'staging' })).exitCode).toBe(0);
    expect((await run(historyCommand, { environment: 'canary' })).outputs?.['live-version']).toBe('1');
    await expect(run(promote, { version: '1', environment: 'canry' })).rejects.toThrow(/did you mean 'canary'\? Known environments: production, staging, canary/);
  });

  it('accepts any name when the config declares no environments', async () => {
    await writeFile(path.join(dir, 'mlgate.yml'), config(''));
    for (const environment of ['prodution', 'qa']) expect((await run(promote, { version: '1', environment })).exitCode).toBe(0);
    expect((await run(historyCommand, { environment: 'qa' })).outputs?.['live-version']).toBe('1');
  });
});

describe('promote --results reads what check and compare wrote', () => {
  beforeEach(async () => {
    await writeFile(path.join(dir, 'mlgate.yml'), config(''));
  });

  it('the results directory check writes (comparisons/<model>.json)', async () => {
    expect((await run(checkCommand, { results: '.mlgate/results' })).exitCode).toBe(0);
    const written = path.join(dir, '.mlgate', 'results', 'comparisons', 'churn.json');
    const promoted = await run(promote, { version: '1', results: '.mlgate/results' });
    expect(promoted.exitCode).toBe(0);
    expect(promoted.text).toContain('Gate: pass.');
    const onDisk = JSON.parse(await readFile(path.join(dir, '.mlgate', 'releases.json'), 'utf8')) as { deployments: Array<{ payload: { gate: { verdict: string; report_sha256: string }; metrics: Record<string, number> } }> };
    expect(onDisk.deployments[0]!.payload.gate).toEqual({ verdict: 'pass', report_sha256: createHash('sha256').update(await readFile(written)).digest('hex') });
    expect(onDisk.deployments[0]!.payload.metrics).toEqual({ accuracy: 0.9 });
  });

  it('a failed gate in the results directory refuses the release', async () => {
    await writeFile(path.join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.5 }));
    expect((await run(checkCommand, { results: 'out' })).exitCode).toBe(1);
    const refused = await run(promote, { version: '1', results: 'out' });
    expect(refused.exitCode).toBe(1);
    expect(refused.text).toMatch(/^Refused: the gate failed for churn 1/);
  });

  it('a directory holding compare --json output, and the file itself', async () => {
    // What `mlgate compare --json gate/compare.json` writes: the command's result JSON.
    await mkdir(path.join(dir, 'gate'));
    await writeFile(path.join(dir, 'gate', 'compare.json'), JSON.stringify((await run(compareCommand, {})).json));
    expect((await run(promote, { version: '1', results: 'gate' })).text).toContain('Gate: pass.');
    expect((await run(promote, { version: '2', results: 'gate/compare.json' })).text).toContain('Gate: pass.');
  });

  it('a results directory of another model says whose comparisons it holds', async () => {
    expect((await run(checkCommand, { results: 'out' })).exitCode).toBe(0);
    await writeFile(path.join(dir, 'mlgate.yml'), config('').replace('name: churn', 'name: other'));
    const error = await failure(run(promote, { version: '1', results: 'out' }));
    expect(error.message).toBe("--results names 'out', but no comparison result for model 'other' is in it");
    expect(String((error.cause as Error).message)).toMatch(/out\/comparisons\/churn\.json: it holds comparisons of churn, not of model 'other'/);
  });
});
