import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Cache } from '../../ports.js';

const keyDir = (key: string): string => key.replace(/[^A-Za-z0-9._-]/g, '_');

/** A cache outside a runner: `<root>/<key>/<n>/` holds a copy of the n-th path. Exact keys only. */
export class LocalCache implements Cache {
  readonly kind = 'local';

  constructor(
    readonly root: string,
    private readonly cwd: string,
  ) {}

  async restore(paths: readonly string[], key: string): Promise<string | undefined> {
    const dir = path.join(this.root, keyDir(key));
    try {
      await stat(dir);
    } catch {
      return undefined;
    }
    for (const [i, p] of paths.entries()) {
      const from = path.join(dir, String(i));
      try {
        await stat(from);
      } catch {
        return undefined;
      }
      const to = path.resolve(this.cwd, p);
      await mkdir(path.dirname(to), { recursive: true });
      await cp(from, to, { recursive: true });
    }
    return key;
  }

  async save(paths: readonly string[], key: string): Promise<void> {
    const dir = path.join(this.root, keyDir(key));
    const tmp = `${dir}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    for (const [i, p] of paths.entries()) await cp(path.resolve(this.cwd, p), path.join(tmp, String(i)), { recursive: true });
    // Copied once, then put in place by a rename (the same directory): a reader never sees half an entry.
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
  }
}
