import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorReply, invalidRequest, notAccessible, notFound, validationFailed, type Reply } from './errors.js';
import { handlers, type Behaviour } from './handlers.js';
import { gitHandlers } from './git-data.js';
import { issueHandlers } from './issues.js';
import { OpenApiSlice, type Operation, type SchemaProblem } from './openapi.js';
import { allowed, isWrite } from './permissions.js';
import { Seeder } from './seed.js';
import { FakeState, type Repo, type Token } from './state.js';

export { COMMENT_BODY_LIMIT, STATUS_DESCRIPTION_LIMIT } from './handlers.js';
export { GITHUB_ACTIONS_BOT } from './state.js';
export type { Artifact, Comment, Deployment, Issue, DeploymentState, DeploymentStatus, Permissions, PullRequest, Repo, Token, User } from './state.js';

export interface FakeGitHubOptions {
  /** The repository the seed helpers use by default (more can be added with `seed.repo`). Default `octo-org/ml-repo`. */
  repository?: string;
  /** Base of html URLs in responses. Default `https://github.com`. */
  serverUrl?: string;
  /** See `Behaviour`; both default to GitHub's documented behaviour (production not covered; latest status success). */
  autoInactiveCoversProduction?: boolean;
  autoInactiveMatches?: Behaviour['autoInactiveMatches'];
}

/** One request as the fake saw it (tokens are never recorded, only who they belong to). */
export interface RequestRecord {
  seq: number;
  method: string;
  /** Path as requested, without the query. */
  path: string;
  query: Record<string, string>;
  operationId?: string;
  /** Request headers, lower-case, without `authorization`. */
  headers: Record<string, string>;
  body?: unknown;
  /** `installation:github-actions[bot]`, `pat:octocat`, `anonymous` or `bad-credentials`. */
  auth: string;
  status: number;
  response?: unknown;
  /** Set when an injected fault answered. */
  fault?: FaultKind;
}

export interface Violation {
  method: string;
  path: string;
  operationId?: string;
  /** `request` (path/query/body of a request), `response` (a body the fake sent), `route` (no such operation in the slice). */
  what: 'request' | 'response' | 'route';
  /** JSON pointer: `/body/ref`, `/query/per_page`, `/response/0/user`. */
  where: string;
  message: string;
  status?: number;
}

export type FaultKind = 'status' | 'read-only' | 'validation' | 'secondary-rate-limit' | 'rate-limit' | 'lost-answer';

export type Fault =
  /** A server error such as 500, 502, 503 or 504 (any status, really). */
  | { kind: 'status'; status: number; body?: unknown }
  /** 403 "Resource not accessible by integration", as for a fork PR's read-only GITHUB_TOKEN. */
  | { kind: 'read-only' }
  /** 422 Validation Failed with the given errors (default: a generic one). */
  | { kind: 'validation'; message?: string; errors?: Array<Record<string, unknown>> }
  /** 403 "You have exceeded a secondary rate limit" with `retry-after` (seconds, default 1). */
  | { kind: 'secondary-rate-limit'; retryAfter?: number }
  /** 403 primary rate limit: `x-ratelimit-remaining: 0` and `x-ratelimit-reset` `resetIn` seconds ahead. */
  | { kind: 'rate-limit'; resetIn?: number }
  /**
   * GitHub performs the request, then the answer is lost: a 502/504 from a proxy after the write happened (default
   * 502), as when a gateway times out on a create that still completes. The client sees a server error.
   */
  | { kind: 'lost-answer'; status?: number };

/** Which requests a fault or hook applies to. All given fields must match. */
export interface RequestMatch {
  method?: string;
  operationId?: string;
  /** Matched against the request path (string: exact; RegExp: test). */
  path?: string | RegExp;
  /** Extra predicate on the parsed request. */
  where?: (req: HookRequest) => boolean;
  /** How many matching requests it applies to (default 1; `Infinity` for all). */
  times?: number;
}

