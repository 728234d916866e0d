/**
 * A local stand-in for the runner's artifact service as @actions/artifact v6 speaks to it:
 * Twirp JSON at ACTIONS_RESULTS_URL (`/twirp/github.actions.results.api.v1.ArtifactService/<Method>`,
 * snake_case proto field names, int64 as strings) plus signed blob URLs (Azure Blob block upload:
 * `PUT ?comp=block&blockid=…` then `PUT ?comp=blocklist`; plain `GET` to download).
 * Every request is checked (auth, backend ids from the runtime token, field types, sizes and the
 * sha256 the client reports); anything off is recorded in `violations` and answered with an error.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  mimeType?: string;
  blocks: Map<string, Buffer>;
  committed?: Buffer;
  size?: number;
  digest?: string;
  finalized: boolean;
  createdAt: Date;
}

export interface FakeRunnerServices {
  /** ACTIONS_RESULTS_URL */
  resultsUrl: string;
  runBackendId: string;
  /** A runtime token (JWT) scoped to this run and the given job, as the runner issues one per job. */
  runtimeToken(job?: string): string;
  artifacts: StoredArtifact[];
  violations: string[];
  requests: string[];
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const b64url = (s: string | Buffer): string => Buffer.from(s).toString('base64url');

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeRunnerServices(): Promise<FakeRunnerServices> {
  const secret = randomUUID();
  const runBackendId = randomUUID();
  const tokens = new Map<string, string>(); // token → job backend id
  const artifacts: StoredArtifact[] = [];
  const violations: string[] = [];
  const requests: string[] = [];
  let nextId = 1000;
  let base = '';

  const sign = (what: string): string => createHmac('sha256', secret).update(what).digest('hex');
  const twirpError = (res: ServerResponse, status: number, code: string, msg: string): void => {
    violations.push(msg);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code, msg }));
  };
  const ok = (res: ServerResponse, data: unknown): void => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data));
  };
  const str = (o: Record<string, unknown>, k: string): string | undefined => (typeof o[k] === 'string' ? (o[k]) : undefined);

  async function twirp(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    const job = tokens.get(token);
    if (!job) return twirpError(res, 401, 'unauthenticated', `${method}: missing or unknown bearer token`);
    if (!String(req.headers['content-type']).startsWith('application/json')) return twirpError(res, 400, 'malformed', `${method}: content-type ${req.headers['content-type']}`);
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse((await body(req)).toString('utf8')) as Record<string, unknown>;
    } catch {
      return twirpError(res, 400, 'malformed', `${method}: body is not JSON`);
    }
    const run = str(msg, 'workflow_run_backend_id');
    const jobId = str(msg, 'workflow_job_run_backend_id');
    if (run !== runBackendId || jobId !== job) return twirpError(res, 403, 'permission_denied', `${method}: backend ids ${run}/${jobId} do not match the token (${runBackendId}/${job})`);
    const name = str(msg, 'name');
    switch (method) {
      case 'CreateArtifact': {
        if (!name) return twirpError(res, 400, 'invalid_argument', 'CreateArtifact: name missing');
        if (msg.version !== 7) return twirpError(res, 400, 'invalid_argument', `CreateArtifact: version ${String(msg.version)}, expected 7`);
        if (artifacts.some((a) => a.name === name && a.runBackendId === run && a.finalized))
          return twirpError(res, 409, 'already_exists', `CreateArtifact: an artifact named ${name} already exists in this run`);
        const a: StoredArtifact = { id: nextId++, name, runBackendId: run, jobBackendId: job, mimeType: str(msg, 'mime_type'), blocks: new Map(), finalized: false, createdAt: new Date() };
        artifacts.push(a);
        const path = `/devstoreaccount1/actions-results/${a.id}/${encodeURIComponent(name)}.zip`;
        return ok(res, { ok: true, signed_upload_url: `${base}${path}?sig=${sign(`PUT ${path}`)}` });
      }
      case 'FinalizeArtifact': {
        const a = artifacts.find((x) => x.name === name && x.runBackendId === run && !x.finalized);
        if (!a) return twirpError(res, 404, 'not_found', `FinalizeArtifact: no pending artifact ${name}`);
        if (!a.committed) return twirpError(res, 400, 'failed_precondition', `FinalizeArtifact: ${name} has no committed blob`);
        const size = str(msg, 'size');
        if (size !== String(a.committed.length)) return twirpError(res, 400, 'invalid_argument', `FinalizeArtifact: size ${size}, blob has ${a.committed.length} bytes`);
        const hash = str(msg, 'hash');
        const digest = `sha256:${createHash('sha256').update(a.committed).digest('hex')}`;
        if (hash !== digest) return twirpError(res, 400, 'invalid_argument', `FinalizeArtifact: hash ${hash}, blob is ${digest}`);
        a.size = a.committed.length;
        a.digest = digest;
        a.finalized = true;
        return ok(res, { ok: true, artifact_id: String(a.id) });
      }
      case 'ListArtifacts': {
        const nameFilter = str(msg, 'name_filter');
        const idFilter = str(msg, 'id_filter');
        const list = artifacts.filter((a) => a.finalized && a.runBackendId === run && (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || String(a.id) === idFilter));
        return ok(res, {
          artifacts: list.map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt.toISOString(),
            digest: a.digest,
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const a = artifacts.find((x) => x.finalized && x.runBackendId === run && x.name === name);
        if (!a) return twirpError(res, 404, 'not_found', `GetSignedArtifactURL: no artifact ${name}`);
        const path = `/devstoreaccount1/actions-results/${a.id}/${encodeURIComponent(a.name)}.zip`;
        return ok(res, { signed_url: `${base}${path}?sig=${sign(`GET ${path}`)}` });
      }
      default:
        return twirpError(res, 404, 'bad_route', `unknown method ${method}`);
    }
  }

  async function blob(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const fail = (status: number, why: string): void => {
      violations.push(`blob ${req.method} ${url.pathname}: ${why}`);
      res.writeHead(status).end(why);
    };
    const verb = req.method === 'GET' ? 'GET' : 'PUT';
    if (url.searchParams.get('sig') !== sign(`${verb} ${url.pathname}`)) return fail(403, 'bad signature');
    const id = Number(url.pathname.split('/')[3]);
    const a = artifacts.find((x) => x.id === id);
    if (!a) return fail(404, 'no such blob');
    const headers = { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2024-11-04', date: new Date().toUTCString() };
    if (req.method === 'GET') {
      if (!a.finalized || !a.committed) return fail(404, 'not finalized');
      res.writeHead(200, { ...headers, 'content-type': 'application/zip', 'content-length': a.committed.length }).end(a.committed);
      return;
    }
    if (req.method !== 'PUT') return fail(405, `method ${req.method}`);
    const comp = url.searchParams.get('comp');
    const data = await body(req);
    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid');
      if (!blockId) return fail(400, 'blockid missing');
      a.blocks.set(blockId, data);
      res.writeHead(201, { ...headers, 'content-length': 0 }).end();
      return;
    }
    if (comp === 'blocklist') {
      const ids = [...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
      const parts: Buffer[] = [];
      for (const bid of ids) {
        const b = a.blocks.get(bid);
        if (!b) return fail(400, `block ${bid} was never staged`);
        parts.push(b);
      }
      a.committed = Buffer.concat(parts);
      res.writeHead(201, { ...headers, etag: `"${randomUUID()}"`, 'last-modified': new Date().toUTCString(), 'content-length': 0 }).end();
      return;
    }
    if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob') {
      a.committed = data; // single-shot upload
      res.writeHead(201, { ...headers, etag: `"${randomUUID()}"`, 'content-length': 0 }).end();
      return;
    }
    return fail(400, `unsupported blob operation comp=${comp}`);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push(`${req.method} ${url.pathname}${url.searchParams.get('comp') ? `?comp=${url.searchParams.get('comp')}` : ''}`);
    const handle = url.pathname.startsWith(SERVICE) && req.method === 'POST' ? twirp(url.pathname.slice(SERVICE.length), req, res) : blob(req, res, url);
    handle.catch((e: unknown) => {
      violations.push(`handler error: ${(e as Error).message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    resultsUrl: `${base}/`,
    runBackendId,
    runtimeToken(job = randomUUID()) {
      const payload = { scp: `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${job}`, exp: Math.floor(Date.now() / 1000) + 3600 };
      const head = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
      const pay = b64url(JSON.stringify(payload));
      const token = `${head}.${pay}.${b64url(createHmac('sha256', secret).update(`${head}.${pay}`).digest())}`;
      tokens.set(token, job);
      return token;
    },
    artifacts,
    violations,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
