/**
 * The reference side of drift: data files (read exactly, their exact distributions cached), or a
 * profile JSON. Used by `validate`/`check` (drift-step) and by `merge-profiles`.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DatasetConfig } from '../../domain/config/schema.js';
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import { inputError, MlgateError } from '../../domain/errors.js';
import { profileDistributions } from '../../domain/profile/dataset.js';
import type { Cache, Progress } from '../../ports.js';
import { VERSION } from '../../version.js';
import { DISTRIBUTIONS_VERSION, readDistributionsDir, writeDistributionsDir } from '../files/distributions-file.js';
import { readProfileFile } from '../files/profile-file.js';
import { readExactDistributions } from './distributions.js';
import { resolveDataFiles, type DataFile } from './files.js';
import { contentHash } from './profile-data.js';
import { planAhead, readsAlongside } from './read-dataset.js';

export interface ReferenceDistributions {
  /** A promise when the reference is read alongside the current data (`ReferenceReading.alongside`). */
  columns: Map<string, ColumnDistribution> | Promise<Map<string, ColumnDistribution>>;
  /** Threads the reference read holds until `columns` resolves (read alongside): the current data's read has the others. */
  busyThreads?: number;
  /** How the reference was read, for the log. */
  source: string;
  /**
   * Reference data read afresh: their distributions being written to the cache meanwhile (the comparison
   * need not wait). Resolves when done, to why they could not be cached when that failed (never rejects).
   */
  saved?: Promise<string | undefined>;
}

export interface ReferenceReading {
  /** Where relative paths shown to the user start. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Where the reference data's distributions are kept between runs. */
  cache: Cache;
  /** Progress of reading reference data. */
  progress?: Progress;
  /**
   * The caller reads the current data next and awaits the columns only then: reference data may be read on a worker
   * thread meanwhile (`readsAlongside`), the current data on this one.
   */
  alongside?: boolean;
  /** The profile of a dataset stored with the live release (`reference: production`), written to a file; or why not. */
  production?: (dataset: string) => Promise<{ ok: true; file: string; release: string; dispose: () => Promise<void> } | { ok: false; reason: string }>;
}

/** JSON with object keys sorted, so the same settings always hash alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Cache key of a reference's distributions: everything that shapes them — the data (content hash over the
 * files' names and bytes), how they are read (format, delimiter, the dataset's column settings, which decide
 * each column's type), the cache format and mlgate's version (a reader's fix changes what is read).
 */
export function referenceCacheKey(dataset: DatasetConfig, hash: string): string {
  const shaping = canonicalJson({ mlgate: VERSION, cache: DISTRIBUTIONS_VERSION, data: hash, format: dataset.format, delimiter: dataset.delimiter, columns: dataset.columns ?? {} });
  const slug = dataset.name.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 40);
  return `mlgate-reference-v${DISTRIBUTIONS_VERSION}-${slug}-${createHash('sha256').update(shaping).digest('hex').slice(0, 40)}`;
}

/**
 * Reference data: read exactly, their exact distributions cached (by a key over everything that shapes them),
 * so a cached run scores exactly what an uncached run does.
 */
async function referenceFromData(files: readonly DataFile[], dataset: DatasetConfig, reading: ReferenceReading): Promise<ReferenceDistributions> {
  // Read alongside the current data (two threads): the worker starts on the reference while this thread hashes it,
  // and stops if its distributions are cached. Else a worker plans the columns from the first rows meanwhile.
  // Either is awaited before this returns, so that the worker is free again when the current data are read.
  const alongside = reading.alongside === true && (await readsAlongside(files, dataset, reading.env));
  const early = alongside ? (await import('../workers/reference-on-worker.js')).readReferenceOnWorker({ files: [...files], dataset, env: { ...reading.env }, progress: reading.progress !== undefined }, reading.progress) : undefined;
  const planning = early ? Promise.resolve(undefined) : planAhead(files, dataset, reading.env);
  let key: string;
  let restored: string | undefined;
  try {
    key = referenceCacheKey(dataset, await contentHash(files));
    restored = await reading.cache.restore([`.mlgate/reference/${key}`], key);
  } catch (error) {
    await early?.stop();
    throw error;
  }
  const { cache } = reading;
  const cached = `.mlgate/reference/${key}`;
  const cachedAbs = path.resolve(reading.cwd, cached);
  let unreadable = '';
  if (restored) {
    try {
      const columns = await readDistributionsDir(cachedAbs);
      await (early ? early.stop() : planning);
      return { columns, source: `cached distributions ${key} (${cache.kind} cache)` };
    } catch (error) {
      unreadable = `; the cached copy was unreadable (${error instanceof Error ? error.message : String(error)}), so it was read again`;
    }
  }
  const plans = await planning;
  const source = `reference data (${files.length} file${files.length === 1 ? '' : 's'}; distributions cached as ${key} in the ${cache.kind} cache${unreadable})`;
  const notCached = (error: unknown): string => `the distributions of the reference data could not be cached as ${key} (${error instanceof Error ? error.message : String(error)}); the next run reads the reference data again`;
  // Written while the current data are read (read alongside: while they are scored); nothing changes them meanwhile.
  const cacheThem = (columns: ReadonlyMap<string, ColumnDistribution>): Promise<string | undefined> =>
    writeDistributionsDir(cachedAbs, columns)
      .then(() => cache.save([cached], key))
      .then(() => undefined, notCached);
  if (early) {
    // Bad input is reported as a read here reports it; should the worker itself fail (out of memory: it has a small
    // heap), the reference is read here after all.
    const columns = early.columns.catch((error: unknown) => {
      if (error instanceof MlgateError) throw error;
      return readExactDistributions(files, dataset, reading.env, reading.progress);
    });
    return { columns, busyThreads: 1, source, saved: columns.then(cacheThem, () => undefined) };
  }
  const columns = await readExactDistributions(files, dataset, reading.env, reading.progress, plans);
  return { columns, source, saved: cacheThem(columns) };
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
