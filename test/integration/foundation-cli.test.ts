import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_VERSIONS, runCli } from '../harness/index.js';

/** SPEC §1, "Commands": every one must be listed by `mlgate --help`. */
const SPEC_COMMANDS = ['validate', 'profile', 'merge-profiles', 'infer-schema', 'compare', 'report', 'check', 'promote', 'rollback', 'history', 'verify-evidence', 'monitor'];
const STACK_LINE = /^\s+at .+[:(]\d+/m;

describe.each(NODE_VERSIONS)('the mlgate CLI under Node %i', (node) => {
  it('--help lists every command of the spec with its summary and exits 0', async () => {
    const run = await runCli(['--help'], { node });
    expect(run.exitCode).toBe(0);
    const listed = run.stdout
      .split('\n')
      .map((l) => /^ {2}([a-z-]+)\s{2,}\S/.exec(l)?.[1])
      .filter((x): x is string => x !== undefined);
    expect(listed).toEqual(SPEC_COMMANDS);
    expect(run.stderr).toBe('');
  });

  it('`validate --config bad.yml` with a misspelt key exits 2 naming the file, the line and `columns`', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-cli-'));
    writeFileSync(
      path.join(cwd, 'bad.yml'),
      ['version: 1', 'datasets:', '  - name: train', '    path: data/train.csv', '    colums:', '      age: { type: integer }', ''].join('\n'),
    );
    const run = await runCli(['validate', '--config', 'bad.yml'], { node, cwd });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('mlgate validate: bad.yml:5:5: unknown key "colums" at datasets[0].colums; did you mean "columns"?\n');
    expect(run.stdout).toBe('');
  });

  it('each command has its own --help', async () => {
    const run = await runCli(['promote', '--help'], { node });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Usage: mlgate promote \[options\]/);
    expect(run.stdout).toContain('--version <value>');
    expect(run.stdout).not.toContain('--github-token');
  });

  it('an unknown command or option exits 2 with a did-you-mean and no stack trace', async () => {
    const cmd = await runCli(['valdate'], { node });
    expect(cmd.exitCode).toBe(2);
    expect(cmd.stderr).toBe("mlgate: unknown command 'valdate'; did you mean 'validate'?\nRun 'mlgate --help' for the list of commands.\n");
    const opt = await runCli(['compare', '--confg', 'x.yml'], { node });
    expect(opt.exitCode).toBe(2);
    expect(opt.stderr).toMatch(/^mlgate: unknown option --confg for 'mlgate compare'; did you mean --config\?/);
    expect(`${cmd.stderr}${opt.stderr}`).not.toMatch(STACK_LINE);
  });

  it('a missing config file exits 2 naming --config and the path', async () => {
    const run = await runCli(['compare'], { node });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^mlgate compare: --config names 'mlgate\.yml', which does not exist/);
  });
});
