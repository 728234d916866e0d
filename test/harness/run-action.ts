import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { alignPayload, examplePayload, type EventChoice, type PullChoice } from './events.js';
import { nodeBinary, type NodeMajor } from './node.js';
import { annotationsOf, parseKeyValueFile, parseWorkflowCommands, type Annotation, type WorkflowCommand } from './workflow-commands.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ActionRunOptions {
  /**
   * `root` = action.yml (dist/index.js, input `command` picks the command); a name = the step action under
   * actions/<name>/; an absolute path = the action in that directory (test fixtures).
   */
  action: string;
  /** Inputs as a workflow's `with:` gives them; booleans and numbers are stringified like YAML scalars. */
  inputs?: Record<string, string | number | boolean>;
  /** Node major to run under (20 or 24). Default 24, what the actions declare. */
  node?: NodeMajor;
  /** GITHUB_WORKSPACE and the process's cwd (default: a fresh temp dir). */
  workspace?: string;
  /** GITHUB_API_URL (e.g. the fake's `gh.url`). Default: an unroutable 127.0.0.1 port so nothing reaches github.com. */
  apiUrl?: string;
  /** What `${{ github.token }}` evaluates to (default: an unknown token `ghs_harness`). */
  token?: string;
  /** GITHUB_REPOSITORY (default `octo-org/ml-repo`, the fake's default repository). */
  repository?: string;
  /** The triggering event; the payload is a real one from @octokit/webhooks-examples. Default pull_request/opened. */
  event?: EventChoice & { pull?: PullChoice; patch?: (payload: Record<string, unknown>) => void };
  /** Extra environment (wins over the harness's), e.g. RUNNER_DEBUG=1. `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Kill the step after this many ms (default 60 s). */
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed (heredoc `name<<delimiter` and `name=value`). */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY as written. */
  summary: string;
  /** GITHUB_ENV, GITHUB_STATE parsed; GITHUB_PATH lines. */
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
  addedPath: string[];
  /** Workflow commands from stdout, in order. */
  commands: WorkflowCommand[];
  annotations: Annotation[];
  /** Values registered with ::add-mask:: (the runner would mask them). */
  masks: string[];
  /** The message of `core.setFailed` (the first ::error:: without file), if any. */
  failure?: string;
  /** The environment the step ran with (for assertions; INPUT_* included). */
  env: Record<string, string>;
  workspace: string;
  eventPayload: Record<string, unknown>;
  /**
   * True when `secret` would reach a reader: in the summary or an output, or in stdout/stderr without having been
   * registered with ::add-mask:: (the runner masks registered values in logs, never in summaries).
   */
  leaks(secret: string): boolean;
}

interface ActionYml {
  inputs?: Record<string, { default?: string | number | boolean; required?: boolean }>;
  runs: { using: string; main: string };
}

/** The runner's name for an input's variable: `INPUT_` + name with spaces as `_`, upper-cased; hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function actionDir(action: string): string {
  if (action === 'root') return REPO_ROOT;
  return path.isAbsolute(action) ? action : path.join(REPO_ROOT, 'actions', action);
}

export function readActionYml(action: string): ActionYml {
  return parse(readFileSync(path.join(actionDir(action), 'action.yml'), 'utf8')) as ActionYml;
}

/** Evaluates the only expressions action.yml defaults use. */
function evaluateDefault(value: string, token: string): string {
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token).replace(/\$\{\{[^}]*\}\}/g, () => {
    throw new Error(`harness: unsupported expression in an action.yml default: ${value}`);
  });
}

function eventEnv(name: string, payload: Record<string, unknown>): Record<string, string> {
  const pr = payload.pull_request as { number?: number; head?: { ref?: string; sha?: string }; base?: { ref?: string } } | undefined;
  if ((name === 'pull_request' || name === 'pull_request_target') && pr) {
    return {
      GITHUB_REF: name === 'pull_request' ? `refs/pull/${pr.number}/merge` : `refs/heads/${pr.base?.ref ?? 'main'}`,
      GITHUB_REF_NAME: name === 'pull_request' ? `${pr.number}/merge` : (pr.base?.ref ?? 'main'),
      GITHUB_REF_TYPE: 'branch',
      GITHUB_HEAD_REF: pr.head?.ref ?? '',
      GITHUB_BASE_REF: pr.base?.ref ?? '',
      GITHUB_SHA: 'f'.repeat(40),
    };
  }
  const ref = typeof payload.ref === 'string' && payload.ref.startsWith('refs/') ? payload.ref : 'refs/heads/main';
  const sha = typeof payload.after === 'string' ? payload.after : 'e'.repeat(40);
  return { GITHUB_REF: ref, GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''), GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch', GITHUB_HEAD_REF: '', GITHUB_BASE_REF: '', GITHUB_SHA: sha };
}

