import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, readlink, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MlgateError } from '../../domain/errors.js';
import type { DeploymentState, ReleaseRecord, ReleaseStatus, ReleaseStore } from '../../ports.js';
import { FileLock } from './file-lock.js';
import { abandonedBecause, currentOwner } from './release-owner.js';
import { emptyStore, parseStoreFile, type StoreFile, type StoredDeployment, type StoredStatus } from './release-store-file.js';

export interface FileStoreOptions {
  /** Who is recorded as the creator (default: $USER). */
  creator?: string;
  /** Give up waiting for the lock after this long. */
  lockTimeoutMs?: number;
  /** A lock older than this is stale (its holder died). Operations under the lock take milliseconds. */
  staleLockMs?: number;
  /** Resolves `ref` to a commit (the local store has no git server). */
  resolveSha?: (ref: string) => string;
  now?: () => Date;
}

const TASK = 'deploy:mlgate';

/** States after which a deployment needs nothing more from the process that created it. */
const FINAL_STATES: ReadonlySet<DeploymentState> = new Set(['success', 'failure', 'error', 'inactive']);

/** Symbolic links a path may pass through before it counts as a loop (Linux's own limit). */
const MAX_LINKS = 40;

/**
 * The file `file` stands for: symbolic links followed (a store shared by several checkouts is a link to one
 * file), in a directory given by its real path, so every sharer writes and locks the same file. A dangling
 * link resolves to the file it will create.
 */
async function realStoreFile(file: string): Promise<string> {
  let current = path.resolve(file);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const info = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw new MlgateError('input', `cannot read the local release store ${file}: ${String(error)}`, { location: { file }, cause: error });
    });
    if (!info?.isSymbolicLink()) {
      const dir = await realpath(path.dirname(current)).catch(() => path.dirname(current));
      return path.join(dir, path.basename(current));
    }
    current = path.resolve(path.dirname(current), await readlink(current));
  }
  throw new MlgateError('input', `the local release store ${file} is a symbolic link that loops (more than ${MAX_LINKS} links); point it at a file`, { location: { file } });
}

/**
 * The local release store. Every change runs under an exclusive lock file beside the real file, re-reads the
 * file under the lock, checks it, and replaces it atomically (a temp file renamed over the real file, so a
 * symlinked store stays a link), so two processes releasing at once never lose a record and a reader never
 * sees half a file.
 */
export class ReleaseFileStore implements ReleaseStore {
  readonly kind = 'local' as const;
  readonly file: string;
  private readonly options: Required<Omit<FileStoreOptions, 'resolveSha'>> & Pick<FileStoreOptions, 'resolveSha'>;

  constructor(file: string, options: FileStoreOptions = {}) {
    this.file = file;
    this.options = {
      creator: options.creator ?? process.env.USER ?? process.env.USERNAME ?? 'local',
      lockTimeoutMs: options.lockTimeoutMs ?? 30_000,
      staleLockMs: options.staleLockMs ?? 30_000,
      now: options.now ?? (() => new Date()),
      resolveSha: options.resolveSha,
    };
  }

  async list(environment: string): Promise<ReleaseRecord[]> {
    const data = await this.read(await realStoreFile(this.file));
    return data.deployments
      .filter((d) => d.environment === environment)
      .sort((a, b) => b.id - a.id)
      .map(toRecord);
  }

  async create(request: Parameters<ReleaseStore['create']>[0]): Promise<ReleaseRecord> {
    return this.update((data) => {
      const deployment: StoredDeployment = {
        id: data.next_id++,
        environment: request.environment,
        ref: request.ref,
        sha: this.options.resolveSha?.(request.ref) ?? request.ref,
        task: TASK,
        description: request.description,
        created_at: this.options.now().toISOString(),
        creator: this.options.creator,
        production_environment: request.productionEnvironment ?? request.environment === 'production',
        transient_environment: request.transientEnvironment ?? false,
        payload: request.payload,
        statuses: [],
        owner: currentOwner(),
      };
      data.deployments.push(deployment);
      return toRecord(deployment);
    });
  }

  async setStatus(deploymentId: number, status: Parameters<ReleaseStore['setStatus']>[1]): Promise<ReleaseStatus> {
    return this.update((data) => {
      const deployment = data.deployments.find((d) => d.id === deploymentId);
      if (!deployment) throw new MlgateError('input', `the local release store ${this.file} has no deployment #${deploymentId}`, { location: { file: this.file } });
      const stored: StoredStatus = {
        id: data.next_status_id++,
        state: status.state,
        description: status.description,
        created_at: this.options.now().toISOString(),
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
      };
      deployment.statuses.push(stored);
      return toStatus(stored);
    });
  }

  /** How the store is named in messages: the path given, and the real file when it is a link. */
  private label(real: string): string {
    return path.resolve(this.file) === real ? this.file : `${this.file} (a link to ${real})`;
  }

  private async read(real: string): Promise<StoreFile> {
    let text: string;
    try {
      text = await readFile(real, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyStore();
      throw new MlgateError('input', `cannot read the local release store ${this.label(real)}: ${String(error)}`, { location: { file: this.file }, cause: error });
    }
    return parseStoreFile(text, this.label(real));
  }

  private async update<T>(change: (data: StoreFile) => T): Promise<T> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const real = await realStoreFile(this.file);
    await mkdir(path.dirname(real), { recursive: true });
    const lock = new FileLock(`${real}.lock`, { timeoutMs: this.options.lockTimeoutMs, staleMs: this.options.staleLockMs });
    return lock.hold(async () => {
      const data = await this.read(real);
      const result = change(data);
      const temp = `${real}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(temp, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
        await rename(temp, real);
      } catch (error) {
        await rm(temp, { force: true });
        throw new MlgateError('input', `cannot write the local release store ${this.label(real)}: ${String(error)}`, { location: { file: this.file }, cause: error });
      }
      return result;
    });
  }
}

function toStatus(s: StoredStatus): ReleaseStatus {
  return {
    id: s.id,
    state: s.state,
    description: s.description,
    createdAt: s.created_at,
    ...(s.environment_url ? { environmentUrl: s.environment_url } : {}),
    ...(s.log_url ? { logUrl: s.log_url } : {}),
  };
}

/** An unfinished deployment whose creating process is gone: it can never finish, and is reported as abandoned. */
function abandonment(d: StoredDeployment): string | undefined {
  const latest = d.statuses.reduce<StoredStatus | undefined>((newest, s) => (newest === undefined || s.id > newest.id ? s : newest), undefined);
  if (latest && FINAL_STATES.has(latest.state)) return undefined;
  return abandonedBecause(d.owner);
}

function toRecord(d: StoredDeployment): ReleaseRecord {
  const abandoned = abandonment(d);
  return {
    id: d.id,
    environment: d.environment,
    ref: d.ref,
    sha: d.sha,
    task: d.task,
    createdAt: d.created_at,
    creator: d.creator,
    payload: d.payload,
    statuses: [...d.statuses].sort((a, b) => b.id - a.id).map(toStatus),
    ...(abandoned ? { abandoned } : {}),
  };
}
