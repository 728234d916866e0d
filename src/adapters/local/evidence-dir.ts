import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceStore } from '../../ports.js';

/** Where the local store keeps evidence, relative to the working directory (beside releases.json). */
export const LOCAL_EVIDENCE_DIR = path.join('.mlgate', 'evidence');

/** Evidence as files under `.mlgate/evidence/<environment>/<model>/<version>-<key>/`; a location is the path below the root. */
export class EvidenceDir implements EvidenceStore {
  readonly kind = 'local' as const;
  constructor(private readonly root: string) {}

  async save(prefix: string, items: readonly { name: string; bytes: Uint8Array }[]): Promise<Map<string, string>> {
    const dir = this.resolve(prefix);
    const staging = `${dir}.partial-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const out = new Map<string, string>();
    for (const item of items) {
      await writeFile(path.join(staging, item.name), item.bytes);
      out.set(item.name, `${prefix}/${item.name}`);
    }
    // The whole release's evidence appears at once; a rerun of the same release replaces it.
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
    return out;
  }

  load(location: string): Promise<Buffer> {
    return readFile(this.resolve(location));
  }

  private resolve(relative: string): string {
    const abs = path.resolve(this.root, relative);
    if (abs !== this.root && !abs.startsWith(this.root + path.sep)) throw new Error(`evidence location '${relative}' is outside ${this.root}`);
    return abs;
  }
}
