import { z } from 'zod';
import { MlgateError } from '../../domain/errors.js';

/**
 * The shape of `.mlgate/releases.json` and the invariants the local store relies on (SPEC §6 "Local backend").
 * Unknown keys are kept (loose objects), so a newer mlgate's fields survive an older one's rewrite.
 */
const DEPLOYMENT_STATES = ['in_progress', 'queued', 'pending', 'success', 'failure', 'error', 'inactive'] as const;

const id = z.number().int().positive();

const storedStatus = z.looseObject({
  id,
  state: z.enum(DEPLOYMENT_STATES),
  description: z.string(),
  created_at: z.string(),
  environment_url: z.string().optional(),
  log_url: z.string().optional(),
});

/** The process that created a deployment and drives it to a final status: tells a killed promote from a running one. */
const releaseOwner = z.looseObject({
  host: z.string(),
  pid: z.number().int().positive(),
  /** When that process started (ISO 8601): a pid reused by a later process does not pass for the owner. */
  started_at: z.string(),
});

const storedDeployment = z.looseObject({
  id,
  environment: z.string().min(1),
  ref: z.string(),
  sha: z.string(),
  task: z.string(),
  description: z.string(),
  created_at: z.string(),
  creator: z.string(),
  production_environment: z.boolean(),
  transient_environment: z.boolean(),
  payload: z.unknown(),
  /** Oldest first, as written. */
  statuses: z.array(storedStatus),
  owner: releaseOwner.optional(),
});

const storeFile = z.looseObject({
  version: z.literal(1),
  next_id: id,
  next_status_id: id,
  deployments: z.array(storedDeployment),
});

export type StoreFile = z.infer<typeof storeFile>;
export type StoredDeployment = z.infer<typeof storedDeployment>;
export type StoredStatus = z.infer<typeof storedStatus>;
export type ReleaseOwner = z.infer<typeof releaseOwner>;

export function emptyStore(): StoreFile {
  return { version: 1, next_id: 1, next_status_id: 1, deployments: [] };
}

const MAX_LISTED = 10;
const HOW_TO_FIX = 'restore it from a backup or version control, or repair it by hand; mlgate does not write into a broken store';

function damaged(file: string, problems: readonly string[], cause?: unknown): MlgateError {
  const [first = 'unknown problem', ...rest] = problems;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}, listed below)` : '';
  const details = [...rest.slice(0, MAX_LISTED), ...(rest.length > MAX_LISTED ? [`… ${rest.length - MAX_LISTED} more`] : []), `To fix: ${HOW_TO_FIX}.`];
  return new MlgateError('input', `the local release store ${file} is damaged: ${first}${more}`, { location: { file }, details, cause });
}

/** `deployments[3] (deployment #4).statuses` for an issue path, so the user can find the entry. */
function where(data: unknown, issuePath: readonly PropertyKey[]): string {
  let text = '';
  let node: unknown = data;
  for (const key of issuePath) {
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const nodeId = node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as { id?: unknown }).id : undefined;
    if (typeof key === 'number' && typeof nodeId === 'number') text += ` (${text.includes('statuses') ? 'status' : 'deployment'} #${nodeId})`;
  }
  return text || 'the top level';
}

function found(data: unknown, issuePath: readonly PropertyKey[]): string {
  let node: unknown = data;
  for (const key of issuePath) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  if (node === undefined) return 'nothing';
  const text = JSON.stringify(node);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function schemaProblems(data: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${where(data, issue.path)}: ${issue.message.replace(/^Invalid input: /, '').replace(/, received \w+$/, '')}, found ${found(data, issue.path)}`);
}

/** Every id must be unique and every counter ahead of the ids it hands out; otherwise the next write reuses an id. */
function invariantProblems(data: StoreFile): string[] {
  const problems: string[] = [];
  const deploymentAt = new Map<number, number>();
  const statusAt = new Map<number, string>();
  let maxId = 0;
  let maxStatusId = 0;
  data.deployments.forEach((d, i) => {
    const earlier = deploymentAt.get(d.id);
    if (earlier !== undefined) problems.push(`deployment id #${d.id} is used twice (deployments[${earlier}] and deployments[${i}]); give one of them an unused id above every other (and update any rollback_of that points at it)`);
    else deploymentAt.set(d.id, i);
    maxId = Math.max(maxId, d.id);
    d.statuses.forEach((s, j) => {
      const here = `deployments[${i}].statuses[${j}]`;
      const seen = statusAt.get(s.id);
      if (seen !== undefined) problems.push(`status id #${s.id} is used twice (${seen} and ${here}); give one of them an unused id above every other`);
      else statusAt.set(s.id, here);
      maxStatusId = Math.max(maxStatusId, s.id);
    });
  });
  if (data.next_id <= maxId) problems.push(`next_id is ${data.next_id} but deployment #${maxId} exists, so the next release would reuse an id; set next_id to ${maxId + 1} (a store restored from a backup or merged by git?)`);
  if (data.next_status_id <= maxStatusId) problems.push(`next_status_id is ${data.next_status_id} but status #${maxStatusId} exists, so the next status would reuse an id; set next_status_id to ${maxStatusId + 1}`);
  return problems;
}

/** The store's text as a checked StoreFile, or a clear error naming the file, the entry and what is wrong. */
export function parseStoreFile(text: string, file: string): StoreFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MlgateError('input', `the local release store ${file} is not valid JSON (${(error as Error).message}); restore it from version control or delete it to start over`, { location: { file }, cause: error });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { version?: unknown }).version !== 1 || !Array.isArray((data as { deployments?: unknown }).deployments)) {
    throw new MlgateError('input', `the local release store ${file} is not an mlgate release store: expected { version: 1, next_id, next_status_id, deployments: [...] }`, { location: { file } });
  }
  const parsed = storeFile.safeParse(data);
  if (!parsed.success) throw damaged(file, schemaProblems(data, parsed.error), parsed.error);
  const problems = invariantProblems(parsed.data);
  if (problems.length) throw damaged(file, problems);
  return parsed.data;
}