export interface HookRequest {
  method: string;
  path: string;
  operationId?: string;
  query: URLSearchParams;
  body: unknown;
  token?: Token;
}

export interface Handle {
  /** How many requests it has been applied to so far. */
  readonly hits: number;
  /** Stop applying it. */
  remove(): void;
}

interface Armed<T> extends RequestMatch {
  payload: T;
  hits: number;
  removed: boolean;
}

export interface FakeGitHub {
  /** `http://127.0.0.1:<port>`: use as GITHUB_API_URL / Octokit baseUrl. */
  readonly url: string;
  readonly state: FakeState;
  /** The default repository (`options.repository`). */
  readonly repo: Repo;
  readonly seed: Seeder;
  /** Every request served, in order. */
  readonly requests: RequestRecord[];
  /** Every deviation from GitHub's OpenAPI description, in requests received or responses sent. */
  readonly violations: Violation[];
  /** Mutable: switch auto_inactive behaviour between tests. */
  readonly behaviour: Behaviour;
  /** Answer the next `times` matching requests with a fault instead of handling them. */
  fail(match: RequestMatch, fault: Fault): Handle;
  /** Run code before a matching request is handled (after faults and auth), e.g. to make another deployment appear mid-promote. */
  before(match: RequestMatch, hook: (req: HookRequest, gh: FakeGitHub) => void | Promise<void>): Handle;
  /** Run code after a matching request was answered. */
  after(match: RequestMatch, hook: (req: HookRequest, record: RequestRecord, gh: FakeGitHub) => void | Promise<void>): Handle;
  /** Requests to one operation (e.g. `repos/create-deployment`), for assertions. */
  calls(operationId: string): RequestRecord[];
  close(): Promise<void>;
}

const REPOSITORIES_PATH = /^\/repositories\/(\d+)(\/.*)?$/;
const SECONDARY_RATE_LIMIT_DOC = 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';
const RATE_LIMIT_DOC = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
/** Statuses GitHub may send on any operation whether the description lists them or not (bodies are `basic-error`). */
const ALWAYS_POSSIBLE = new Set([401, 403, 404, 500, 502, 503, 504]);

