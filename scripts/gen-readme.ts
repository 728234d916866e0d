// Regenerates the parts of README.md that mirror other files, between `<!-- BEGIN GENERATED: <name> -->` and
// `<!-- END GENERATED: <name> -->` markers:
//   workflows every reusable workflow's inputs, secrets, outputs and the permissions its caller must grant, from
//             .github/workflows/mlgate-*.yml
//   actions   every action's inputs and outputs, from action.yml and actions/*/action.yml
//   config    the config reference, from schema/mlgate.schema.json
// `tsx scripts/gen-readme.ts --check` fails when README.md is stale.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string | number | boolean;
}
interface ActionFile {
  name: string;
  description: string;
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string };
}

interface JsonSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
}

/** Text inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

export function actionFiles(root: string): string[] {
  const dirs = readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'action.yml')))
    .map((d) => `actions/${d.name}/action.yml`)
    .sort();
  return ['action.yml', ...dirs];
}

function renderAction(root: string, rel: string): string {
  const action = parse(readFileSync(path.join(root, rel), 'utf8')) as ActionFile;
  const ref = rel === 'action.yml' ? 'mlgate/mlgate@v1' : `mlgate/mlgate/${path.dirname(rel)}@v1`;
  const lines = [`### \`${ref}\``, '', `${action.description} ${dim(`(${rel}, ${action.runs.using})`)}`, ''];
  const inputs = Object.entries(action.inputs ?? {});
  if (inputs.length) {
    lines.push('| input | required | default | description |', '|---|---|---|---|');
    for (const [name, i] of inputs) {
      const def = i.default === undefined ? '' : code(String(i.default));
      lines.push(`| ${code(name)} | ${i.required ? 'yes' : 'no'} | ${cell(def)} | ${cell(i.description ?? '')} |`);
    }
    lines.push('');
  }
  const outputs = Object.entries(action.outputs ?? {});
  if (outputs.length) {
    lines.push('| output | description |', '|---|---|');
    for (const [name, o] of outputs) lines.push(`| ${code(name)} | ${cell(o.description ?? '')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

function dim(text: string): string {
  return `<sub>${text}</sub>`;
}

export function renderActions(root: string): string {
  return actionFiles(root)
    .map((rel) => renderAction(root, rel))
    .join('\n');
}

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return code(JSON.stringify(s.const));
  if (s.enum) return s.enum.map((v) => code(String(v))).join(' | ');
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return alts.map(typeOf).join(' or ');
  const t = Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? 'any');
  if (t === 'array' && s.items) return `list of ${typeOf(s.items)}`;
  if (t === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object' && !s.properties) return `map of ${typeOf(s.additionalProperties)}`;
  const bounds: string[] = [];
  if (s.minimum !== undefined) bounds.push(`≥ ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) bounds.push(`> ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined) bounds.push(`≤ ${s.maximum}`);
  if (s.exclusiveMaximum !== undefined) bounds.push(`< ${s.exclusiveMaximum}`);
  if (s.pattern !== undefined) bounds.push(`matching ${code(s.pattern)}`);
  return bounds.length ? `${t} (${bounds.join(', ')})` : t;
}

/** The object schema below a property, if it has its own keys (directly, in a list, or as map values). */
function nested(s: JsonSchema): { schema: JsonSchema; suffix: string } | undefined {
  if (s.properties) return { schema: s, suffix: '' };
  if (s.items?.properties) return { schema: s.items, suffix: '[]' };
  if (s.additionalProperties && typeof s.additionalProperties === 'object' && s.additionalProperties.properties) return { schema: s.additionalProperties, suffix: '.<name>' };
  for (const alt of s.anyOf ?? s.oneOf ?? []) {
    if (alt.properties) return { schema: alt, suffix: '' };
  }
  return undefined;
}

function renderObject(where: string, s: JsonSchema, out: string[]): void {
  const props = Object.entries(s.properties ?? {});
  out.push(`#### \`${where}\``, '');
  if (s.description && where !== 'mlgate.yml') out.push(s.description, '');
  out.push('| key | type | required | default | description |', '|---|---|---|---|---|');
  const children: [string, JsonSchema][] = [];
  for (const [key, p] of props) {
    const required = (s.required ?? []).includes(key) && p.default === undefined;
    const def = p.default === undefined ? '' : code(JSON.stringify(p.default));
    out.push(`| ${code(key)} | ${cell(typeOf(p))} | ${required ? 'yes' : 'no'} | ${cell(def)} | ${cell(p.description ?? '')} |`);
    const sub = nested(p);
    if (sub) children.push([`${where === 'mlgate.yml' ? '' : `${where}.`}${key}${sub.suffix}`, sub.schema]);
  }
  out.push('');
  for (const [w, child] of children) renderObject(w, child, out);
}

export function renderConfig(root: string): string {
  const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'mlgate.schema.json'), 'utf8')) as JsonSchema;
  const out: string[] = [];
  renderObject('mlgate.yml', schema, out);
  return out.join('\n');
}

