import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

/** The committed slice of GitHub's OpenAPI description (scripts/slice-openapi.mjs regenerates it). */
export const SLICE_PATH = fileURLToPath(new URL('../fixtures/openapi/github-slice.json', import.meta.url));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: JsonObject;
}

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  documentationUrl: string;
  pattern: RegExp;
  paramNames: string[];
  parameters: Parameter[];
  /** Statuses the description documents for this operation. */
  statuses: string[];
}

export interface SchemaProblem {
  /** JSON pointer into the validated value, e.g. `/body/ref` or `/response/0/user/login`. */
  where: string;
  message: string;
  keyword: string;
  params: Record<string, unknown>;
}

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((formatsModule as unknown as { default?: AddFormats }).default ?? (formatsModule as unknown as AddFormats));

/** Loads the slice and validates requests and responses against it with ajv. */
export class OpenApiSlice {
  readonly operations: Operation[];
  private readonly doc: JsonObject;
  private readonly ajv: Ajv;
  private readonly paramAjv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(file = SLICE_PATH) {
    this.doc = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
    this.ajv = makeAjv(false);
    this.paramAjv = makeAjv(true);
    const components = { $id: 'components', components: this.doc.components } as unknown as JsonObject;
    this.ajv.addSchema(components);
    this.paramAjv.addSchema(components);
    this.operations = [];
    const paths = this.doc.paths as Record<string, Record<string, JsonObject>>;
    for (const [template, methods] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const paramNames: string[] = [];
        const source = template
          .split('/')
          .map((seg) => {
            const m = /^\{(.+)\}$/.exec(seg);
            if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            paramNames.push(m[1]!);
            // `contents/{path}` also serves the root: GitHub answers `/contents` and `/contents/` with the top directory.
            return m[1] === 'path' ? '\u0000' : '([^/]+)';
          })
          .join('/')
          .replace('/\u0000', '(?:/(.*))?');
        const parameters = ((op.parameters ?? []) as JsonObject[]).map((p) => this.deref(p) as unknown as Parameter);
        this.operations.push({
          method: method.toUpperCase(),
          template,
          operationId: op.operationId as string,
          documentationUrl: (op.documentationUrl as string | undefined) ?? 'https://docs.github.com/rest',
          pattern: new RegExp(`^${source}$`),
          paramNames,
          parameters,
          statuses: Object.keys(op.responses as JsonObject),
        });
      }
    }
    // Literal segments first so `/issues/comments/{id}` wins over `/issues/{issue_number}/…`.
    this.operations.sort((a, b) => literalCount(b.template) - literalCount(a.template));
  }

  /** The operation serving `method path`, with its decoded path parameters. */
  match(method: string, path: string): { op: Operation; params: Record<string, string> } | { op: undefined; methodsAllowed: string[] } {
    const allowed: string[] = [];
    for (const op of this.operations) {
      const m = op.pattern.exec(path);
      if (!m) continue;
      if (op.method !== method) {
        allowed.push(op.method);
        continue;
      }
      const params: Record<string, string> = {};
      op.paramNames.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { op, params };
    }
    return { op: undefined, methodsAllowed: allowed };
  }

  /** Path and query parameters: coerced like GitHub reads them; unknown query parameters are reported. */
  validateParams(op: Operation, params: Record<string, string>, query: URLSearchParams): SchemaProblem[] {
    const problems: SchemaProblem[] = [];
    for (const where of ['path', 'query'] as const) {
      const defs = op.parameters.filter((p) => p.in === where);
      const values: Record<string, string> = {};
      if (where === 'path') Object.assign(values, params);
      else for (const [k, v] of query) values[k] = v;
      for (const name of Object.keys(values)) {
        if (!defs.some((d) => d.name === name)) {
          problems.push({ where: `/${where}/${name}`, message: `${where} parameter '${name}' is not defined for ${op.operationId}`, keyword: 'additionalProperties', params: {} });
        }
      }
      const schema = {
        type: 'object',
        properties: Object.fromEntries(defs.map((d) => [d.name, rewriteRefs(d.schema)])),
        required: defs.filter((d) => d.required).map((d) => d.name),
      };
      const validate = this.compile(`${op.operationId}:${where}`, schema, this.paramAjv);
      if (!validate({ ...values })) problems.push(...toProblems(validate.errors, `/${where}`));
    }
    return problems;
  }

  /** The request body against the operation's requestBody schema (application/json). */
  validateRequestBody(op: Operation, body: unknown): SchemaProblem[] {
    const opDoc = this.operationDoc(op);
    const requestBody = opDoc.requestBody ? (this.deref(opDoc.requestBody as JsonObject)) : undefined;
    if (!requestBody) {
      return body === undefined ? [] : [{ where: '/body', message: `${op.operationId} takes no request body`, keyword: 'requestBody', params: {} }];
    }
    if (body === undefined) {
      return requestBody.required === true ? [{ where: '/body', message: 'request body is required', keyword: 'required', params: {} }] : [];
    }
    const schema = ((requestBody.content as JsonObject)['application/json'] as JsonObject).schema as JsonObject;
    const validate = this.compile(`${op.operationId}:body`, rewriteRefs(schema), this.ajv);
    return validate(body) ? [] : toProblems(validate.errors, '/body');
  }

  /** The request body schema, for GitHub-style messages (`"ref" wasn't supplied.`). */
  requestBodySchema(op: Operation): JsonObject | undefined {
    const opDoc = this.operationDoc(op);
    if (!opDoc.requestBody) return undefined;
    const rb = this.deref(opDoc.requestBody as JsonObject);
    return ((rb.content as JsonObject)['application/json'] as JsonObject).schema as JsonObject;
  }

  /**
   * A response against the description. `undefined` = the status is not documented for the operation
   * (the caller decides whether that is a violation).
   */
  validateResponse(op: Operation, status: number, body: unknown): SchemaProblem[] | undefined {
    const responses = this.operationDoc(op).responses as JsonObject;
    const declared = (responses[String(status)] ?? responses.default) as JsonObject | undefined;
    if (!declared) return undefined;
    const response = this.deref(declared);
    const content = response.content as JsonObject | undefined;
    // A documented status without a schema (e.g. create-deployment's 409): the description does not constrain the body.
    if (!content) return [];
    const media = (content['application/json'] ?? Object.values(content)[0]) as JsonObject;
    const validate = this.compile(`${op.operationId}:${status}`, rewriteRefs(media.schema as JsonObject), this.ajv);
    return validate(body) ? [] : toProblems(validate.errors, '/response');
  }

  /** GitHub's example body for a success status of the operation (from the description), if it has one. */
  example(op: Operation, status: number): unknown {
    const examples = this.operationDoc(op).examples as JsonObject | undefined;
    return examples?.[String(status)];
  }

  /** A response body against a named component schema (e.g. `basic-error` for undocumented 403s). */
  validateComponent(name: string, body: unknown): SchemaProblem[] {
    const validate = this.compile(`component:${name}`, { $ref: `components#/components/schemas/${name}` }, this.ajv);
    return validate(body) ? [] : toProblems(validate.errors, '/response');
  }

  private operationDoc(op: Operation): JsonObject {
    return ((this.doc.paths as JsonObject)[op.template] as JsonObject)[op.method.toLowerCase()] as JsonObject;
  }

  private deref(node: JsonObject): JsonObject {
    let current = node;
    while (typeof current.$ref === 'string') {
      let target: Json = this.doc;
      for (const part of current.$ref.slice(2).split('/')) target = (target as JsonObject)[part.replace(/~1/g, '/').replace(/~0/g, '~')]!;
      current = target as JsonObject;
    }
    return current;
  }

  private compile(key: string, schema: object, ajv: Ajv): ValidateFunction {
    const cacheKey = `${ajv === this.paramAjv ? 'p' : 'b'}:${key}`;
    let fn = this.cache.get(cacheKey);
    if (!fn) {
      fn = ajv.compile(schema);
      this.cache.set(cacheKey, fn);
    }
    return fn;
  }
}

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: coerce, useDefaults: false, validateFormats: true });
  addFormats(ajv);
  // GitHub sends "" for unset URL fields (target_url, log_url, environment_url, …) that the description types as `format: uri`.
  ajv.addFormat('uri-or-empty', { type: 'string', validate: (s: string) => s === '' || /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s) });
  return ajv;
}

function literalCount(template: string): number {
  return template.split('/').filter((s) => s !== '' && !s.startsWith('{')).length;
}

function rewriteRefs<T>(node: T): T {
  if (Array.isArray(node)) return node.map(rewriteRefs) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `components${v}` : rewriteRefs(v);
  }
  return out as T;
}

function toProblems(errors: ErrorObject[] | null | undefined, prefix: string): SchemaProblem[] {
  const all = (errors ?? []).map((e) => ({
    where: `${prefix}${e.instancePath}`,
    message: `${e.instancePath || prefix} ${e.message ?? 'is invalid'}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
    keyword: e.keyword,
    params: e.params as Record<string, unknown>,
  }));
  // oneOf/anyOf report every branch; keep the summary line plus distinct messages.
  const seen = new Set<string>();
  return all.filter((p) => (seen.has(p.message) ? false : (seen.add(p.message), true)));
}
