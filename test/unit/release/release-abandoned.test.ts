import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReleaseFileStore } from '../../../src/adapters/local/release-file-store.js';
import { historyCommand } from '../../../src/commands/history.js';
import type { CommandContext, Invocation } from '../../../src/commands/types.js';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'mlgate-abandoned-'));
  file = path.join(dir, '.mlgate', 'releases.json');
  await mkdir(path.dirname(file));
  await writeFile(path.join(dir, 'mlgate.yml'), 'version: 1\nmodels:\n  - name: churn\n    metrics: metrics.json\n    gates:\n      accuracy: { min: 0.5 }\n');
  await writeFile(path.join(dir, 'metrics.json'), '{"accuracy": 0.9}');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const DEAD_PID = 2147483646;
const processStart = new Date(Date.now() - process.uptime() * 1000).toISOString();
const payload = (version: string) => ({ mlgate: 1, model: { name: 'churn', version, uri: null }, metrics: {}, gate: { verdict: 'none' }, source: { sha: 'abc', pr: null, run_id: null, actor: 'me' }, artifact: null, rollback_of: null });
const status = (id: number, state: string) => ({ id, state, description: state, created_at: '2026-01-01T00:00:00.000Z' });
const deployment = (id: number, states: string[], owner?: { host: string; pid: number; started_at: string }) => ({
  id, environment: 'production', ref: 'abc', sha: 'abc', task: 'deploy:mlgate', description: '', created_at: '2026-01-01T00:00:00.000Z', creator: 'me',
  production_environment: true, transient_environment: false, payload: payload(String(id)), statuses: states.map((s, i) => status(id * 10 + i, s)), ...(owner ? { owner } : {}),
});

async function history(): Promise<{ live: { id: number } | null; releases: Array<{ id: number; state: string; description: string | null }> }> {
  const inv: Invocation = { command: 'history', options: { store: 'local' }, positionals: [], surface: 'cli' };
  const ctx: CommandContext = { cwd: dir, env: {}, log: { info: () => undefined, debug: () => undefined, warning: () => undefined, error: () => undefined }, summary: { available: false, write: () => Promise.resolve() }, inActions: false, github: { apiUrl: 'http://127.0.0.1:9', serverUrl: 'https://github.com' } };
  const result = await historyCommand.run(inv, ctx);
  return result.json as never;
}

describe('a release left unfinished by a killed process', () => {
  it('is abandoned when its process is gone, whatever unfinished state it was left in; never when it finished or may still run', async () => {
    const dead = { host: hostname(), pid: DEAD_PID, started_at: processStart };
    const reused = { host: hostname(), pid: process.pid, started_at: '2001-01-01T00:00:00.000Z' };
    const running = { host: hostname(), pid: process.pid, started_at: processStart };
    const elsewhere = { host: `not-${hostname()}`, pid: DEAD_PID, started_at: processStart };
    const deployments = [
      deployment(1, ['in_progress', 'success'], dead), // finished: live
      deployment(2, ['in_progress'], dead),
      deployment(3, [], dead), // killed between create and in_progress
      deployment(4, ['queued', 'pending'], dead),
      deployment(5, ['in_progress'], running),
      deployment(6, ['in_progress'], elsewhere), // another machine: cannot tell
      deployment(7, ['in_progress']), // written before owners were recorded
      deployment(8, ['in_progress', 'failure'], dead),
      ...(process.platform === 'linux' ? [deployment(9, ['in_progress'], reused)] : []),
    ];
    await writeFile(file, JSON.stringify({ version: 1, next_id: 10, next_status_id: 100, deployments }));
    const records = await new ReleaseFileStore(file).list('production');
    const abandoned = records.filter((r) => r.abandoned !== undefined).map((r) => r.id).sort();
    expect(abandoned).toEqual(process.platform === 'linux' ? [2, 3, 4, 9] : [2, 3, 4]);
    expect(records.find((r) => r.id === 2)?.abandoned).toMatch(new RegExp(`abandoned: the mlgate process that ran it \\(pid ${DEAD_PID} on .*\\) is gone`));
    if (process.platform === 'linux') expect(records.find((r) => r.id === 9)?.abandoned).toMatch(/that pid now belongs to another process/);

    const h = await history();
    expect(h.live?.id).toBe(1);
    const states = Object.fromEntries(h.releases.map((r) => [r.id, r.state]));
    expect(states).toMatchObject({ 1: 'live', 2: 'abandoned', 3: 'abandoned', 4: 'abandoned', 5: 'in progress', 6: 'in progress', 7: 'in progress', 8: 'failed' });
    expect(h.releases.find((r) => r.id === 3)?.description).toMatch(/^abandoned: /);
  });

  it('a promote killed during its deploy-command shows as abandoned, never live, and the next promote works', async () => {
    const runner = path.join(dir, 'run-cli.mts');
    await writeFile(runner, `import { runCli } from ${JSON.stringify(path.resolve('src/cli.ts'))};\nprocess.exitCode = await runCli(process.argv.slice(2));\n`);
    const tsx = path.resolve('node_modules/tsx/dist/loader.mjs');
    const cli = (args: string[], detached = false) =>
      spawn(process.execPath, ['--import', tsx, runner, ...args], { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME }, stdio: ['ignore', 'pipe', 'pipe'], detached });
    const finish = (child: ReturnType<typeof cli>) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        let out = '';
        child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
        child.on('close', (code) => resolve({ code, out }));
      });

    expect((await finish(cli(['promote', '--store', 'local', '--version', '1']))).code).toBe(0);
    // Its own process group, so the kill takes the deploy-command's shell and sleep with it (as a cancelled job would).
    const doomed = cli(['promote', '--store', 'local', '--version', '2', '--deploy-command', 'sleep 60'], true);
    const doomedExit = finish(doomed);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const text = await readFile(file, 'utf8').catch(() => '');
      if (text.includes('"in_progress"') && text.includes('releasing churn 2')) break;
      if (Date.now() > deadline) throw new Error(`the promote never reached in_progress: ${text}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const during = await history();
    expect(during.releases.find((r) => r.id === 2)?.state).toBe('in progress');
    process.kill(-doomed.pid!, 'SIGKILL');
    expect((await doomedExit).code).toBeNull();

    const after = await history();
    expect(after.live?.id).toBe(1);
    expect(after.releases.map((r) => [r.id, r.state])).toEqual([[2, 'abandoned'], [1, 'live']]);

    const next = await finish(cli(['promote', '--store', 'local', '--version', '3']));
    expect(next.out).toContain('as deployment #3, replacing 1 (#1)');
    expect(next.code).toBe(0);
    const last = await history();
    expect(last.live?.id).toBe(3);
    expect(last.releases.map((r) => [r.id, r.state])).toEqual([[3, 'live'], [2, 'abandoned'], [1, 'superseded']]);
  }, 90_000);
});
