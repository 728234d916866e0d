// Regenerates test/fixtures/openapi/github-slice.json: the operations the fake GitHub serves, cut from
// GitHub's official OpenAPI description (@octokit/openapi, installed into a temp dir, not a dependency)
// with every component they reference, and normalised to plain JSON Schema that ajv validates.
//
//   node scripts/slice-openapi.mjs            # installs @octokit/openapi@latest into a temp dir
//   node scripts/slice-openapi.mjs --from <dir-containing-node_modules>   # reuse an install
//   node scripts/slice-openapi.mjs --check    # fail if the committed slice differs
//
// Normalisations (GitHub's description is OpenAPI 3.0, whose schemas are not quite JSON Schema):
// - `nullable: true` becomes `type: [t, 'null']`, or `anyOf: [schema, {type: 'null'}]` when there is no `type`
//   (e.g. `allOf: [$ref]` with `nullable`);
// - `format: uri` (and `uri-template`) on strings GitHub sends as "" (target_url, log_url, environment_url, …)
//   becomes the format `uri-or-empty`, which the validator registers;
// - the operation's docs link (externalDocs.url) is kept as `documentationUrl`: the fake's errors quote it as GitHub does;
// - GitHub's example body of each 2xx response is kept under the operation's `examples` (tests compare fields);
// - documentation-only keys (description, example(s), x-github, x-*, externalDocs, readOnly, writeOnly,
//   deprecated, xml, discriminator) are dropped; `summary` and `operationId` stay.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'test', 'fixtures', 'openapi', 'github-slice.json');

