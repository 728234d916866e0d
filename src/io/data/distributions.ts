import type { DatasetConfig } from '../../domain/config/schema.js';
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import { categoricalProfileFromCounts, numericProfileFromSorted, type ColumnProfile } from '../../domain/profile/column.js';
import type { DatasetProfile } from '../../domain/profile/dataset.js';
import type { DataFile } from './files.js';
import { exactCollector } from './column-values.js';
import { contentHash } from './profile-data.js';
import { collectColumns, sortSettings } from './read-dataset.js';
import { sortColumns } from '../workers/sort-workers.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Exact distributions and a profile of the same files, in one pass (the profile is derived from the exact data). */
export async function readDistributionsAndProfile(files: readonly DataFile[], dataset: DatasetConfig, env: Env, hash?: string): Promise<{ columns: Map<string, ColumnDistribution>; profile: DatasetProfile }> {
  const c = exactCollector();
  const read = await collectColumns(files, dataset, c, env);
  const sorting = sortSettings(env);
  const columns = await c.finish((arrays) => sortColumns(arrays, sorting));
  const profiled: ColumnProfile[] = [];
  for (const [name, d] of columns) {
    const type = c.types.get(name);
    profiled.push(d.kind === 'numeric' ? numericProfileFromSorted(name, d.sample.values, d.nulls, {}, type) : categoricalProfileFromCounts(name, d.counts, d.nulls, {}, type));
  }
  const profile: DatasetProfile = { dataset: dataset.name, rows: read.rows, columns: profiled, sources: read.sources, parts: 1, contentHash: hash ?? (await contentHash(files)) };
  return { columns, profile };
}
