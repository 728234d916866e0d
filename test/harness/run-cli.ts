import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeBinary, type NodeMajor } from './node.js';
import { REPO_ROOT, spawnCollect, type Spawned } from './run-action.js';

export interface CliRunOptions {
  /** Working directory (default: a fresh temp dir). */
  cwd?: string;
  /** Node major (default: the one running the tests). */
  node?: NodeMajor;
  /** Extra environment; the base is PATH and HOME only, so no GITHUB_* leaks in from the test process. */
  env?: Record<string, string>;
  stdin?: string;
  timeoutMs?: number;
}

export interface CliRun extends Spawned {
  cwd: string;
}

/** Runs `bin/mlgate.js <args>` (the package's `bin`, which imports dist/) in a child process. */
export async function runCli(args: string[], o: CliRunOptions = {}): Promise<CliRun> {
  const cwd = o.cwd ?? mkdtempSync(path.join(os.tmpdir(), 'mlgate-cli-'));
  const binary = o.node ? nodeBinary(o.node) : process.execPath;
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? os.homedir(), LANG: 'C.UTF-8', ...o.env };
  const result = await spawnCollect(binary, [path.join(REPO_ROOT, 'bin', 'mlgate.js'), ...args], { cwd, env, timeoutMs: o.timeoutMs ?? 60_000, stdin: o.stdin });
  return { ...result, cwd };
}