/**
 * Runs an action from dist/ the way the Actions runner does: a child `node <runs.main>` in the workspace, with
 * INPUT_* from the step's inputs and the action.yml defaults, the runner's GITHUB_* / RUNNER_* variables, fresh
 * file-command files, and a real event payload.
 */
export async function runAction(o: ActionRunOptions): Promise<ActionRun> {
  const yml = readActionYml(o.action);
  if (!/^node\d+$/.test(yml.runs.using)) throw new Error(`harness: ${o.action} is not a JavaScript action (runs.using: ${yml.runs.using})`);
  const main = path.resolve(actionDir(o.action), yml.runs.main);
  const token = o.token ?? 'ghs_harness';
  const repository = o.repository ?? 'octo-org/ml-repo';

  const declared = yml.inputs ?? {};
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (spec.default !== undefined) inputs[name] = evaluateDefault(String(spec.default), token);
  }
  for (const [name, value] of Object.entries(o.inputs ?? {})) {
    if (!(name in declared)) throw new Error(`harness: unexpected input '${name}' for ${o.action}; valid inputs are ${Object.keys(declared).join(', ')}`);
    inputs[name] = String(value);
  }

  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'mlgate-runner-'));
  const workspace = o.workspace ?? mkdtempSync(path.join(os.tmpdir(), 'mlgate-workspace-'));
  const fileCommands = path.join(runnerTemp, '_runner_file_commands');
  mkdirSync(fileCommands, { recursive: true });
  const stepId = randomUUID();
  const files = {
    GITHUB_OUTPUT: path.join(fileCommands, `set_output_${stepId}`),
    GITHUB_STEP_SUMMARY: path.join(fileCommands, `step_summary_${stepId}`),
    GITHUB_ENV: path.join(fileCommands, `set_env_${stepId}`),
    GITHUB_STATE: path.join(fileCommands, `save_state_${stepId}`),
    GITHUB_PATH: path.join(fileCommands, `add_path_${stepId}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');

  const eventName = o.event?.name ?? 'pull_request';
  const payload = alignPayload(examplePayload({ name: eventName, action: o.event?.action ?? (o.event ? undefined : 'opened') }), repository, o.event?.pull);
  o.event?.patch?.(payload);
  const eventPath = path.join(runnerTemp, '_github_workflow', 'event.json');
  mkdirSync(path.dirname(eventPath), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));

  const [owner] = repository.split('/');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? os.homedir(),
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: owner ?? '',
    GITHUB_REPOSITORY_ID: '100000',
    GITHUB_REPOSITORY_OWNER_ID: '1000',
    GITHUB_RUN_ID: '7000000001',
    GITHUB_RUN_NUMBER: '12',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${o.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'mlgate',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/mlgate.yml@refs/heads/main`,
    GITHUB_WORKFLOW_SHA: 'e'.repeat(40),
    GITHUB_JOB: 'gate',
    GITHUB_ACTION: '__mlgate',
    GITHUB_ACTION_REPOSITORY: 'mlgate/mlgate',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(runnerTemp, 'toolcache'),
    ...eventEnv(eventName, payload),
    ...files,
  };
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  for (const [k, v] of Object.entries(o.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const binary = nodeBinary(o.node ?? 24);
  const { exitCode, signal, stdout, stderr } = await spawnCollect(binary, [main], { cwd: workspace, env, timeoutMs: o.timeoutMs ?? 60_000 });
  const read = (f: string): string => readFileSync(f, 'utf8');
  // The runner reads commands from both streams (one OutputManager each).
  const commands = [...parseWorkflowCommands(stdout), ...parseWorkflowCommands(stderr)];
  const outputs = parseKeyValueFile(read(files.GITHUB_OUTPUT), 'GITHUB_OUTPUT');
  const summary = read(files.GITHUB_STEP_SUMMARY);
  const failure = commands.find((c) => c.command === 'error' && c.properties.file === undefined)?.message;
  const run: ActionRun = {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs,
    summary,
    exportedEnv: parseKeyValueFile(read(files.GITHUB_ENV), 'GITHUB_ENV'),
    state: parseKeyValueFile(read(files.GITHUB_STATE), 'GITHUB_STATE'),
    addedPath: read(files.GITHUB_PATH).split('\n').filter(Boolean),
    commands,
    annotations: annotationsOf(commands),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    env,
    workspace,
    eventPayload: payload,
    leaks: (secret) =>
      [summary, ...Object.values(outputs)].some((t) => t.includes(secret)) ||
      (!commands.some((c) => c.command === 'add-mask' && c.message === secret) && [stdout, stderr].some((t) => t.includes(secret))),
  };
  if (failure !== undefined) run.failure = failure;
  return run;
}

export interface Spawned {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function spawnCollect(binary: string, args: string[], o: { cwd: string; env: Record<string, string>; timeoutMs: number; stdin?: string }): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { cwd: o.cwd, env: o.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    // The child may exit before reading its input; an EPIPE then is not a test failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(o.stdin ?? '');
  });
}
