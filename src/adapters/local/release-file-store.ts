import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { MlgateError } from '../../domain/errors.js';
import type { DeploymentState, ReleaseRecord, ReleaseStatus, ReleaseStore } from '../../ports.js';

/** `.mlgate/releases.json`: every deployment the local backend has recorded, with its statuses. */
interface StoreFile {
  version: 1;
  next_id: number;
  next_status_id: number;
  deployments: StoredDeployment[];
}

interface StoredDeployment {
  id: number;
  environment: string;
  ref: string;
  sha: string;
  task: string;
  description: string;
  created_at: string;
  creator: string;
  production_environment: boolean;
  transient_environment: boolean;
  payload: unknown;
  /** Oldest first, as written. */
  statuses: StoredStatus[];
}

interface StoredStatus {
  id: number;
  state: DeploymentState;
  description: string;
  created_at: string;
  environment_url?: string;
  log_url?: string;
}

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

function emptyStore(): StoreFile {
  return { version: 1, next_id: 1, next_status_id: 1, deployments: [] };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The local release store. Every change runs under an exclusive lock file (created with O_EXCL), re-reads
 * the file under the lock, and replaces it atomically (write a temp file, then rename), so two processes
 * releasing at once never lose a record and a reader never sees half a file.
 */
export class ReleaseFileStore implements ReleaseStore {
  readonly kind = 'local' as const;
  readonly file: string;
  private readonly lockFile: string;
  private readonly options: Required<Omit<FileStoreOptions, 'resolveSha'>> & Pick<FileStoreOptions, 'resolveSha'>;

  constructor(file: string, options: FileStoreOptions = {}) {
    this.file = file;
    this.lockFile = `${file}.lock`;
    this.options = {
      creator: options.creator ?? process.env.USER ?? process.env.USERNAME ?? 'local',
      lockTimeoutMs: options.lockTimeoutMs ?? 30_000,
      staleLockMs: options.staleLockMs ?? 30_000,
      now: options.now ?? (() => new Date()),
      resolveSha: options.resolveSha,
    };
  }

  async list(environment: string): Promise<ReleaseRecord[]> {
    const data = await this.read();
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

  private async read(): Promise<StoreFile> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyStore();
      throw new MlgateError('input', `cannot read the local release store ${this.file}: ${String(error)}`, { location: { file: this.file }, cause: error });
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new MlgateError('input', `the local release store ${this.file} is not valid JSON (${(error as Error).message}); restore it from version control or delete it to start over`, { location: { file: this.file }, cause: error });
    }
    const d = data as Partial<StoreFile> | null;
    if (!d || d.version !== 1 || !Array.isArray(d.deployments) || typeof d.next_id !== 'number' || typeof d.next_status_id !== 'number') {
      throw new MlgateError('input', `the local release store ${this.file} is not an mlgate release store: expected { version: 1, next_id, next_status_id, deployments: [...] }`, { location: { file: this.file } });
    }
    return d as StoreFile;
  }

  private async update<T>(change: (data: StoreFile) => T): Promise<T> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const token = await this.lock();
    try {
      const data = await this.read();
      const result = change(data);
      const temp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(temp, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
      await rename(temp, this.file);
      return result;
    } finally {
      await this.unlock(token);
    }
  }

  private async lock(): Promise<string> {
    const token = `${hostname()} ${process.pid} ${randomBytes(6).toString('hex')}`;
    const deadline = Date.now() + this.options.lockTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      try {
        const handle = await open(this.lockFile, 'wx');
        try {
          await handle.writeFile(token, 'utf8');
        } finally {
          await handle.close();
        }
        return token;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new MlgateError('input', `cannot create the lock ${this.lockFile}: ${String(error)}`, { location: { file: this.lockFile }, cause: error });
        }
      }
      if (await this.breakStaleLock()) continue;
      if (Date.now() > deadline) {
        throw new MlgateError('input', `the local release store is locked by another mlgate process (${this.lockFile}); wait for it, or delete the lock file if no mlgate is running`, { location: { file: this.lockFile } });
      }
      await sleep(Math.min(100, 5 + attempt * 2) + Math.random() * 10);
    }
  }

  /** A lock is stale when its holder on this host is gone, or it is older than staleLockMs. */
  private async breakStaleLock(): Promise<boolean> {
    let content: string;
    let mtimeMs: number;
    try {
      content = await readFile(this.lockFile, 'utf8');
      mtimeMs = (await stat(this.lockFile)).mtimeMs;
    } catch {
      return true; // released meanwhile: try again at once
    }
    if (!isStale(content, mtimeMs, this.options.staleLockMs)) return false;
    // Move it aside, then check we moved the lock we judged stale (not a fresh one that replaced it).
    const aside = `${this.lockFile}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
    try {
      await rename(this.lockFile, aside);
    } catch {
      return true;
    }
    const moved = await readFile(aside, 'utf8').catch(() => '');
    if (moved !== content) {
      // A fresh lock: put it back (link fails if yet another process took the lock meanwhile).
      await link(aside, this.lockFile).catch(() => undefined);
    }
    await rm(aside, { force: true });
    return true;
  }

  private async unlock(token: string): Promise<void> {
    const content = await readFile(this.lockFile, 'utf8').catch(() => undefined);
    if (content === token) await unlink(this.lockFile).catch(() => undefined);
  }
}

function isStale(content: string, mtimeMs: number, staleMs: number): boolean {
  if (Date.now() - mtimeMs > staleMs) return true;
  const [host, pidText] = content.split(' ');
  if (host !== hostname() || !pidText || !/^\d+$/.test(pidText)) return false;
  try {
    process.kill(Number(pidText), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
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

function toRecord(d: StoredDeployment): ReleaseRecord {
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
  };
}
