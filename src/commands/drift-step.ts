/**
 * Drift inside `validate`: the reference (data files, a profile JSON, or a cached profile of the
 * reference data keyed by its content hash) against the current data, column by column.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createCache } from '../adapters/storage.js';
import type { DatasetConfig } from '../domain/config/schema.js';
import type { ColumnDistribution } from '../domain/drift/distribution.js';
import { evaluateDrift } from '../domain/drift/evaluate.js';
import { inputError } from '../domain/errors.js';
import { profileDistributions } from '../domain/profile/dataset.js';
import { PROFILE_VERSION, profileToJson } from '../domain/profile/format.js';
import { resolveDataFiles, type DataFile } from '../io/files.js';
import { readDistributionsAndProfile } from '../io/distributions.js';
import { exactCollector } from '../io/column-values.js';
import { contentHash } from '../io/profile-data.js';
import { sortSettings } from '../io/read-dataset.js';
import { sortColumns } from '../io/sort-workers.js';
import { readProfileFile } from './merge-profiles.js';
import type { CommandContext } from './types.js';
import type { DriftHook, DriftStep } from './validate.js';

export interface ReferenceDistributions {
  columns: Map<string, ColumnDistribution>;
  /** How the reference was read, for the log. */
  source: string;
}

/** Cache key of a reference's profile: profile format version + dataset + the data's content hash. */
export const referenceCacheKey = (dataset: string, hash: string): string => `mlgate-profile-v${PROFILE_VERSION}-${dataset}-${hash.replace(/^sha256:/, '').slice(0, 40)}`;

async function referenceFromData(files: readonly DataFile[], dataset: DatasetConfig, context: CommandContext): Promise<ReferenceDistributions> {
  const hash = await contentHash(files);
  const key = referenceCacheKey(dataset.name, hash);
  const cache = createCache(context);
  const cached = `.mlgate/reference/${dataset.name}.profile.json`;
  const cachedAbs = path.resolve(context.cwd, cached);
  const hit = await cache.restore([cached], key);
  if (hit) {
    const profile = await readProfileFile(cachedAbs, `cached reference profile ${key}`);
    return { columns: profileDistributions(profile), source: `cached profile ${key} (${cache.kind} cache)` };
  }
  // Miss: exact drift from the raw reference, and its profile saved for the next run.
  const { columns, profile } = await readDistributionsAndProfile(files, { ...dataset, name: dataset.name }, context.env, hash);
  await mkdir(path.dirname(cachedAbs), { recursive: true });
  await writeFile(cachedAbs, `${JSON.stringify(profileToJson(profile))}\n`, 'utf8');
  await cache.save([cached], key);
  return { columns, source: `reference data (${files.length} file${files.length === 1 ? '' : 's'}; profile cached as ${key} in the ${cache.kind} cache)` };
}

export async function loadReference(dataset: DatasetConfig, root: string, context: CommandContext, where: string): Promise<ReferenceDistributions | { skipped: string }> {
  const ref = dataset.drift!.reference;
  if (ref === 'production') return { skipped: 'reference `production` (the profile stored with the live release) is not available in this version; point `drift.reference` at a data file or a profile JSON' };
  if (/\.json$/i.test(ref)) {
    const file = path.resolve(root, ref);
    const profile = await readProfileFile(file, ref);
    return { columns: profileDistributions(profile), source: `profile ${ref}` };
  }
  const files = await resolveDataFiles(ref, root, where, context.cwd);
  if (files.length === 0) throw inputError(`${where}: no reference data`, { file: ref });
  // Reference data are read with the dataset's own format settings and column types.
  return referenceFromData(files, dataset, context);
}

/**
 * Loads the reference of a dataset's drift; the current data's values are collected by the
 * validation pass into `collector` (one read for checks and drift), then `finish` scores them.
 */
export async function prepareDrift(dataset: DatasetConfig, root: string, context: CommandContext, where: string): Promise<DriftStep> {
  const reference = await loadReference(dataset, root, context, where);
  if ('skipped' in reference) return { finish: () => Promise.resolve([{ column: '(dataset)', method: dataset.drift!.method, score: 0, threshold: 0, status: 'skipped', message: reference.skipped }]) };
  context.log.info(`drift ${dataset.name}: reference from ${reference.source}`);
  const collector = exactCollector();
  const sorting = sortSettings(context.env);
  return { collector, finish: async () => evaluateDrift({ reference: reference.columns, current: await collector.finish((arrays) => sortColumns(arrays, sorting)), config: dataset.drift!, columns: dataset.columns }) };
}

/** The hook `runValidation` calls for a dataset with `drift:`. */
export const driftHook: DriftHook = ({ dataset, loaded, context }) => {
  const index = loaded.config.datasets.indexOf(dataset);
  return prepareDrift(dataset, loaded.root, context, `datasets[${index}].drift.reference (${dataset.name})`);
};