let sharedSlice: OpenApiSlice | undefined;

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  sharedSlice ??= new OpenApiSlice();
  const slice = sharedSlice;
  const state = new FakeState();
  const repository = options.repository ?? 'octo-org/ml-repo';
  const defaultRepo = state.addRepo(repository);
  const behaviour: Behaviour = {
    autoInactiveCoversProduction: options.autoInactiveCoversProduction ?? false,
    autoInactiveMatches: options.autoInactiveMatches ?? 'latest-success',
  };
  const requests: RequestRecord[] = [];
  const violations: Violation[] = [];
  const faults: Array<Armed<Fault>> = [];
  const befores: Array<Armed<(req: HookRequest, gh: FakeGitHub) => void | Promise<void>>> = [];
  const afters: Array<Armed<(req: HookRequest, record: RequestRecord, gh: FakeGitHub) => void | Promise<void>>> = [];
  let url = '';
  const urls = { get api() { return url; }, server: options.serverUrl ?? 'https://github.com' };
  const seed = new Seeder(state, defaultRepo, behaviour);

  const arm = <T>(list: Array<Armed<T>>, match: RequestMatch, payload: T): Handle => {
    const armed: Armed<T> = { ...match, payload, hits: 0, removed: false };
    list.push(armed);
    return {
      get hits() {
        return armed.hits;
      },
      remove() {
        armed.removed = true;
      },
    };
  };
  const take = <T>(list: Array<Armed<T>>, req: HookRequest): Array<Armed<T>> => {
    const hit: Array<Armed<T>> = [];
    for (const a of list) {
      if (a.removed || a.hits >= (a.times ?? 1)) continue;
      if (a.method && a.method.toUpperCase() !== req.method) continue;
      if (a.operationId && a.operationId !== req.operationId) continue;
      if (a.path !== undefined && (typeof a.path === 'string' ? a.path !== req.path : !a.path.test(req.path))) continue;
      if (a.where && !a.where(req)) continue;
      a.hits++;
      hit.push(a);
    }
    return hit;
  };

  const gh: FakeGitHub = {
    get url() {
      return url;
    },
    state,
    repo: defaultRepo,
    seed,
    requests,
    violations,
    behaviour,
    fail: (match, fault) => arm(faults, match, fault),
    before: (match, hook) => arm(befores, match, hook),
    after: (match, hook) => arm(afters, match, hook),
    calls: (operationId) => requests.filter((r) => r.operationId === operationId),
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };

  const violation = (v: Violation): void => {
    violations.push(v);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawPath = parsed.pathname;
    const query = parsed.searchParams;
    const text = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (k !== 'authorization' && v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const record: RequestRecord = { seq: requests.length + 1, method, path: rawPath, query: Object.fromEntries(query), headers, auth: 'anonymous', status: 0 };
    requests.push(record);

    // GitHub's Link URLs name repositories by id: /repositories/{id}/…
    let path = rawPath;
    let linkPath = rawPath;
    const byId = REPOSITORIES_PATH.exec(rawPath);
    if (byId) {
      const r = state.repoById(Number(byId[1]));
      path = r ? `/repos/${r.owner.login}/${r.name}${byId[2] ?? ''}` : rawPath;
    }

    const matched = slice.match(method, path);
    let body: unknown;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        return send(res, record, undefined, errorReply(400, 'Problems parsing JSON', matched.op?.documentationUrl ?? 'https://docs.github.com/rest'));
      }
    }
    record.body = body;
    if (!matched.op) {
      violation({ method, path: rawPath, what: 'route', where: rawPath, message: matched.methodsAllowed.length ? `${method} is not an operation of ${rawPath} in the slice (only ${matched.methodsAllowed.join(', ')})` : `no operation in the OpenAPI slice serves ${method} ${rawPath}` });
      return send(res, record, undefined, notFound('https://docs.github.com/rest'));
    }
    const { op, params } = matched;
    record.operationId = op.operationId;
    const repo = params.owner && params.repo ? state.repo(`${params.owner}/${params.repo}`) : undefined;
    if (repo && !byId) linkPath = rawPath.replace(/^\/repos\/[^/]+\/[^/]+/, `/repositories/${repo.id}`);

    // Authentication: `token X` or `Bearer X`.
    const auth = req.headers.authorization;
    let token: Token | undefined;
    if (auth) {
      const value = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1]?.trim();
      token = value ? state.tokens.get(value) : undefined;
      if (!token) {
        record.auth = 'bad-credentials';
        return send(res, record, op, errorReply(401, 'Bad credentials', 'https://docs.github.com/rest'));
      }
      record.auth = `${token.kind}:${token.user.login}`;
    }
    const hookReq: HookRequest = { method, path: rawPath, operationId: op.operationId, query, body, token };

    let lost: Fault | undefined;
    for (const f of take(faults, hookReq)) {
      record.fault = f.payload.kind;
      if (f.payload.kind === 'lost-answer') {
        lost = f.payload;
        break;
      }
      return send(res, record, op, faultReply(f.payload, op));
    }

    for (const p of slice.validateParams(op, params, query)) violation({ method, path: rawPath, operationId: op.operationId, what: 'request', where: p.where, message: p.message });
    let bodyProblems: SchemaProblem[] = [];
    if (isWrite(method) || body !== undefined) {
      bodyProblems = slice.validateRequestBody(op, body);
      for (const p of bodyProblems) violation({ method, path: rawPath, operationId: op.operationId, what: 'request', where: p.where, message: p.message });
    }

    if (!token && isWrite(method)) return send(res, record, op, errorReply(401, 'Requires authentication', op.documentationUrl));
    if (repo?.private && !token) return send(res, record, op, notFound(op.documentationUrl));
    if (params.owner && params.repo && !repo) return send(res, record, op, notFound(op.documentationUrl));
    if (token && !allowed(op.operationId, token)) return send(res, record, op, notAccessible(op.documentationUrl, token.kind));
    if (bodyProblems.length > 0 && slice.requestBodySchema(op)) return send(res, record, op, invalidRequest(op.documentationUrl, bodyProblems, body ?? {}));

    for (const h of take(befores, hookReq)) await h.payload(hookReq, gh);

    const handler = handlers[op.operationId] ?? gitHandlers[op.operationId] ?? issueHandlers[op.operationId];
    if (!handler) throw new Error(`the slice has ${op.operationId} but the fake has no handler for it`);
    const reply = handler({ op, params, query, body: (body ?? {}) as Record<string, unknown>, token, repo, state, urls, behaviour, linkPath, accept: headers.accept ?? '' });
    send(res, record, op, lost ? faultReply(lost, op) : reply);
    for (const h of take(afters, hookReq)) await h.payload(hookReq, record, gh);
  }

  function send(res: ServerResponse, record: RequestRecord, op: Operation | undefined, reply: Reply): void {
    record.status = reply.status;
    record.response = reply.body;
    if (op && !reply.raw) checkResponse(record, op, reply);
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - record.seq)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(Math.min(5000, record.seq)),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (reply.raw) {
      res.writeHead(reply.status, { ...headers, 'content-type': reply.raw.contentType, 'content-length': String(reply.raw.bytes.length) });
      res.end(reply.raw.bytes);
      return;
    }
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    const payload = JSON.stringify(reply.body);
    res.writeHead(reply.status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(payload)) });
    res.end(payload);
  }

  function checkResponse(record: RequestRecord, op: Operation, reply: Reply): void {
    const where = { method: record.method, path: record.path, operationId: op.operationId, what: 'response' as const, status: reply.status };
    let problems = slice.validateResponse(op, reply.status, reply.body);
    if (problems === undefined) {
      if (reply.status === 400 || ALWAYS_POSSIBLE.has(reply.status) || record.fault) problems = reply.body === undefined ? [] : slice.validateComponent('basic-error', reply.body);
      else {
        violation({ ...where, where: '/status', message: `status ${reply.status} is not documented for ${op.operationId}` });
        return;
      }
    }
    for (const p of problems) violation({ ...where, where: p.where, message: p.message });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violation({ method: req.method ?? '?', path: req.url ?? '?', what: 'request', where: '/', message: `the fake crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'fake GitHub crashed; see gh.violations' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return gh;
}

function faultReply(f: Fault, op: Operation): Reply {
  switch (f.kind) {
    case 'status':
      return { status: f.status, body: f.body ?? { message: f.status === 502 ? 'Server Error' : f.status === 503 ? 'Service Unavailable' : 'Server Error' } };
    case 'lost-answer':
      return { status: f.status ?? 502, body: { message: 'Server Error' } };
    case 'read-only':
      return notAccessible(op.documentationUrl, 'installation');
    case 'validation':
      return validationFailed(op.documentationUrl, f.errors ?? [{ resource: 'Fault', code: 'custom', message: f.message ?? 'injected validation failure' }]);
    case 'secondary-rate-limit': {
      const id = randomBytes(8).toString('hex').toUpperCase();
      return {
        ...errorReply(403, `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${id}.`, SECONDARY_RATE_LIMIT_DOC),
        headers: { 'retry-after': String(f.retryAfter ?? 1) },
      };
    }
    case 'rate-limit': {
      const reset = Math.floor(Date.now() / 1000) + (f.resetIn ?? 1);
      return {
        ...errorReply(403, 'API rate limit exceeded for installation ID 12345678.', RATE_LIMIT_DOC),
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), 'x-ratelimit-limit': '5000', 'x-ratelimit-used': '5000' },
      };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