interface WorkflowFile {
  name?: string;
  on: {
    workflow_call?: {
      inputs?: Record<string, ActionInput & { type: string }>;
      outputs?: Record<string, { description?: string }>;
      secrets?: Record<string, { description?: string; required?: boolean }>;
    };
  };
  jobs?: Record<string, { permissions?: Record<string, string> }>;
}

const LEVELS = ['none', 'read', 'write'];

/** What the calling job must grant: for each scope, the most any of the workflow's jobs asks for. */
function callerPermissions(wf: WorkflowFile): string {
  const need: Record<string, string> = {};
  for (const job of Object.values(wf.jobs ?? {})) {
    for (const [scope, level] of Object.entries(job.permissions ?? {})) {
      if (LEVELS.indexOf(level) > LEVELS.indexOf(need[scope] ?? 'none')) need[scope] = level;
    }
  }
  const list = Object.entries(need).map(([scope, level]) => code(`${scope}: ${level}`));
  return list.length ? list.join(', ') : 'nothing';
}

export function renderWorkflows(root: string): string {
  const dir = path.join(root, '.github', 'workflows');
  const order = ['mlgate-pr.yml', 'mlgate-pr-comment.yml', 'mlgate-release.yml', 'mlgate-release-oidc.yml', 'mlgate-rollback.yml', 'mlgate-rollback-oidc.yml', 'mlgate-monitor.yml', 'mlgate-monitor-rollback.yml'];
  const rank = (f: string): number => (order.includes(f) ? order.indexOf(f) : order.length);
  const files = readdirSync(dir)
    .filter((f) => /^mlgate-.*\.ya?ml$/.test(f))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const lines: string[] = [];
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const wf = parse(text) as WorkflowFile;
    const call = wf.on.workflow_call;
    if (!call) continue;
    lines.push(`### \`mlgate/mlgate/.github/workflows/${f}@v1\``, '', `${wf.name ?? f} ${dim(`(.github/workflows/${f})`)}`, '');
    lines.push(`The calling job must grant ${callerPermissions(wf)}.`, '');
    const base = /^# Generated by scripts\/gen-workflows\.ts from (\S+)/.exec(text)?.[1];
    if (base) {
      const extra = /-rollback\.ya?ml$/.test(f)
        ? "for `on_degraded: rollback`, its monitor job runs with `rollback: defer` and a second job, `rollback`, runs only when a rollback is due: it alone gets `deployments: write`, `pull-requests: write` and the environment (its protection rules), and `rolled-back` is its outcome."
        : 'its job also gets `id-token: write`, so the deploy command can use OIDC.';
      lines.push(`The inputs, secrets and outputs of \`${base}\`; ${extra}`, '');
      continue;
    }
    lines.push('| input | type | required | default | description |', '|---|---|---|---|---|');
    for (const [name, i] of Object.entries(call.inputs ?? {})) {
      const def = i.default === undefined ? '' : i.default === '' ? '`""`' : code(String(i.default));
      lines.push(`| ${code(name)} | ${i.type} | ${i.required ? 'yes' : 'no'} | ${cell(def)} | ${cell(i.description ?? '')} |`);
    }
    lines.push('');
    const secrets = Object.entries(call.secrets ?? {});
    if (secrets.length) {
      lines.push('| secret | required | description |', '|---|---|---|');
      for (const [name, s] of secrets) lines.push(`| ${code(name)} | ${s.required ? 'yes' : 'no'} | ${cell(s.description ?? '')} |`);
      lines.push('');
    }
    const outputs = Object.entries(call.outputs ?? {});
    if (outputs.length) {
      lines.push('| output | description |', '|---|---|');
      for (const [name, o] of outputs) lines.push(`| ${code(name)} | ${cell(o.description ?? '')} |`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

const sections: Record<string, (root: string) => string> = { workflows: renderWorkflows, actions: renderActions, config: renderConfig };

/** README.md with every generated section brought up to date. */
export function renderReadme(root: string, text: string): string {
  let next = text;
  for (const [name, render] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- BEGIN GENERATED: ${name} [^>]*-->\\n)[\\s\\S]*?(<!-- END GENERATED: ${name} -->)`);
    if (!re.test(next)) throw new Error(`README.md has no "<!-- BEGIN GENERATED: ${name} … -->" … "<!-- END GENERATED: ${name} -->" block`);
    next = next.replace(re, (_m, begin: string, end: string) => `${begin}\n${render(root).trimEnd()}\n\n${end}`);
  }
  return next;
}

function main(): void {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const file = path.join(root, 'README.md');
  const current = readFileSync(file, 'utf8');
  const next = renderReadme(root, current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md is stale (action inputs/outputs or config reference): run `npm run readme` and commit it.');
      process.exit(1);
    }
    console.log('README.md is up to date.');
    return;
  }
  if (next !== current) writeFileSync(file, next);
  console.log(next === current ? 'README.md was up to date.' : 'wrote README.md');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
