import type { DatasetConfig } from '../../domain/config/schema.js';
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import type { Progress } from '../../ports.js';
import type { DataFile } from './files.js';
import { exactCollector, type ColumnPlan } from './column-values.js';
import { collectColumns, sortSettings } from './read-dataset.js';
import { ReadProgress } from './read-progress.js';
import { sortColumns } from '../workers/sort-workers.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Exact distributions of every column of `files`, read with the dataset's format settings and column types (`plans`: see `collectColumns`). */
export async function readExactDistributions(files: readonly DataFile[], dataset: DatasetConfig, env: Env, progress?: Progress, plans?: ReadonlyMap<string, ColumnPlan>): Promise<Map<string, ColumnDistribution>> {
  const c = exactCollector();
  const reading = await ReadProgress.start(progress, `reading the drift reference of ${dataset.name}`, files);
  try {
    await collectColumns(files, dataset, c, env, reading, plans);
  } finally {
    reading?.end();
  }
  const sorting = sortSettings(env);
  return c.finish((columns) => sortColumns(columns, sorting));
}
