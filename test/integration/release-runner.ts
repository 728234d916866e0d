import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Runs the bundle's step actions (dist/<command>.js) the way the Actions runner does: INPUT_* env, GITHUB_OUTPUT file. */

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

let node24: string | undefined;
/** Node 24 (actions declare runs.using: node24), fetched once through npx; falls back to this Node if that fails. */
export function node24Path(): string {
  if (node24) return node24;
  try {
    node24 = execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    node24 = process.execPath;
  }
  return node24;
}

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface StepOptions {
  command: 'promote' | 'rollback' | 'history';
  inputs: Record<string, string>;
  cwd: string;
  env?: Record<string, string>;
  node?: string;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] ?? '');
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export async function runStep(options: StepOptions): Promise<StepResult> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-step-'));
  const outputFile = path.join(scratch, 'output');
  const summaryFile = path.join(scratch, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: scratch,
    ...(options.env ?? {}),
  };
  for (const [k, v] of Object.entries(options.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(options.node ?? node24Path(), [path.join(ROOT, 'dist', `${options.command}.js`)], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  return { code, stdout, stderr, outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') };
}
