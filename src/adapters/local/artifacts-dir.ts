import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { inputError, usageError } from '../../domain/errors.js';
import type { ArtifactRef, Artifacts } from '../../ports.js';

const NAME_RE = /^[^\\/":<>|*?\r\n]+$/;

/** Artifacts outside a runner: `<root>/<name>/<files relative to rootDirectory>`. */
export class LocalArtifacts implements Artifacts {
  readonly kind = 'local';

  constructor(readonly root: string) {}

  private dirOf(name: string): string {
    if (!NAME_RE.test(name)) throw usageError(`artifact name '${name}' contains a character artifacts do not allow (\\ / " : < > | * ? or a newline)`);
    return path.join(this.root, name);
  }

  async upload(name: string, files: readonly string[], rootDirectory: string): Promise<ArtifactRef> {
    const dir = this.dirOf(name);
    await rm(dir, { recursive: true, force: true });
    for (const f of files) {
      const rel = path.relative(rootDirectory, path.resolve(rootDirectory, f));
      if (rel.startsWith('..') || path.isAbsolute(rel)) throw usageError(`artifact file '${f}' is not under its root directory '${rootDirectory}'`);
      const target = path.join(dir, rel);
      await mkdir(path.dirname(target), { recursive: true });
      await cp(path.resolve(rootDirectory, f), target);
    }
    return { name, location: dir };
  }

  async download(name: string, destination: string): Promise<string> {
    const dir = this.dirOf(name);
    try {
      await stat(dir);
    } catch {
      const have = await readdir(this.root).catch(() => [] as string[]);
      throw inputError(`no artifact named '${name}' in ${this.root}; found: ${have.join(', ') || '(none)'}`);
    }
    await mkdir(destination, { recursive: true });
    await cp(dir, destination, { recursive: true });
    return destination;
  }
}
