/**
 * The reference side of drift: data files (read exactly, their profile cached by content hash), or a
 * profile JSON. Used by `validate`/`check` (drift-step) and by `merge-profiles`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatasetConfig } from '../../domain/config/schema.js';
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import { inputError } from '../../domain/errors.js';
import { profileDistributions } from '../../domain/profile/dataset.js';
import { PROFILE_VERSION, profileToJson } from '../../domain/profile/format.js';
import type { Cache } from '../../ports.js';
import { readProfileFile } from '../files/profile-file.js';
import { readDistributionsAndProfile } from './distributions.js';
import { resolveDataFiles, type DataFile } from './files.js';
import { contentHash } from './profile-data.js';

export interface ReferenceDistributions {
  columns: Map<string, ColumnDistribution>;
  /** How the reference was read, for the log. */
  source: string;
}

export interface ReferenceReading {
  /** Where relative paths shown to the user start. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Where the reference data's profile is kept between runs. */
  cache: Cache;
  /** The profile of a dataset stored with the live release (`reference: production`), written to a file; or why not. */
  production?: (dataset: string) => Promise<{ ok: true; file: string; release: string; dispose: () => Promise<void> } | { ok: false; reason: string }>;
}

/** Cache key of a reference's profile: profile format version + dataset + the data's content hash. */
export const referenceCacheKey = (dataset: string, hash: string): string => `mlgate-profile-v${PROFILE_VERSION}-${dataset}-${hash.replace(/^sha256:/, '').slice(0, 40)}`;

async function referenceFromData(files: readonly DataFile[], dataset: DatasetConfig, reading: ReferenceReading): Promise<ReferenceDistributions> {
  const hash = await contentHash(files);
  const key = referenceCacheKey(dataset.name, hash);
  const { cache } = reading;
  const cached = `.mlgate/reference/${dataset.name}.profile.json`;
  const cachedAbs = path.resolve(reading.cwd, cached);
  const hit = await cache.restore([cached], key);
  if (hit) {
    const profile = await readProfileFile(cachedAbs, `cached reference profile ${key}`);
    return { columns: profileDistributions(profile), source: `cached profile ${key} (${cache.kind} cache)` };
  }
  // Miss: exact drift from the raw reference, and its profile saved for the next run.
  const { columns, profile } = await readDistributionsAndProfile(files, { ...dataset, name: dataset.name }, reading.env, hash);
  await mkdir(path.dirname(cachedAbs), { recursive: true });
  await writeFile(cachedAbs, `${JSON.stringify(profileToJson(profile))}\n`, 'utf8');
  await cache.save([cached], key);
  return { columns, source: `reference data (${files.length} file${files.length === 1 ? '' : 's'}; profile cached as ${key} in the ${cache.kind} cache)` };
}

/** The reference of `dataset.drift`, or why it cannot be had; `where` names the config field in errors. */
export async function loadReference(dataset: DatasetConfig, root: string, where: string, reading: ReferenceReading): Promise<ReferenceDistributions | { skipped: string }> {
  const ref = dataset.drift!.reference;
  if (ref === 'production') {
    if (!reading.production) return { skipped: 'reference `production` needs the release store, which this command does not open' };
    const stored = await reading.production(dataset.name);
    if (!stored.ok) return { skipped: `reference \`production\` could not be used: ${stored.reason}` };
    try {
      const profile = await readProfileFile(stored.file, `the profile of ${dataset.name} stored with ${stored.release}`);
      return { columns: profileDistributions(profile), source: `the profile stored with the live release ${stored.release}` };
    } finally {
      await stored.dispose();
    }
  }
  if (/\.json$/i.test(ref)) {
    const file = path.resolve(root, ref);
    const profile = await readProfileFile(file, ref);
    return { columns: profileDistributions(profile), source: `profile ${ref}` };
  }
  const files = await resolveDataFiles(ref, root, where, reading.cwd);
  if (files.length === 0) throw inputError(`${where}: no reference data`, { file: ref });
  // Reference data are read with the dataset's own format settings and column types.
  return referenceFromData(files, dataset, reading);
}
