import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { historyCommand } from '../../../src/commands/history.js';
import { createPromoteCommand } from '../../../src/commands/promote.js';
import { createRollbackCommand } from '../../../src/commands/rollback.js';
import type { Command, CommandContext, CommandResult, OptionValue } from '../../../src/commands/types.js';
import type { Log } from '../../../src/ports.js';
import type { FakeGitHub } from '../../fake-github/index.js';

/** Runs the release commands in-process against the fake GitHub (store `github`), as a job of run `runId`. */

export const TWO_MODELS = `version: 1
models:
  - name: churn
    metrics: churn.json
    environment: staging
    gates:
      accuracy: { max_regression: 0.01 }
  - name: fraud
    metrics: fraud.json
    environment: staging
    gates:
      recall: { max_regression: 0.01 }
`;

export async function twoModelDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-gh-'));
  await writeFile(path.join(dir, 'mlgate.yml'), TWO_MODELS);
  await writeFile(path.join(dir, 'churn.json'), '{"accuracy": 0.9}');
  await writeFile(path.join(dir, 'fraud.json'), '{"recall": 0.8}');
  return dir;
}

export interface GitHubRun {
  dir: string;
  token: string;
  runId?: number;
  runAttempt?: number;
  logs?: string[];
  env?: Record<string, string | undefined>;
}

export function githubContext(gh: FakeGitHub, run: GitHubRun): CommandContext {
  const logs = run.logs ?? [];
  const log: Log = { info: (m) => logs.push(m), debug: () => undefined, warning: (m) => logs.push(`warning: ${m}`), error: (m) => logs.push(`error: ${m}`) };
  return {
    cwd: run.dir,
    env: run.env ?? { PATH: process.env.PATH },
    log,
    summary: { available: false, write: () => Promise.resolve() },
    inActions: true,
    github: {
      token: run.token,
      apiUrl: gh.url,
      serverUrl: 'https://github.com',
      repository: { owner: 'octo-org', repo: 'ml-repo' },
      runId: run.runId ?? 500,
      runAttempt: run.runAttempt ?? 1,
      sha: gh.seed.ref('main'),
      actor: 'alice',
      eventName: 'workflow_dispatch',
    },
  };
}

export const promote = createPromoteCommand({ artifacts: () => undefined });
export const rollback = createRollbackCommand({ comments: () => undefined });
export const history = historyCommand;

export function runOn(gh: FakeGitHub, run: GitHubRun, cmd: Command, options: Record<string, OptionValue>): Promise<CommandResult> {
  return cmd.run({ command: cmd.spec.name, options: { store: 'github', ...options }, positionals: [], surface: 'action' }, githubContext(gh, run));
}
