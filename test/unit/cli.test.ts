import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandHelp, generalHelp, runCli, type CliIo } from '../../src/cli.js';
import { commands, findCommand } from '../../src/commands/index.js';
import { VERSION } from '../../src/version.js';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], env: Record<string, string> = {}, cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-unit-'))): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('mlgate CLI (src/cli.ts)', () => {
  it('no arguments prints the help and exits 2; --help / -h / help exit 0', async () => {
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe(generalHelp());
    for (const flag of ['--help', '-h', 'help']) {
      const r = await cli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(generalHelp());
    }
  });

  it('the general help lists every registered command once, with its summary', () => {
    const help = generalHelp();
    for (const c of commands) expect(help).toMatch(new RegExp(`^  ${c.spec.name} +${c.spec.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(help.match(/^ {2}\S/gm)).toHaveLength(commands.length);
  });

  it('--version / -v print the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect((await cli(['--version'])).stdout).toBe(`${pkg.version}\n`);
    expect((await cli(['-v'])).code).toBe(0);
  });

  it('an unknown command suggests the closest one', async () => {
    const r = await cli(['rolback']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mlgate: unknown command 'rolback'; did you mean 'rollback'?\nRun 'mlgate --help' for the list of commands.\n");
    const far = await cli(['deploy-everything']);
    expect(far.stderr).toBe("mlgate: unknown command 'deploy-everything'\nRun 'mlgate --help' for the list of commands.\n");
  });

  it('per-command --help shows only CLI options (never the action-only github-token) with defaults', async () => {
    for (const c of commands) {
      const r = await cli([c.spec.name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(commandHelp(c));
      expect(r.stdout).not.toContain('--github-token');
      for (const o of c.spec.options.filter((x) => x.only !== 'action')) expect(r.stdout).toContain(`--${o.name}`);
    }
    const rollback = commandHelp(findCommand('rollback')!);
    const to = findCommand('rollback')!.spec.options.find((o) => o.name === 'to')!;
    expect(rollback).toContain(`--to <value>`);
    expect(rollback.split('\n').find((l) => l.trimStart().startsWith('--to '))).toMatch(new RegExp(`\\(default: ${to.default ?? ''}\\)$`));
    expect(rollback).toMatch(/--dry-run +Say what would change/);
    expect((await cli(['validate', '-h'])).code).toBe(0);
  });

  it('unknown options are usage errors (exit 2) with a did-you-mean among that command\'s options', async () => {
    const r = await cli(['validate', '--dataset-name', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mlgate: unknown option --dataset-name for 'mlgate validate'/);
    const near = await cli(['rollback', '--dryrun']);
    expect(near.stderr).toBe("mlgate: unknown option --dryrun for 'mlgate rollback'; did you mean --dry-run?\nRun 'mlgate rollback --help' for the options.\n");
    // --to belongs to rollback, not to validate.
    expect((await cli(['validate', '--to', 'previous'])).stderr).toMatch(/^mlgate: unknown option --to for 'mlgate validate'/);
  });

  it('a string option without its value, and stray positionals, are usage errors', async () => {
    const missing = await cli(['compare', '--config']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^mlgate: Option '--config <value>' argument missing \(mlgate compare\)/);
    const stray = await cli(['compare', 'extra']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toBe("mlgate: 'mlgate compare' takes no positional arguments; found 'extra'\n");
  });

  it('--config is read relative to the working directory and config errors name file and line (exit 2)', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-unit-'));
    writeFileSync(path.join(cwd, 'bad.yml'), 'version: 1\nmodels:\n  - name: churn\n    metrics: m.json\n    gates:\n      accuracy: { minn: 0.8 }\n');
    const r = await cli(['compare', '--config', 'bad.yml'], {}, cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mlgate compare: bad\.yml:6:\d+: unknown key "minn" at models\[0\]\.gates\.accuracy\.minn; did you mean "min"\?/);
  });

  it('--option=value and short flags parse like --option value', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-unit-'));
    const r = await cli(['compare', '--config=missing.yml'], {}, cwd);
    expect(r.stderr).toMatch(/--config names 'missing\.yml', which does not exist/);
  });
});
