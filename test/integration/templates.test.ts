// Each starter template, with the reusable workflow it calls, run the way GitHub would run it: the template's job
// calls the reusable workflow with its `with:` and `secrets:`; that workflow's jobs run in `needs` order, `if:`
// conditions and `${{ }}` expressions evaluated; `run:` steps run in bash; each job's token has only the
// permissions its `permissions:` block grants (narrowing the run's token, as GitHub does); our actions run from
// dist/ through the runner harness, at the path the reusable workflow checked mlgate out to
// (job.workflow_repository at job.workflow_sha); the composite pr-comment action runs its own steps. Third-party
// actions are stood in for: checkout copies the example project (or, into a path, links this repository as the
// sparse checkout would give it), upload/download-artifact move files through an artifact store keyed by run id
// and name, setup-node does nothing. Everything talks to the fake GitHub, and the event payloads are real ones
// from @octokit/webhooks-examples.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.js';
import type { Level, Permissions, Scope } from '../fake-github/state.js';
import { examplePayload, parseKeyValueFile, REPO_ROOT, runAction, runCli, spawnCollect } from '../harness/index.js';

const REPOSITORY = 'octo-org/ml-repo';
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'churn');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(d);
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// GitHub Actions expressions: literals, contexts, ! == != < <= > >= && || ( ), functions.

type Ctx = Record<string, unknown>;
interface Status {
  failed: boolean;
}

function tokenize(src: string): string[] {
  const tokens: string[] = [];
  const re = /\s*(?:('(?:[^']|'')*')|(-?\d+(?:\.\d+)?)|(==|!=|<=|>=|&&|\|\||[!<>().,[\]*])|([A-Za-z_][A-Za-z0-9_-]*))/y;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(src);
    if (!m) throw new Error(`expression: cannot read '${src.slice(pos)}' in '${src}'`);
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4]!);
    pos = re.lastIndex;
  }
  return tokens;
}