/** Exactly the operations the fake GitHub serves (method, path template). */
export const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls'],
  ['get', '/user'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['get', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  // The monitor's sticky issue (SPEC §8): list (pull requests included, as GitHub returns them), create, update.
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['get', '/repos/{owner}/{repo}/deployments'],
  ['post', '/repos/{owner}/{repo}/deployments'],
  ['get', '/repos/{owner}/{repo}/deployments/{deployment_id}'],
  ['get', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],
  ['post', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],
  ['get', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}'],
  // The evidence branch (SPEC §6 "Evidence"): blobs, trees, commits and the branch ref of the Git database API.
  ['post', '/repos/{owner}/{repo}/git/blobs'],
  ['get', '/repos/{owner}/{repo}/git/blobs/{file_sha}'],
  ['post', '/repos/{owner}/{repo}/git/trees'],
  ['post', '/repos/{owner}/{repo}/git/commits'],
  ['get', '/repos/{owner}/{repo}/git/commits/{commit_sha}'],
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['post', '/repos/{owner}/{repo}/git/refs'],
  ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
];

const DROP = new Set(['description', 'example', 'examples', 'externalDocs', 'readOnly', 'writeOnly', 'deprecated', 'xml', 'discriminator', 'title']);

function parseArgs(argv) {
  const args = { check: false, from: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') args.check = true;
    else if (argv[i] === '--from') args.from = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

function loadDescription(from) {
  let dir = from;
  let tmp;
  if (!dir) {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'octokit-openapi-'));
    dir = tmp;
    console.error(`installing @octokit/openapi into ${tmp} (~385 MB, removed afterwards)…`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', tmp, '@octokit/openapi'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const pkgDir = path.join(dir, 'node_modules', '@octokit', 'openapi');
  const version = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  const doc = JSON.parse(readFileSync(path.join(pkgDir, 'generated', 'api.github.com.json'), 'utf8'));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  return { doc, version };
}

function resolvePointer(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  let node = doc;
  for (const part of ref.slice(2).split('/')) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (node === undefined) throw new Error(`dangling $ref ${ref}`);
  return node;
}

/** Collects every `#/components/...` reference reachable from `node`. */
function collectRefs(doc, node, seen) {
  if (Array.isArray(node)) {
    for (const n of node) collectRefs(doc, n, seen);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') {
      if (!seen.has(v)) {
        seen.add(v);
        collectRefs(doc, resolvePointer(doc, v), seen);
      }
    } else if (k !== 'examples' && k !== 'example') {
      collectRefs(doc, v, seen);
    }
  }
}

function resolveRef(doc, node) {
  return node && typeof node.$ref === 'string' ? resolvePointer(doc, node.$ref) : node;
}

function setPointer(target, ref, value) {
  const parts = ref.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = target;
  for (const p of parts.slice(0, -1)) node = node[p] ??= {};
  node[parts.at(-1)] = value;
}

const SCHEMA_CONTAINERS = new Set(['schema', 'items', 'additionalProperties', 'not']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);

/** Normalises one OpenAPI 3.0 schema object (recursively) to JSON Schema. */
function normaliseSchema(schema) {
  if (Array.isArray(schema)) return schema.map(normaliseSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const outSchema = {};
  for (const [k, v] of Object.entries(schema)) {
    if (DROP.has(k) || k.startsWith('x-')) continue;
    if (k === 'nullable') continue;
    if (SCHEMA_CONTAINERS.has(k) && typeof v === 'object') outSchema[k] = normaliseSchema(v);
    else if (SCHEMA_MAPS.has(k)) outSchema[k] = Object.fromEntries(Object.entries(v).map(([p, s]) => [p, normaliseSchema(s)]));
    else if (SCHEMA_LISTS.has(k)) outSchema[k] = v.map(normaliseSchema);
    else outSchema[k] = v;
  }
  if ((outSchema.format === 'uri' || outSchema.format === 'uri-template') && (outSchema.type === 'string' || outSchema.type === undefined)) {
    outSchema.format = 'uri-or-empty';
  }
  if (schema.nullable === true) {
    if (typeof outSchema.type === 'string') {
      outSchema.type = [outSchema.type, 'null'];
      if (Array.isArray(outSchema.enum) && !outSchema.enum.includes(null)) outSchema.enum = [...outSchema.enum, null];
    } else if (outSchema.type === undefined) {
      return { anyOf: [outSchema, { type: 'null' }] };
    }
  }
  return outSchema;
}

/** Walks a non-schema OpenAPI object (operation, parameter, response, …), normalising the schemas in it. */
function normaliseOpenApi(node, key) {
  if (Array.isArray(node)) return node.map((n) => normaliseOpenApi(n, key));
  if (!node || typeof node !== 'object') return node;
  const outNode = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'examples' || k === 'example' || k === 'description' || k === 'externalDocs' || k.startsWith('x-')) continue;
    if (k === 'schema') outNode[k] = normaliseSchema(v);
    else outNode[k] = normaliseOpenApi(v, k);
  }
  return outNode;
}

function slice(doc) {
  const paths = {};
  const seen = new Set();
  for (const [method, p] of OPERATIONS) {
    const op = doc.paths[p]?.[method];
    if (!op) throw new Error(`${method.toUpperCase()} ${p} is not in the description`);
    const pathParams = doc.paths[p].parameters;
    const picked = { operationId: op.operationId, summary: op.summary, documentationUrl: op.externalDocs?.url, parameters: [...(pathParams ?? []), ...(op.parameters ?? [])], requestBody: op.requestBody, responses: op.responses };
    if (!picked.requestBody) delete picked.requestBody;
    collectRefs(doc, picked, seen);
    const sliced = normaliseOpenApi(picked);
    // GitHub's example of each success response (a real-looking body): tests compare the fake's fields with it.
    const examples = {};
    for (const [status, response] of Object.entries(op.responses)) {
      if (!/^2\d\d$/.test(status)) continue;
      const media = resolveRef(doc, response).content?.['application/json'];
      const first = media?.examples ? Object.values(media.examples)[0] : undefined;
      if (first) examples[status] = resolveRef(doc, first).value;
    }
    if (Object.keys(examples).length > 0) sliced.examples = examples;
    (paths[p] ??= {})[method] = sliced;
  }
  const components = {};
  for (const ref of [...seen].sort()) {
    const kind = ref.split('/')[2];
    const value = resolvePointer(doc, ref);
    setPointer({ components }, ref, kind === 'schemas' ? normaliseSchema(value) : normaliseOpenApi(value));
  }
  // Stable key order inside components.
  for (const kind of Object.keys(components)) {
    components[kind] = Object.fromEntries(Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)));
  }
  return { paths, components };
}

const args = parseArgs(process.argv.slice(2));
const { doc, version } = loadDescription(args.from);
const sliced = slice(doc);
const result = {
  openapi: doc.openapi,
  info: { title: doc.info.title, version: doc.info.version, source: `@octokit/openapi@${version} generated/api.github.com.json`, generatedBy: 'scripts/slice-openapi.mjs' },
  ...sliced,
};
const text = `${JSON.stringify(result, null, 1)}\n`;
if (args.check) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    /* missing */
  }
  if (current !== text) {
    console.error(`${path.relative(root, out)} is stale: run 'node scripts/slice-openapi.mjs'.`);
    process.exit(1);
  }
  console.error(`${path.relative(root, out)} is up to date.`);
} else {
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.error(`wrote ${path.relative(root, out)}: ${OPERATIONS.length} operations, ${Object.values(sliced.components).reduce((n, c) => n + Object.keys(c).length, 0)} components`);
}
