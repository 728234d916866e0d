/** Drift inside `validate`/`check`: the dataset's reference against the current data, column by column. */
import { createCache } from '../adapters/storage.js';
import type { DatasetConfig } from '../domain/config/schema.js';
import { evaluateDrift } from '../domain/drift/evaluate.js';
import { exactCollector } from '../io/data/column-values.js';
import { loadReference } from '../io/data/drift-reference.js';
import { sortSettings } from '../io/data/read-dataset.js';
import { sortColumns } from '../io/workers/sort-workers.js';
import type { DriftHook, DriftStep } from './drift-types.js';
import type { CommandContext } from './types.js';

/**
 * Loads the reference of a dataset's drift; the current data's values are collected by the
 * validation pass into `collector` (one read for checks and drift), then `finish` scores them.
 */
export async function prepareDrift(dataset: DatasetConfig, root: string, context: CommandContext, where: string): Promise<DriftStep> {
  const reference = await loadReference(dataset, root, where, { cwd: context.cwd, env: context.env, cache: createCache(context) });
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