function truthy(v: unknown): boolean {
  return !(v === false || v === 0 || v === '' || v === null || v === undefined || Number.isNaN(v));
}
function toNumber(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}
function looseEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b || a === null || b === null) {
    if (a === null || b === null) return a === b || (a === null && b === undefined) || (a === undefined && b === null);
    return a === b;
  }
  return toNumber(a) === toNumber(b);
}
export function asString(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function evaluate(src: string, ctx: Ctx, status: Status): unknown {
  const t = tokenize(src);
  let i = 0;
  const peek = (): string | undefined => t[i];
  const take = (expected?: string): string => {
    const tok = t[i++];
    if (tok === undefined || (expected !== undefined && tok !== expected)) throw new Error(`expression: expected ${expected ?? 'more'} in '${src}'`);
    return tok;
  };
  const or = (): unknown => {
    let v = and();
    while (peek() === '||') {
      take();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const and = (): unknown => {
    let v = eq();
    while (peek() === '&&') {
      take();
      const r = eq();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const eq = (): unknown => {
    let v = cmp();
    while (peek() === '==' || peek() === '!=') {
      const op = take();
      const r = cmp();
      v = op === '==' ? looseEqual(v, r) : !looseEqual(v, r);
    }
    return v;
  };
  const cmp = (): unknown => {
    let v = unary();
    while (['<', '>', '<=', '>='].includes(peek() ?? '')) {
      const op = take();
      const a = toNumber(v);
      const b = toNumber(unary());
      v = op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
    }
    return v;
  };
  const unary = (): unknown => {
    if (peek() === '!') {
      take();
      return !truthy(unary());
    }
    return postfix();
  };
  const member = (v: unknown, key: string): unknown => {
    if (v === null || typeof v !== 'object') return null;
    if (key === '*') return Array.isArray(v) ? v : Object.values(v);
    if (Array.isArray(v)) return /^\d+$/.test(key) ? (v[Number(key)] ?? null) : v.map((x) => member(x, key));
    return (v as Record<string, unknown>)[key] ?? null;
  };
  const postfix = (): unknown => {
    let v = primary();
    for (;;) {
      if (peek() === '.') {
        take();
        v = member(v, take());
      } else if (peek() === '[') {
        take();
        const key = or();
        take(']');
        v = member(v, asString(key));
      } else return v;
    }
  };
  const fns: Record<string, (...a: unknown[]) => unknown> = {
    success: () => !status.failed,
    failure: () => status.failed,
    always: () => true,
    cancelled: () => false,
    contains: (hay, needle) => (Array.isArray(hay) ? hay.some((x) => looseEqual(x, needle)) : asString(hay).toLowerCase().includes(asString(needle).toLowerCase())),
    startsWith: (s, p) => asString(s).toLowerCase().startsWith(asString(p).toLowerCase()),
    endsWith: (s, p) => asString(s).toLowerCase().endsWith(asString(p).toLowerCase()),
    fromJSON: (s) => JSON.parse(asString(s)) as unknown,
    toJSON: (v) => JSON.stringify(v),
    format: (f, ...args) => asString(f).replace(/\{(\d+)\}/g, (_m, n: string) => asString(args[Number(n)])),
  };
  const primary = (): unknown => {
    const tok = take();
    if (tok === '(') {
      const v = or();
      take(')');
      return v;
    }
    if (tok.startsWith("'")) return tok.slice(1, -1).replace(/''/g, "'");
    if (/^-?\d/.test(tok)) return Number(tok);
    if (tok === 'true' || tok === 'false') return tok === 'true';
    if (tok === 'null') return null;
    if (peek() === '(') {
      take('(');
      const args: unknown[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') take(',');
      }
      take(')');
      const fn = Object.entries(fns).find(([k]) => k.toLowerCase() === tok.toLowerCase())?.[1];
      if (!fn) throw new Error(`expression: unknown function ${tok}() in '${src}'`);
      return fn(...args);
    }
    if (!(tok in ctx)) throw new Error(`expression: unknown context '${tok}' in '${src}'`);
    return ctx[tok];
  };
  const v = or();
  if (i !== t.length) throw new Error(`expression: unexpected '${t[i]}' in '${src}'`);
  return v;
}

/** A `with:`/`env:` value: a lone `${{ }}` keeps its type; otherwise expressions are interpolated as strings. */
function interpolate(value: unknown, ctx: Ctx, status: Status): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(value);
  if (whole && !whole[1]!.includes('}}')) return evaluate(whole[1]!, ctx, status);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, e: string) => asString(evaluate(e, ctx, status)));
}

function condition(cond: unknown, ctx: Ctx, status: Status): boolean {
  if (cond === undefined) return !status.failed;
  if (typeof cond === 'boolean') return cond;
  const text = asString(cond).trim();
  const inner = /^\$\{\{([\s\S]*)\}\}$/.exec(text)?.[1] ?? text;
  // A condition without a status function implies success().
  const usesStatus = /\b(success|failure|always|cancelled)\s*\(/.test(inner);
  return (usesStatus || !status.failed) && truthy(evaluate(inner, ctx, status));
}

// ---------------------------------------------------------------------------------------------------------------
// Workflow interpreter

interface Step {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'working-directory'?: string;
  'continue-on-error'?: boolean;
}
interface Job {
  if?: string | boolean;
  needs?: string | string[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: 'inherit' | Record<string, unknown>;
  steps?: Step[];
  outputs?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown> };
  permissions?: Record<string, string>;
  defaults?: { run?: { shell?: string } };
}
interface InputSpec {
  type?: string;
  required?: boolean;
  default?: unknown;
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, InputSpec>; outputs?: Record<string, { value: string }>; secrets?: Record<string, { required?: boolean }> } | null>;
  jobs: Record<string, Job>;
  defaults?: { run?: { shell?: string } };
  permissions?: Record<string, string>;
}
/** How a reusable workflow is called: what the calling job gave it. */
interface Call {
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  /** The calling job's `permissions:` (undefined: the run's token as it is). */
  permissions?: Record<string, string>;
  /** `uses:` of the calling job, e.g. mlgate/mlgate/.github/workflows/mlgate-pr.yml@v1. */
  uses: string;
}
interface JobResult {
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
}
export interface Executed {
  job: string;
  step: string;
  /** The mlgate command a step ran (`check`, `report`, …), if any. */
  mlgate?: string;
  exitCode: number;
  output: string;
}

interface RunSettings {
  gh: FakeGitHub;
  token: string;
  eventName: string;
  payload: Record<string, unknown>;
  runId: number;
  sha: string;
  ref: string;
  /** The user's repository at this commit: what checkout gives. */
  repoFixture: string;
  /** Artifacts of every run: `${runId}/${name}` → folder. */
  artifacts: Map<string, string>;
  /** The repository's secrets (`secrets: inherit` passes them all; a mapping picks). */
  secrets?: Record<string, string>;
  /**
   * The `job.workflow_*` context GitHub gives the jobs of a called workflow. Default: mlgate/mlgate at
   * MLGATE_SHA; `null` leaves them out, as GitHub Enterprise Server does.
   */
  workflowIdentity?: { repository: string; sha: string } | null;
}

const OUR_WORKFLOW = /^mlgate\/mlgate\/\.github\/workflows\/([^@]+)@v1$/;
const PINNED = /^(actions\/[a-z-]+)@[0-9a-f]{40}$/;
/** The commit `mlgate/mlgate/…@v1` resolves to in these runs: what the reusable workflows check out. */
const MLGATE_SHA = '5'.repeat(40);
const SCOPES: Record<string, Scope> = { contents: 'contents', issues: 'issues', 'pull-requests': 'pull_requests', deployments: 'deployments', actions: 'actions' };
const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

/** A job's token: the run's token narrowed to the job's `permissions:` block (scopes it does not name are none). */
function narrow(base: Permissions, block: Record<string, string> | undefined): Permissions {
  if (!block) return base;
  const out: Permissions = { metadata: 'read' };
  for (const [key, scope] of Object.entries(SCOPES)) {
    const asked = (block[key] ?? 'none') as Level;
    const had = base[scope] ?? 'none';
    out[scope] = RANK[asked] <= RANK[had] ? asked : had;
  }
  return out;
}

class WorkflowRun {
  readonly executed: Executed[] = [];
  private workspace = '';
  private readonly eventFile: string;
  private readonly runnerTemp: string;
  /** The current job's token (narrowed to its permissions) and whether it may ask for an OIDC token. */
  private token: string;
  private idToken = false;

  constructor(private readonly s: RunSettings) {
    this.runnerTemp = tempDir('mlgate-wf-runner-');
    this.eventFile = path.join(this.runnerTemp, 'event.json');
    writeFileSync(this.eventFile, JSON.stringify(s.payload, null, 2));
    this.token = s.token;
  }

  private github(): Ctx {
    return {
      event: this.s.payload,
      event_name: this.s.eventName,
      repository: REPOSITORY,
      repository_owner: REPOSITORY.split('/')[0],
      token: this.token,
      sha: this.s.sha,
      ref: this.s.ref,
      run_id: String(this.s.runId),
      server_url: 'https://github.com',
      api_url: this.s.gh.url,
      actor: 'octocat',
    };
  }

  /** Runs a workflow file (a template, or a reusable workflow as a job calls it). */
  async workflow(file: string, call?: Call): Promise<{ jobs: Record<string, JobResult>; outputs: Record<string, unknown> }> {
    const wf = parse(readFileSync(file, 'utf8')) as Workflow;
    const declared = call ? (wf.on.workflow_call?.inputs ?? {}) : (wf.on.workflow_dispatch?.inputs ?? {});
    const given = call?.inputs ?? ((this.s.payload.inputs as Record<string, unknown> | undefined) ?? {});
    const inputs = typedInputs(declared, given, path.basename(file));
    const secrets = call ? calledSecrets(wf, call.secrets, path.basename(file)) : (this.s.secrets ?? {});
    // The jobs of a called workflow get that workflow's identity in `job.workflow_*`; the caller's jobs their own.
    const identity = call ? (this.s.workflowIdentity === undefined ? { repository: 'mlgate/mlgate', sha: MLGATE_SHA } : this.s.workflowIdentity) : { repository: REPOSITORY, sha: this.s.sha };
    const jobContext: Ctx = { status: 'success', ...(identity ? { workflow_repository: identity.repository, workflow_sha: identity.sha, workflow_file_path: path.relative(call ? REPO_ROOT : path.dirname(path.dirname(file)), file) } : {}) };
    const jobs: Record<string, JobResult> = {};
    const pending = Object.keys(wf.jobs);
    while (pending.length) {
      const id = pending.find((j) => [wf.jobs[j]!.needs ?? []].flat().every((n) => n in jobs));
      if (!id) throw new Error(`${file}: a cycle in needs among ${pending.join(', ')}`);
      pending.splice(pending.indexOf(id), 1);
      const job = wf.jobs[id]!;
      // Reusable workflows run their steps in bash on every runner OS (and this interpreter has only bash).
      if (call && job.steps?.some((s) => s.run !== undefined)) expect(job.defaults?.run?.shell ?? wf.defaults?.run?.shell, `${path.basename(file)} job ${id}: default shell`).toBe('bash');
      jobs[id] = await this.job(id, job, { inputs, secrets, job: jobContext }, jobs, call);
    }
    const outputs: Record<string, unknown> = {};
    const ctx = { inputs, github: this.github(), jobs };
    for (const [name, o] of Object.entries(wf.on.workflow_call?.outputs ?? {})) if (call) outputs[name] = interpolate(o.value, ctx, { failed: false });
    return { jobs, outputs };
  }

  private async job(id: string, job: Job, base: Ctx, done: Record<string, JobResult>, call?: Call): Promise<JobResult> {
    const needs = Object.fromEntries([job.needs ?? []].flat().map((n) => [n, done[n]!]));
    const needsFailed = Object.values(needs).some((n) => n.result !== 'success');
    const ctx: Ctx = { ...base, github: this.github(), needs };
    if (!condition(job.if, ctx, { failed: needsFailed })) return { result: 'skipped', outputs: {} };

    if (job.uses) {
      const m = OUR_WORKFLOW.exec(job.uses);
      if (!m) throw new Error(`job ${id}: calls ${job.uses}, which is not one of our reusable workflows`);
      const withs = Object.fromEntries(Object.entries(job.with ?? {}).map(([k, v]) => [k, interpolate(v, ctx, { failed: false })]));
      const given = job.secrets === 'inherit' ? (this.s.secrets ?? {}) : Object.fromEntries(Object.entries(job.secrets ?? {}).map(([k, v]) => [k, asString(interpolate(v, ctx, { failed: false }))]));
      const called = await this.workflow(path.join(REPO_ROOT, '.github', 'workflows', m[1]!), { inputs: withs, secrets: given, uses: job.uses, ...(job.permissions ? { permissions: job.permissions } : {}) });
      const failed = Object.values(called.jobs).some((j) => j.result === 'failure');
      return { result: failed ? 'failure' : 'success', outputs: Object.fromEntries(Object.entries(called.outputs).map(([k, v]) => [k, asString(v)])) };
    }

    // The job's token: the run's, narrowed by the calling job's permissions and then by this job's.
    const runToken = this.s.gh.state.tokens.get(this.s.token);
    if (!runToken) throw new Error('the run token is not one the fake GitHub issued');
    const permissions = narrow(narrow(runToken.permissions, call?.permissions), job.permissions);
    this.token = this.s.gh.seed.actionsToken({ permissions }).token;
    this.idToken = job.permissions?.['id-token'] === 'write' && (call === undefined || call.permissions?.['id-token'] === 'write');
    ctx.github = this.github();

    const matrixSpec = job.strategy?.matrix;
    const combos: Ctx[] = [{}];
    if (matrixSpec) {
      combos.length = 0;
      for (const [key, raw] of Object.entries(matrixSpec)) {
        const values = interpolate(raw, ctx, { failed: false });
        for (const v of values as unknown[]) combos.push({ [key]: v });
      }
    }
    let failed = false;
    let outputs: Record<string, string> = {};
    for (const matrix of combos) {
      const r = await this.steps(`${id}${matrixSpec ? ` ${JSON.stringify(matrix)}` : ''}`, job.steps ?? [], { ...ctx, matrix });
      failed ||= r.failed;
      outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, asString(interpolate(v, { ...ctx, matrix, steps: r.steps }, { failed: r.failed }))]));
    }
    return { result: failed ? 'failure' : 'success', outputs };
  }

  private async steps(job: string, steps: Step[], base: Ctx, actionPath?: string): Promise<{ failed: boolean; steps: Record<string, { outputs: Record<string, string>; outcome: string }> }> {
    const status: Status = { failed: false };
    const stepCtx: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
    for (const [n, step] of steps.entries()) {
      const ctx: Ctx = { ...base, steps: stepCtx, runner: { temp: this.runnerTemp, os: 'Linux' }, env: {} };
      const name = step.name ?? step.uses ?? `step ${n + 1}`;
      if (!condition(step.if, ctx, status)) {
        if (step.id) stepCtx[step.id] = { outputs: {}, outcome: 'skipped' };
        continue;
      }
      const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, asString(interpolate(v, ctx, status))]));
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, asString(interpolate(v, ctx, status))]));
      let r: { exitCode: number; outputs: Record<string, string>; output: string; mlgate?: string };
      if (step.run !== undefined) r = await this.bash(step.run, env, actionPath);
      else r = await this.uses(job, step.uses!, withs, env);
      this.executed.push({ job, step: name, exitCode: r.exitCode, output: r.output, ...(r.mlgate ? { mlgate: r.mlgate } : {}) });
      if (r.exitCode !== 0 && step['continue-on-error'] !== true) status.failed = true;
      if (step.id) stepCtx[step.id] = { outputs: r.outputs, outcome: r.exitCode === 0 ? 'success' : 'failure' };
    }
    return { failed: status.failed, steps: stepCtx };
  }

  private runnerEnv(): Record<string, string> {
    return {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? os.homedir(),
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_EVENT_NAME: this.s.eventName,
      GITHUB_EVENT_PATH: this.eventFile,
      GITHUB_API_URL: this.s.gh.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: this.s.sha,
      GITHUB_REF: this.s.ref,
      GITHUB_RUN_ID: String(this.s.runId),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'octocat',
      GITHUB_WORKFLOW: 'mlgate',
      RUNNER_TEMP: this.runnerTemp,
      RUNNER_OS: 'Linux',
      // With `id-token: write` the runner lets every step ask for an OIDC token.
      ...(this.idToken ? { ACTIONS_ID_TOKEN_REQUEST_URL: `${this.s.gh.url}/_oidc`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token' } : {}),
    };
  }

  /** Asynchronous: the fake GitHub lives in this process and must keep answering while the step runs. */
  private async bash(script: string, stepEnv: Record<string, string>, actionPath?: string): Promise<{ exitCode: number; outputs: Record<string, string>; output: string; mlgate?: string }> {
    const dir = tempDir('mlgate-wf-step-');
    const file = path.join(dir, 'step.sh');
    const outFile = path.join(dir, 'output');
    writeFileSync(file, script);
    writeFileSync(outFile, '');
    const env = { ...this.runnerEnv(), GITHUB_OUTPUT: outFile, GITHUB_STEP_SUMMARY: path.join(dir, 'summary'), GITHUB_ENV: path.join(dir, 'env'), ...(actionPath ? { GITHUB_ACTION_PATH: actionPath } : {}), ...stepEnv };
    const r = await spawnCollect('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], { cwd: this.workspace, env, timeoutMs: 120_000 });
    const mlgate = /dist\/([a-z-]+)\.js/.exec(script)?.[1] ?? /mlgate@\S*"?\s+([a-z-]+)/.exec(script)?.[1];
    return { exitCode: r.exitCode ?? 1, outputs: parseKeyValueFile(readFileSync(outFile, 'utf8'), 'GITHUB_OUTPUT'), output: `${r.stdout}${r.stderr}`, ...(mlgate ? { mlgate } : {}) };
  }

  private async uses(job: string, uses: string, withs: Record<string, string>, stepEnv: Record<string, string>): Promise<{ exitCode: number; outputs: Record<string, string>; output: string; mlgate?: string }> {
    if (/^mlgate\/mlgate[/@]/.test(uses)) throw new Error(`step uses ${uses}: a fixed ref of mlgate, not the commit of the workflow that runs it`);
    if (uses.startsWith('./')) {
      // A local action: in the reusable workflows, mlgate as checked out at the workflow's own commit.
      const dir = path.resolve(this.workspace, uses);
      if (!existsSync(path.join(dir, 'action.yml'))) throw new Error(`step uses ${uses}: no action.yml at ${dir} (was it checked out?)`);
      const rel = path.relative(REPO_ROOT, path.dirname(realpathSync(path.join(dir, 'action.yml'))));
      if (rel.startsWith('..')) throw new Error(`step uses ${uses}: not an action of this repository`);
      const action = rel === '' ? 'root' : /^actions\/([^/]+)$/.exec(rel)?.[1];
      if (!action) throw new Error(`step uses ${uses}: not an action of this repository`);
      const yml = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as { runs: { using: string; steps?: Step[] }; inputs?: Record<string, { default?: string }>; outputs?: Record<string, { value?: string }> };
      if (yml.runs.using === 'composite') return this.composite(job, action, yml, withs, dir);
      const payload = this.s.payload;
      const run = await runAction({
        action,
        inputs: Object.fromEntries(Object.entries(withs).filter(([, v]) => v !== '')),
        workspace: this.workspace,
        apiUrl: this.s.gh.url,
        token: this.token,
        repository: REPOSITORY,
        event: {
          name: this.s.eventName,
          patch: (p) => {
            for (const k of Object.keys(p)) delete p[k];
            Object.assign(p, structuredClone(payload));
          },
        },
        env: { GITHUB_RUN_ID: String(this.s.runId), GITHUB_SHA: this.s.sha, GITHUB_REF: this.s.ref, ...(this.idToken ? { ACTIONS_ID_TOKEN_REQUEST_URL: `${this.s.gh.url}/_oidc`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token' } : {}), ...stepEnv },
      });
      return { exitCode: run.exitCode ?? 1, outputs: run.outputs, output: `${run.stdout}${run.stderr}`, mlgate: action === 'root' ? (withs.command ?? 'check') : action };
    }
    const third = PINNED.exec(uses);
    if (!third) throw new Error(`step uses ${uses}: neither ours nor a pinned actions/* action`);
    switch (third[1]) {
      case 'actions/checkout': {
        expect(withs['persist-credentials']).toBe('false');
        if (withs.path) return this.checkoutInto(withs);
        this.workspace = tempDir('mlgate-wf-workspace-');
        cpSync(this.s.repoFixture, this.workspace, { recursive: true });
        return { exitCode: 0, outputs: {}, output: 'checked out' };
      }
      case 'actions/setup-node':
        return { exitCode: 0, outputs: {}, output: 'node on PATH' };
      case 'actions/upload-artifact': {
        const src = path.resolve(this.workspace, withs.path!);
        // Like upload-artifact v4.4+ (@actions/glob's excludeHiddenFiles): a file or folder whose name starts with a
        // dot is skipped, the searched folder itself included, unless include-hidden-files is true.
        const hidden = withs['include-hidden-files'] !== 'true';
        const files = existsSync(src) && !(hidden && path.basename(src).startsWith('.')) ? readdirSync(src).filter((f) => !(hidden && f.startsWith('.'))) : [];
        if (files.length === 0) return { exitCode: withs['if-no-files-found'] === 'error' ? 1 : 0, outputs: {}, output: `no files in ${withs.path}` };
        const dest = tempDir('mlgate-wf-artifact-');
        cpSync(src, dest, { recursive: true });
        this.s.artifacts.set(`${this.s.runId}/${withs.name}`, dest);
        this.s.gh.seed.artifact({ name: withs.name!, runId: this.s.runId });
        return { exitCode: 0, outputs: { 'artifact-id': '1' }, output: `uploaded ${files.join(', ')} as ${withs.name}` };
      }
      case 'actions/download-artifact': {
        const runId = withs['run-id'] || String(this.s.runId);
        if (withs['run-id']) expect(withs['github-token'], 'a cross-run download needs github-token').toBeTruthy();
        const wanted = withs.name ? [`${runId}/${withs.name}`] : [...this.s.artifacts.keys()].filter((k) => k.startsWith(`${runId}/`) && new RegExp(`^${(withs.pattern ?? '*').replace(/\*/g, '.*')}$`).test(k.split('/')[1]!));
        const dest = path.resolve(this.workspace, withs.path ?? '.');
        for (const key of wanted) {
          const src = this.s.artifacts.get(key);
          if (!src) return { exitCode: 1, outputs: {}, output: `Artifact not found: ${key}` };
          mkdirSync(dest, { recursive: true });
          cpSync(src, dest, { recursive: true });
        }
        return { exitCode: 0, outputs: { 'download-path': dest }, output: `downloaded ${wanted.join(', ')}` };
      }
      default:
        throw new Error(`no stand-in for ${uses}`);
    }
  }

  /**
   * `actions/checkout` into a path: the reusable workflows' checkout of mlgate at their own commit. This repository
   * stands in for mlgate/mlgate at MLGATE_SHA, with what a sparse checkout in cone mode gives (the root files and
   * the listed folders).
   */
  private checkoutInto(withs: Record<string, string>): { exitCode: number; outputs: Record<string, string>; output: string } {
    const want = this.s.workflowIdentity === undefined ? { repository: 'mlgate/mlgate', sha: MLGATE_SHA } : this.s.workflowIdentity;
    if (!want || withs.repository !== want.repository || withs.ref !== want.sha) {
      return { exitCode: 1, outputs: {}, output: `checkout of '${withs.repository ?? ''}' at '${withs.ref ?? ''}': not the commit this run's reusable workflow came from` };
    }
    const dest = path.resolve(this.workspace, withs.path!);
    if (path.relative(this.workspace, dest).startsWith('..')) return { exitCode: 1, outputs: {}, output: `path '${withs.path}' is outside the workspace` };
    mkdirSync(dest, { recursive: true });
    const folders = (withs['sparse-checkout'] ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    const entries = readdirSync(REPO_ROOT).filter((e) => e !== '.git' && e !== 'node_modules' && (folders.length === 0 || statSync(path.join(REPO_ROOT, e)).isFile() || folders.includes(e)));
    for (const e of entries) symlinkSync(path.join(REPO_ROOT, e), path.join(dest, e));
    return { exitCode: 0, outputs: {}, output: `checked out ${want.repository}@${want.sha} into ${withs.path} (${folders.length ? folders.join(', ') : 'everything'})` };
  }

  private async composite(job: string, action: string, yml: { runs: { steps?: Step[] }; inputs?: Record<string, { default?: string }>; outputs?: Record<string, { value?: string }> }, withs: Record<string, string>, dir: string): Promise<{ exitCode: number; outputs: Record<string, string>; output: string; mlgate?: string }> {
    const inputs: Record<string, string> = {};
    for (const [k, spec] of Object.entries(yml.inputs ?? {})) inputs[k] = withs[k] ?? asString(spec.default === undefined ? '' : interpolate(spec.default, { github: this.github() }, { failed: false }));
    const before = this.executed.length;
    const r = await this.steps(`${job} (${action})`, yml.runs.steps ?? [], { inputs, github: this.github() }, dir);
    const outputs = Object.fromEntries(Object.entries(yml.outputs ?? {}).map(([k, o]) => [k, asString(interpolate(o.value ?? '', { steps: r.steps }, { failed: false }))]));
    const inner = this.executed.slice(before);
    return { exitCode: r.failed ? 1 : 0, outputs, output: inner.map((e) => e.output).join('\n') };
  }
}

function typedInputs(declared: Record<string, InputSpec>, given: Record<string, unknown>, where: string): Ctx {
  const out: Ctx = {};
  for (const name of Object.keys(given)) if (!(name in declared)) throw new Error(`${where}: input '${name}' is not declared`);
  for (const [name, spec] of Object.entries(declared)) {
    let v = given[name] ?? spec.default;
    if (v === undefined) {
      if (spec.required) throw new Error(`${where}: required input '${name}' not given`);
      v = spec.type === 'boolean' ? false : spec.type === 'number' ? 0 : '';
    }
    if (spec.type === 'boolean') v = v === true || v === 'true';
    else if (spec.type === 'number') v = Number(v);
    else v = asString(v);
    out[name] = v;
  }
  return out;
}

/** The `secrets` context of a called workflow: only what it declares, from what the caller passed. */
function calledSecrets(wf: Workflow, given: Record<string, string>, where: string): Record<string, string> {
  const declared = wf.on.workflow_call?.secrets ?? {};
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (given[name] !== undefined) out[name] = given[name];
    else if (spec.required) throw new Error(`${where}: required secret '${name}' not given`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The scenarios

/** True when src/commands/<name>.ts is more than the skeleton's "not built yet" placeholder. */
function built(command: string): boolean {
  return !readFileSync(path.join(REPO_ROOT, 'src', 'commands', `${command}.ts`), 'utf8').includes('notBuiltYet(');
}
function scenario(title: string, commands: string[], body: () => Promise<void>): void {
  const missing = commands.filter((c) => !built(c));
  if (missing.length) it.todo(`${title} — needs ${missing.map((c) => `'mlgate ${c}'`).join(', ')}, not built on this branch yet`);
  else it(title, body, 180_000);
}

const template = (name: string): string => path.join(REPO_ROOT, 'templates', name);

/** A copy of a template with some of its text replaced (each piece must be there). */
function editedTemplate(name: string, edits: Array<[string, string]>): string {
  let text = readFileSync(template(name), 'utf8');
  for (const [from, to] of edits) {
    expect(text, `${name} has ${from}`).toContain(from);
    text = text.replace(from, to);
  }
  const file = path.join(tempDir('mlgate-wf-template-'), name);
  writeFileSync(file, text);
  return file;
}
const mlgateSteps = (run: WorkflowRun): string[] => run.executed.filter((e) => e.mlgate).map((e) => e.mlgate!);
const explain = (run: WorkflowRun): string => run.executed.map((e) => `${e.job} / ${e.step}: exit ${e.exitCode}\n${e.output}`).join('\n---\n');

describe('starter templates run with their reusable workflows against the fake GitHub', () => {
  const HEAD_SHA = 'a'.repeat(40);
  const FORK = 'outside-contributor/ml-repo'; // where the fake GitHub puts a fork PR's head

  async function gate(gh: FakeGitHub, opts: { pr: number; fork: boolean; runId: number; artifacts: Map<string, string> }): Promise<WorkflowRun> {
    const payload = examplePayload({ name: 'pull_request', action: 'opened' });
    const pr = payload.pull_request as { number: number; head: { sha: string; repo: { full_name: string } }; base: { repo: { full_name: string } } };
    payload.number = opts.pr;
    pr.number = opts.pr;
    pr.head.sha = HEAD_SHA;
    pr.base.repo.full_name = REPOSITORY;
    (payload.repository as { full_name: string }).full_name = REPOSITORY;
    if (opts.fork) pr.head.repo.full_name = FORK;
    gh.seed.pull({ number: opts.pr, head: { sha: HEAD_SHA }, fork: opts.fork });
    const token = opts.fork ? gh.seed.forkToken().token : gh.seed.actionsToken().token;
    const run = new WorkflowRun({ gh, token, eventName: 'pull_request', payload, runId: opts.runId, sha: 'f'.repeat(40), ref: `refs/pull/${opts.pr}/merge`, repoFixture: EXAMPLE, artifacts: opts.artifacts });
    await run.workflow(template('mlgate-pr.yml'));
    return run;
  }

  scenario('mlgate-pr.yml on pull_request: check → results artifact → one sticky comment, updated on the next push', ['check'], async () => {
    const gh = await startFakeGitHub({ repository: REPOSITORY });
    try {
      const artifacts = new Map<string, string>();
      const first = await gate(gh, { pr: 7, fork: false, runId: 501, artifacts });
      expect(mlgateSteps(first), explain(first)).toEqual(['check']);
      expect(first.executed.every((e) => e.exitCode === 0), explain(first)).toBe(true);
      const results = artifacts.get('501/mlgate-results');
      expect(results).toBeDefined();
      expect(readdirSync(results!).sort()).toEqual(expect.arrayContaining(['comparisons', 'meta.json', 'validation.json']));
      expect(readdirSync(path.join(results!, 'comparisons'))).toEqual(['churn.json']);
      expect(JSON.parse(readFileSync(path.join(results!, 'meta.json'), 'utf8'))).toEqual({ mlgate: 1, repository: REPOSITORY, pr: 7, head_sha: HEAD_SHA, run_id: 501, run_attempt: 1, workflow: 'mlgate', event: 'pull_request' });
      const comments = () => gh.repo.comments.filter((c) => c.issueNumber === 7 && c.body.includes('<!-- mlgate:'));
      expect(comments()).toHaveLength(1);
      await gate(gh, { pr: 7, fork: false, runId: 502, artifacts });
      expect(comments()).toHaveLength(1);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });

  scenario('mlgate-pr.yml with shards: 2: profile shard 1/2 and 2/2 → upload → download → merge-profiles → check', ['profile', 'merge-profiles', 'check'], async () => {
    const gh = await startFakeGitHub({ repository: REPOSITORY });
    try {
      const sharded = path.join(tempDir('mlgate-wf-sharded-'), 'mlgate-pr.yml');
      const text = readFileSync(template('mlgate-pr.yml'), 'utf8');
      const next = text.replace('      # shards: 4\n      # profile-dataset: train', '      shards: 2\n      profile-dataset: train');
      expect(next).not.toBe(text);
      writeFileSync(sharded, next);
      const payload = examplePayload({ name: 'pull_request', action: 'opened' });
      (payload.pull_request as { number: number; head: { sha: string } }).number = 11;
      (payload.pull_request as { number: number; head: { sha: string } }).head.sha = HEAD_SHA;
      gh.seed.pull({ number: 11, head: { sha: HEAD_SHA } });
      const artifacts = new Map<string, string>();
      const run = new WorkflowRun({ gh, token: gh.seed.actionsToken().token, eventName: 'pull_request', payload, runId: 901, sha: 'f'.repeat(40), ref: 'refs/pull/11/merge', repoFixture: EXAMPLE, artifacts });
      const result = await run.workflow(sharded);
      expect(mlgateSteps(run), explain(run)).toEqual(['profile', 'profile', 'merge-profiles', 'check']);
      expect(run.executed.every((e) => e.exitCode === 0), explain(run)).toBe(true);
      expect([...artifacts.keys()].sort()).toEqual(['901/mlgate-results', '901/mlgate-results-profile-1', '901/mlgate-results-profile-2']);
      expect(readdirSync(artifacts.get('901/mlgate-results')!)).toContain('profile.json');
      expect(result.jobs.gate!.outputs.verdict).toBe('warn'); // the example's monthly_charges drift is severity warn
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });

  scenario('mlgate-pr.yml with shards: a merge that cannot be done still reaches check, whose comment says mlgate could not run; the job fails', ['profile', 'merge-profiles', 'check'], async () => {
    const gh = await startFakeGitHub({ repository: REPOSITORY });
    try {
      // A stray JSON file among the downloaded shard profiles (setup runs before the download): not a profile.
      const sharded = editedTemplate('mlgate-pr.yml', [
        ['      # shards: 4\n      # profile-dataset: train', `      shards: 2\n      profile-dataset: train\n      setup: "mkdir -p .mlgate/shards && echo '{}' > .mlgate/shards/stray.json"`],
      ]);
      const payload = examplePayload({ name: 'pull_request', action: 'opened' });
      (payload.pull_request as { number: number; head: { sha: string } }).number = 12;
      (payload.pull_request as { number: number; head: { sha: string } }).head.sha = HEAD_SHA;
      gh.seed.pull({ number: 12, head: { sha: HEAD_SHA } });
      const artifacts = new Map<string, string>();
      const run = new WorkflowRun({ gh, token: gh.seed.actionsToken().token, eventName: 'pull_request', payload, runId: 902, sha: 'f'.repeat(40), ref: 'refs/pull/12/merge', repoFixture: EXAMPLE, artifacts });
      const result = await run.workflow(sharded);
      expect(mlgateSteps(run), explain(run)).toEqual(['profile', 'profile', 'merge-profiles', 'check']);
      const exit = (name: string): number | undefined => run.executed.find((e) => e.mlgate === name)?.exitCode;
      expect(exit('merge-profiles'), explain(run)).toBe(2);
      expect(exit('check'), explain(run)).toBe(2);
      expect(result.jobs.gate!.result).toBe('failure');
      const comments = gh.repo.comments.filter((c) => c.issueNumber === 12 && c.body.includes('<!-- mlgate:'));
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toMatch(/mlgate could not run/);
      expect(comments[0]!.body).toContain('stray.json');
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });

  /**
   * The results artifact of a fork PR's gate run. With `check` built, the PR template itself makes it (with the
   * fork's read-only token, so no comment); until then `validate` and `compare` write the same results directory.
   */
  async function forkResults(gh: FakeGitHub, artifacts: Map<string, string>, runId: number): Promise<void> {
    if (built('check')) {
      const prRun = await gate(gh, { pr: 9, fork: true, runId, artifacts });
      expect(mlgateSteps(prRun)).toEqual(['check']);
      expect(gh.repo.comments).toHaveLength(0); // the fork's read-only token cannot comment
      return;
    }
    gh.seed.pull({ number: 9, head: { sha: HEAD_SHA }, fork: true });
    const cwd = tempDir('mlgate-wf-fork-');
    cpSync(EXAMPLE, cwd, { recursive: true });
    const dir = path.join(cwd, '.mlgate-results');
    mkdirSync(path.join(dir, 'comparisons'), { recursive: true });
    expect((await runCli(['validate', '--json', path.join(dir, 'validation.json')], { cwd })).exitCode).toBe(0);
    expect((await runCli(['compare', '--store', 'local', '--json', path.join(dir, 'comparisons', 'churn.json')], { cwd })).exitCode).toBe(0);
    writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ mlgate: 1, repository: REPOSITORY, pr: 9, head_sha: HEAD_SHA, run_id: runId, run_attempt: 1, workflow: 'mlgate', event: 'pull_request' }));
    artifacts.set(`${runId}/mlgate-results`, dir);
    gh.seed.artifact({ name: 'mlgate-results', runId });
  }

  scenario('mlgate-pr-comment.yml on workflow_run: a fork PR gets its comment from the downloaded results', [...(built('check') ? ['check'] : ['validate', 'compare']), 'report'], async () => {
    const gh = await startFakeGitHub({ repository: REPOSITORY });
    try {
      const artifacts = new Map<string, string>();
      await forkResults(gh, artifacts, 601);

      const payload = examplePayload({ name: 'workflow_run', action: 'completed' });
      const wr = payload.workflow_run as Record<string, unknown> & { head_repository: { full_name: string }; repository: { full_name: string } };
      Object.assign(wr, { id: 601, event: 'pull_request', conclusion: 'success', head_sha: HEAD_SHA, pull_requests: [] });
      wr.head_repository.full_name = FORK;
      wr.repository.full_name = REPOSITORY;
      (payload.repository as { full_name: string }).full_name = REPOSITORY;
      const run = new WorkflowRun({ gh, token: gh.seed.actionsToken().token, eventName: 'workflow_run', payload, runId: 602, sha: 'e'.repeat(40), ref: 'refs/heads/main', repoFixture: EXAMPLE, artifacts });
      const result = await run.workflow(template('mlgate-pr-comment.yml'));
      expect(mlgateSteps(run), explain(run)).toEqual(['report']);
      expect(run.executed.every((e) => e.exitCode === 0), explain(run)).toBe(true);
      const sticky = gh.repo.comments.filter((c) => c.issueNumber === 9 && c.body.includes('<!-- mlgate:'));
      expect(sticky).toHaveLength(1);
      expect(sticky[0]!.body).toContain('| Metric |');
      expect(result.jobs.comment!.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
      expect(gh.violations).toEqual([]);

      // Results that belong to another run are refused: nothing is posted.
      const other = structuredClone(payload);
      (other.workflow_run as { id: number }).id = 999;
      artifacts.set('999/mlgate-results', artifacts.get('601/mlgate-results')!);
      const stray = new WorkflowRun({ gh, token: gh.seed.actionsToken().token, eventName: 'workflow_run', payload: other, runId: 603, sha: 'e'.repeat(40), ref: 'refs/heads/main', repoFixture: EXAMPLE, artifacts });
      await stray.workflow(template('mlgate-pr-comment.yml'));
      expect(mlgateSteps(stray)).toEqual(['report']);
      expect(gh.repo.comments.filter((c) => c.issueNumber === 9)).toHaveLength(1);
      expect(gh.repo.comments[0]!.updatedAt).toBe(sticky[0]!.updatedAt);
    } finally {
      await gh.close();
    }
  });

  async function release(gh: FakeGitHub, artifacts: Map<string, string>, sha: string, runId: number, o: { repoFixture?: string } = {}): Promise<WorkflowRun> {
    const payload = examplePayload({ name: 'push' });
    Object.assign(payload, { ref: 'refs/heads/main', after: sha });
    (payload.repository as { full_name: string }).full_name = REPOSITORY;
    gh.seed.ref('main', sha);
    const run = new WorkflowRun({ gh, token: gh.seed.actionsToken().token, eventName: 'push', payload, runId, sha, ref: 'refs/heads/main', repoFixture: o.repoFixture ?? EXAMPLE, artifacts });
    await run.workflow(template('mlgate-release.yml'));
    return run;
  }


  scenario('mlgate-release.yml refuses to promote a candidate that fails the gate', ['compare', 'promote'], async () => {
    const gh = await startFakeGitHub({ repository: REPOSITORY });
    try {
      const worse = tempDir('mlgate-wf-worse-');
      cpSync(EXAMPLE, worse, { recursive: true });
      const metricsFile = path.join(worse, 'reports', 'candidate', 'metrics.json');
      const metrics = JSON.parse(readFileSync(metricsFile, 'utf8')) as { accuracy: number };
      metrics.accuracy = 0.55; // below the absolute bound (min 0.65) and far below production
      writeFileSync(metricsFile, JSON.stringify(metrics));
      const run = await release(gh, new Map(), '3'.repeat(40), 751, { repoFixture: worse });
      expect(mlgateSteps(run), explain(run)).toEqual(['compare', 'promote']);
      expect(run.executed.find((e) => e.mlgate === 'promote')!.exitCode, explain(run)).toBe(1);
      expect(gh.repo.deployments).toHaveLength(0);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });

  scenario('mlgate-release.yml on push to the default branch: compare (the gate) then promote records a deployment in production', ['compare', 'promote'], async () => {
    const gh = await startFakeGitHub({ repository: REPOSITORY });
    try {
      const sha = '1'.repeat(40);
      // The merged pull request that brought the commit: the release job (with only its own permissions) finds it.
      gh.seed.pull({ number: 42, head: { sha }, state: 'closed', merged: true });
      const run = await release(gh, new Map(), sha, 701);
      expect(mlgateSteps(run), explain(run)).toEqual(['compare', 'promote']);
      expect(run.executed.every((e) => e.exitCode === 0), explain(run)).toBe(true);
      // mlgate ran from the checkout of this workflow's own commit, not from a tag.
      expect(run.executed.find((e) => e.step === 'Check out mlgate at that commit')?.output).toBe(`checked out mlgate/mlgate@${'5'.repeat(40)} into .mlgate-action (actions, dist)`);
      const deployments = gh.repo.deployments;
      expect(deployments).toHaveLength(1);
      expect(deployments[0]).toMatchObject({ task: 'deploy:mlgate', environment: 'production', sha });
      // The template's default version is the commit SHA; the gate ran before promote and passed.
      expect(deployments[0]!.payload).toMatchObject({ mlgate: 1, model: { version: sha }, gate: { verdict: 'pass' }, source: { sha, pr: 42 } });
      // No request of the release job was refused for want of a permission.
      expect(gh.requests.filter((r) => r.status === 403).map((r) => `${r.method} ${r.path}`)).toEqual([]);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });

  scenario('mlgate-rollback.yml on workflow_dispatch: the live release is marked failed and the previous one restored', ['compare', 'promote', 'rollback'], async () => {
    const gh = await startFakeGitHub({ repository: REPOSITORY });
    try {
      const artifacts = new Map<string, string>();
      gh.seed.pull({ number: 43, head: { sha: '2'.repeat(40) }, state: 'closed', merged: true });
      await release(gh, artifacts, '1'.repeat(40), 801);
      await release(gh, artifacts, '2'.repeat(40), 802);
      expect(gh.repo.deployments.map((d) => (d.payload as { source: { pr: number | null } }).source.pr)).toEqual([null, 43]);
      const payload = examplePayload({ name: 'workflow_dispatch' });
      Object.assign(payload, { ref: 'refs/heads/main', inputs: { environment: 'production', model: '', to: 'previous', reason: 'alerts after 2222', 'dry-run': false } });
      (payload.repository as { full_name: string }).full_name = REPOSITORY;
      const run = new WorkflowRun({ gh, token: gh.seed.actionsToken().token, eventName: 'workflow_dispatch', payload, runId: 803, sha: '2'.repeat(40), ref: 'refs/heads/main', repoFixture: EXAMPLE, artifacts });
      const result = await run.workflow(template('mlgate-rollback.yml'));
      expect(mlgateSteps(run), explain(run)).toEqual(['rollback']);
      expect(run.executed.every((e) => e.exitCode === 0), explain(run)).toBe(true);
      expect(result.jobs.rollback!.outputs.version).toBe('1'.repeat(40));
      expect(gh.repo.statuses.some((st) => st.state === 'failure' && /rolled back: alerts after 2222/.test(st.description))).toBe(true);
      // The pull request that introduced the reverted release is told, with the rollback job's own token.
      const told = gh.repo.comments.filter((c) => c.issueNumber === 43);
      expect(told, explain(run)).toHaveLength(1);
      expect(told[0]!.body).toContain('**Reason:** alerts after 2222');
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });
  scenario('mlgate-monitor.yml on workflow_dispatch (as on its schedule): drifted fresh data opens one issue, with only the permissions the template grants', ['promote', 'monitor'], async () => {
    const gh = await startFakeGitHub({ repository: REPOSITORY });
    try {
      await release(gh, new Map(), '1'.repeat(40), 901);
      // The example's monitor section, pointed at the drifted week (worse labelled predictions).
      const drifted = tempDir('mlgate-wf-monitor-');
      cpSync(EXAMPLE, drifted, { recursive: true });
      const config = readFileSync(path.join(drifted, 'mlgate.yml'), 'utf8');
      expect(config).toContain('monitor/healthy/');
      writeFileSync(path.join(drifted, 'mlgate.yml'), config.replaceAll('monitor/healthy/', 'monitor/drifted/'));
      const payload = examplePayload({ name: 'workflow_dispatch' });
      Object.assign(payload, { ref: 'refs/heads/main', inputs: {} });
      (payload.repository as { full_name: string }).full_name = REPOSITORY;
      const run = new WorkflowRun({ gh, token: gh.seed.actionsToken().token, eventName: 'workflow_dispatch', payload, runId: 902, sha: '1'.repeat(40), ref: 'refs/heads/main', repoFixture: drifted, artifacts: new Map() });
      const result = await run.workflow(template('mlgate-monitor.yml'));
      expect(mlgateSteps(run), explain(run)).toEqual(['monitor']);
      expect(run.executed.every((e) => e.exitCode === 0), explain(run)).toBe(true);
      expect(result.jobs.monitor!.outputs.verdict).toBe('degraded');
      const issues = [...gh.repo.issues.values()];
      expect(issues.map((i) => [i.state, i.user.login, i.body?.split('\n', 1)[0]])).toEqual([['open', 'github-actions[bot]', '<!-- mlgate:monitor/churn/production -->']]);
      expect(result.jobs.monitor!.outputs['issue-url']).toBe(`https://github.com/${REPOSITORY}/issues/${issues[0]!.number}`);
      expect([...gh.repo.files.get(gh.repo.refs.get('mlgate-evidence')!)!.keys()]).toContain('monitor/churn/production/history.json');
      // Nothing was refused for want of a permission: the template grants what the monitor job uses.
      expect(gh.requests.filter((r) => r.status === 403 && r.operationId !== 'users/get-authenticated').map((r) => `${r.method} ${r.path}`)).toEqual([]);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });
  scenario('mlgate-monitor-rollback.yml (the template pointed at it): a healthy run skips the rollback job, a degraded one rolls back once, by the rollback job; a rerun and the next degraded run do not; with fail the failed monitor job still hands over', ['promote', 'monitor', 'rollback'], async () => {
    const gh = await startFakeGitHub({ repository: REPOSITORY });
    try {
      const artifacts = new Map<string, string>();
      await release(gh, artifacts, '1'.repeat(40), 921);
      await release(gh, artifacts, '2'.repeat(40), 922);
      const before = gh.repo.deployments.length;
      // The template as its comment says: the rollback variant, deployments: write and pull-requests: write granted.
      const text = readFileSync(template('mlgate-monitor.yml'), 'utf8');
      expect(text).toContain('uses: mlgate/mlgate/.github/workflows/mlgate-monitor.yml@v1');
      expect(text).toContain('      deployments: read\n');
      const caller = path.join(tempDir('mlgate-wf-monrb-'), 'templates', 'mlgate-monitor.yml');
      mkdirSync(path.dirname(caller), { recursive: true });
      writeFileSync(caller, text.replace('mlgate-monitor.yml@v1', 'mlgate-monitor-rollback.yml@v1').replace('      deployments: read\n', '      deployments: write\n      pull-requests: write\n'));
      // The example's monitor section with on_degraded: [issue, rollback]; fresh data healthy or drifted.
      const fixture = (week: 'healthy' | 'drifted', onDegraded = '[issue, rollback]'): string => {
        const dir = tempDir(`mlgate-wf-monrb-${week}-`);
        cpSync(EXAMPLE, dir, { recursive: true });
        const config = readFileSync(path.join(dir, 'mlgate.yml'), 'utf8');
        expect(config).toMatch(/^ {6}on_degraded: issue /m);
        writeFileSync(path.join(dir, 'mlgate.yml'), config.replaceAll('monitor/healthy/', `monitor/${week}/`).replace(/^( {6}on_degraded: )issue /m, `$1${onDegraded} `));
        return dir;
      };
      const [healthy, drifted] = [fixture('healthy'), fixture('drifted')];
      const monitorRun = async (runId: number, repoFixture: string, monitorExit = 0): Promise<{ run: WorkflowRun; outputs: Record<string, string> }> => {
        const payload = examplePayload({ name: 'workflow_dispatch' });
        Object.assign(payload, { ref: 'refs/heads/main', inputs: {} });
        (payload.repository as { full_name: string }).full_name = REPOSITORY;
        const run = new WorkflowRun({ gh, token: gh.seed.actionsToken().token, eventName: 'workflow_dispatch', payload, runId, sha: '2'.repeat(40), ref: 'refs/heads/main', repoFixture, artifacts });
        const result = await run.workflow(caller);
        expect(run.executed.filter((e) => e.mlgate !== 'monitor').every((e) => e.exitCode === 0), explain(run)).toBe(true);
        expect(run.executed.find((e) => e.mlgate === 'monitor')?.exitCode, explain(run)).toBe(monitorExit);
        return { run, outputs: result.jobs.monitor!.outputs };
      };
      const versions = (): string[] => gh.repo.deployments.slice(before).map((d) => (d.payload as { model: { version: string } }).model.version);

      const ok = await monitorRun(923, healthy);
      expect(ok.outputs.verdict).not.toBe('degraded');
      expect(mlgateSteps(ok.run), explain(ok.run)).toEqual(['monitor']);
      expect(ok.outputs['rolled-back']).toBe('false');
      expect(versions()).toEqual([]);

      const bad = await monitorRun(924, drifted);
      expect(bad.outputs.verdict).toBe('degraded');
      expect(mlgateSteps(bad.run), explain(bad.run)).toEqual(['monitor', 'rollback']);
      expect(bad.outputs['rolled-back']).toBe('true');
      expect(versions()).toEqual(['1'.repeat(40)]);
      expect(gh.repo.statuses.filter((st) => st.state === 'failure').map((st) => st.description)).toEqual([expect.stringMatching(/^rolled back: monitor: ./)]);
      // The monitor job itself wrote no deployment: its token had deployments: read only.
      expect(gh.requests.filter((r) => r.status === 403 && r.operationId !== 'users/get-authenticated').map((r) => `${r.method} ${r.path}`)).toEqual([]);

      const rerun = await monitorRun(924, drifted);
      expect(mlgateSteps(rerun.run), explain(rerun.run)).toEqual(['monitor']);
      const next = await monitorRun(925, drifted);
      expect(next.outputs.verdict).toBe('degraded');
      expect(mlgateSteps(next.run), explain(next.run)).toEqual(['monitor']);
      expect(versions()).toEqual(['1'.repeat(40)]);

      // Recovered, then degraded again with on_degraded: [rollback, fail]: the monitor job fails (GitHub notifies)
      // and the rollback job still runs (!cancelled()), once.
      await monitorRun(926, healthy);
      await release(gh, artifacts, '3'.repeat(40), 927);
      const failing = await monitorRun(928, fixture('drifted', '[issue, rollback, fail]'), 1);
      expect(mlgateSteps(failing.run), explain(failing.run)).toEqual(['monitor', 'rollback']);
      expect(failing.outputs['rolled-back']).toBe('true');
      expect(versions()).toEqual(['1'.repeat(40), '3'.repeat(40), '1'.repeat(40)]);
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  });
});

describe('the release workflow: credentials for deploy-command, OIDC, and where job.workflow_* is missing', () => {
  const sha = '7'.repeat(40);

  async function withGitHub(body: (gh: FakeGitHub) => Promise<void>): Promise<void> {
    const gh = await startFakeGitHub({ repository: REPOSITORY });
    try {
      await body(gh);
    } finally {
      await gh.close();
    }
  }

  /** The release template with a deploy-command (and setup) that write what they see into `out`. */
  function deployingTemplate(out: string, oidc: boolean): string {
    const edits: Array<[string, string]> = [
      [
        '      # deploy-command: ./deploy.sh\n',
        `      deploy-command: printf '%s' "$MLGATE_DEPLOY_ENV" > ${out}/deploy-env; printf '%s' "\${ACTIONS_ID_TOKEN_REQUEST_URL:-none}" > ${out}/oidc; env > ${out}/deploy-all\n` +
          `      setup: printf '%s' "\${MLGATE_DEPLOY_ENV:-none}" > ${out}/setup-env\n`,
      ],
      ['    # secrets:\n    #   MLGATE_DEPLOY_ENV: ${{ secrets.MLGATE_DEPLOY_ENV }}\n', '    secrets:\n      MLGATE_DEPLOY_ENV: ${{ secrets.CLOUD_CREDENTIALS }}\n'],
    ];
    if (oidc) edits.push(['      pull-requests: read\n', '      pull-requests: read\n      id-token: write\n'], ['workflows/mlgate-release.yml@v1', 'workflows/mlgate-release-oidc.yml@v1']);
    return editedTemplate('mlgate-release.yml', edits);
  }


  async function run(gh: FakeGitHub, templateFile: string, o: { workflowIdentity?: null } = {}): Promise<WorkflowRun> {
    const payload = examplePayload({ name: 'push' });
    Object.assign(payload, { ref: 'refs/heads/main', after: sha });
    (payload.repository as { full_name: string }).full_name = REPOSITORY;
    gh.seed.ref('main', sha);
    const r = new WorkflowRun({
      gh,
      token: gh.seed.actionsToken().token,
      eventName: 'push',
      payload,
      runId: 950,
      sha,
      ref: 'refs/heads/main',
      repoFixture: EXAMPLE,
      artifacts: new Map(),
      secrets: { CLOUD_CREDENTIALS: 'AWS_ACCESS_KEY_ID=AKIAEXAMPLE\nAWS_SECRET_ACCESS_KEY=s3cr3t' },
      ...(o.workflowIdentity === null ? { workflowIdentity: null } : {}),
    });
    await r.workflow(templateFile);
    return r;
  }

  scenario('MLGATE_DEPLOY_ENV reaches deploy-command (through the promote step) and no other step; no OIDC without the variant', ['promote'], async () => {
    await withGitHub(async (gh) => {
      const out = tempDir('mlgate-wf-deploy-');
      const r = await run(gh, deployingTemplate(out, false));
      expect(mlgateSteps(r), explain(r)).toEqual(['compare', 'promote']);
      expect(r.executed.every((e) => e.exitCode === 0), explain(r)).toBe(true);
      expect(readFileSync(path.join(out, 'deploy-env'), 'utf8')).toBe('AWS_ACCESS_KEY_ID=AKIAEXAMPLE\nAWS_SECRET_ACCESS_KEY=s3cr3t');
      expect(readFileSync(path.join(out, 'setup-env'), 'utf8')).toBe('none');
      expect(readFileSync(path.join(out, 'oidc'), 'utf8')).toBe('none');
      expect(gh.repo.deployments).toHaveLength(1);
    });
  });

  scenario('mlgate-release-oidc.yml: the caller grants id-token: write and deploy-command can ask for an OIDC token', ['promote'], async () => {
    await withGitHub(async (gh) => {
      const out = tempDir('mlgate-wf-deploy-');
      const r = await run(gh, deployingTemplate(out, true));
      expect(mlgateSteps(r), explain(r)).toEqual(['compare', 'promote']);
      expect(r.executed.every((e) => e.exitCode === 0), explain(r)).toBe(true);
      expect(readFileSync(path.join(out, 'oidc'), 'utf8')).toBe(`${gh.url}/_oidc`);
      expect(readFileSync(path.join(out, 'deploy-env'), 'utf8')).toContain('AWS_ACCESS_KEY_ID=AKIAEXAMPLE');
    });
  });

  scenario('where GitHub gives no job.workflow_* (GitHub Enterprise Server): the job stops with an error that says why, before any mlgate step', ['promote'], async () => {
    await withGitHub(async (gh) => {
      const r = await run(gh, template('mlgate-release.yml'), { workflowIdentity: null });
      expect(mlgateSteps(r)).toEqual([]);
      const guard = r.executed.find((e) => e.step === "Find this workflow's own commit");
      expect(guard?.exitCode, explain(r)).toBe(2);
      expect(guard?.output).toMatch(/::error title=mlgate::job\.workflow_repository\/job\.workflow_sha are empty.*not on GitHub Enterprise Server/);
      expect(r.executed.map((e) => e.step)).not.toContain('Check out mlgate at that commit');
      expect(gh.repo.deployments).toHaveLength(0);
    });
  });
});

describe('the expression evaluator the interpreter uses', () => {
  const ctx = { inputs: { shards: 0, setup: '', 'dry-run': false, redeploy: 'x' }, needs: { plan: { result: 'skipped' }, profile: { result: 'skipped' } }, steps: { check: { outputs: { 'report-path': 'r.md' } } } };
  it.each([
    ['inputs.shards > 1', false],
    ["inputs.setup != ''", false],
    ["!cancelled() && !contains(needs.*.result, 'failure')", true],
    ["inputs.redeploy != '' && !inputs.dry-run", true],
    ["steps.check.outputs.report-path != ''", true],
    ["format('{0}-{1}', 'a', 1) == 'A-1'", true],
  ])('%s → %s', (src, want) => {
    expect(truthy(evaluate(src, ctx, { failed: false }))).toBe(want);
  });
});

describe('actions/pr-comment checks for a suitable node before anything else', () => {
  const yml = parse(readFileSync(path.join(REPO_ROOT, 'actions', 'pr-comment', 'action.yml'), 'utf8')) as { runs: { steps: Step[] } };
  const prepare = yml.runs.steps[0]!.run!;

  async function prepareWith(pathDirs: string[]): Promise<{ exitCode: number | null; stdout: string }> {
    const dir = tempDir('mlgate-prep-');
    const out = path.join(dir, 'output');
    writeFileSync(out, '');
    const r = await spawnCollect('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', prepare], {
      cwd: dir,
      env: { PATH: pathDirs.join(':'), RUN_ID: '42', RESULTS_DIR: '', RUNNER_TEMP: dir, GITHUB_OUTPUT: out },
      timeoutMs: 30_000,
    });
    return { exitCode: r.exitCode, stdout: r.stdout + readFileSync(out, 'utf8') };
  }

  it('no node on PATH: exit 2 with an error annotation that says what to add', async () => {
    const r = await prepareWith([tempDir('mlgate-empty-')]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(/::error title=mlgate pr-comment::no 'node' on PATH\..*actions\/setup-node/);
  });

  it('node 18 on PATH: exit 2 naming the version found', async () => {
    const bin = tempDir('mlgate-node18-');
    writeFileSync(path.join(bin, 'node'), '#!/bin/sh\ncase "$1" in -p) echo 18;; --version) echo v18.20.4;; esac\n', { mode: 0o755 });
    const r = await prepareWith([bin, '/usr/bin', '/bin']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toContain("'node' on PATH is v18.20.4; mlgate needs Node.js >= 20");
  });

  it('the real node: passes and names the download folder', async () => {
    const r = await prepareWith([path.dirname(process.execPath), '/usr/bin', '/bin']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^dir=.*mlgate-results-42$/m);
  });
});
