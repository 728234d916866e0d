import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { MlgateError } from '../../domain/errors.js';

export interface FileLockOptions {
  /** Give up waiting for the lock after this long. */
  timeoutMs: number;
  /** A lock older than this is stale (its holder died). Operations under the lock take milliseconds. */
  staleMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** An exclusive lock file (created with O_EXCL) holding `host pid token`; a lock whose holder died is broken. */
export class FileLock {
  constructor(
    readonly lockFile: string,
    private readonly options: FileLockOptions,
  ) {}

  /** Runs `work` while holding the lock. */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    const token = await this.acquire();
    try {
      return await work();
    } finally {
      await this.release(token);
    }
  }

  private async acquire(): Promise<string> {
    const token = `${hostname()} ${process.pid} ${randomBytes(6).toString('hex')}`;
    const deadline = Date.now() + this.options.timeoutMs;
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
      if (await this.breakStale()) continue;
      if (Date.now() > deadline) {
        throw new MlgateError('input', `the local release store is locked by another mlgate process (${this.lockFile}); wait for it, or delete the lock file if no mlgate is running`, { location: { file: this.lockFile } });
      }
      await sleep(Math.min(100, 5 + attempt * 2) + Math.random() * 10);
    }
  }

  /** A lock is stale when its holder on this host is gone, or it is older than staleMs. */
  private async breakStale(): Promise<boolean> {
    let content: string;
    let mtimeMs: number;
    try {
      content = await readFile(this.lockFile, 'utf8');
      mtimeMs = (await stat(this.lockFile)).mtimeMs;
    } catch {
      return true; // released meanwhile: try again at once
    }
    if (!isStale(content, mtimeMs, this.options.staleMs)) return false;
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

  private async release(token: string): Promise<void> {
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
