/** Drift inside `validate`/`check`: the dataset's reference against the current data, column by column. */
import { createCache } from '../adapters/storage.js';
import type { DatasetConfig } from '../domain/config/schema.js';
import { evaluateDrift, evaluateDriftColumns } from '../domain/drift/evaluate.js';
import { profileDistributions, type DatasetProfile } from '../domain/profile/dataset.js';
import { exactCollector } from '../io/data/column-values.js';
import { loadReference, type ReferenceDistributions, type ReferenceReading } from '../io/data/drift-reference.js';
import { sortSettings } from '../io/data/read-dataset.js';
import { sortColumns } from '../io/workers/sort-workers.js';
import type { DriftHook, DriftStep } from './drift-types.js';
import { storeChoice } from './invocation.js';
import type { CommandContext, Invocation } from './types.js';

/** Waits for the reference's distributions to be cached (`ReferenceDistributions.saved`); a failure is a warning. */
export async function warnUnsaved(reference: ReferenceDistributions, dataset: string, context: Pick<CommandContext, 'log'>): Promise<void> {
  const failure = await reference.saved;
  if (failure) context.log.warning(`drift ${dataset}: ${failure}`);
}

/**
 * Loads the reference of a dataset's drift; the current data's values are collected by the
 * validation pass into `collector` (one read for checks and drift), then `finish` scores them.
 */
export async function prepareDrift(dataset: DatasetConfig, root: string, context: CommandContext, where: string, production?: ReferenceReading['production'], profile?: DatasetProfile): Promise<DriftStep> {
  const reference = await loadReference(dataset, root, where, { cwd: context.cwd, env: context.env, cache: createCache(context), ...(context.progress ? { progress: context.progress } : {}), ...(production ? { production } : {}), alongside: !profile });
  if ('skipped' in reference) return { finish: () => Promise.resolve([{ column: '(dataset)', method: dataset.drift!.method, score: 0, threshold: 0, status: 'skipped', message: reference.skipped }]) };
  context.log.info(`drift ${dataset.name}: reference from ${reference.source}`);
  if (profile) {
    const results = evaluateDrift({ reference: await reference.columns, current: profileDistributions(profile), config: dataset.drift!, columns: dataset.columns });
    await warnUnsaved(reference, dataset.name, context);
    return { finish: () => Promise.resolve(results) };
  }
  const collector = exactCollector();
  const sorting = sortSettings(context.env);
  // Reference data read on a worker thread meanwhile (`busyThreads`): the current data's read has the other threads.
  const busy = reference.busyThreads ?? 0;
  let referenceRead = busy === 0;
  if (!referenceRead) void Promise.resolve(reference.columns).then(() => (referenceRead = true), () => (referenceRead = true));
  return {
    collector,
    ...(busy ? { threads: Math.max(1, sorting.threads - busy) } : {}),
    finish: async () => {
      if (!referenceRead) {
        // The worker is still at the reference: the current data's values are sorted here meanwhile, with its help once it is done.
        const current = await collector.finish((columns) => sortColumns(columns, { ...sorting, spareOnly: true }));
        const results = evaluateDrift({ reference: await reference.columns, config: dataset.drift!, columns: dataset.columns, current });
        await warnUnsaved(reference, dataset.name, context);
        return results;
      }
      const inputs = { reference: await reference.columns, config: dataset.drift!, columns: dataset.columns };
      // The columns that need no sort are scored while the others' values are sorted (the worker threads take more of them).
      let ready: ReturnType<typeof evaluateDriftColumns> | undefined;
      const current = await collector.finish(
        (columns) => sortColumns(columns, sorting),
        (done) => (ready = evaluateDriftColumns({ ...inputs, current: done }, done.keys())),
      );
      const results = evaluateDrift({ ...inputs, current }, ready);
      await warnUnsaved(reference, dataset.name, context);
      return results;
    },
  };
}

/**
 * The hook `runValidation` calls for a dataset with `drift:`. The release and evidence stores (and the GitHub
 * client under them, ~1.3 MB of code) are loaded only for `reference: production`.
 */
export function driftHook({ dataset, loaded, context, profile }: Parameters<DriftHook>[0], invocation: Invocation): ReturnType<DriftHook> {
  const index = loaded.config.datasets.indexOf(dataset);
  // A wrong --store is an error even when the stores are never opened.
  storeChoice(invocation);
  const production: ReferenceReading['production'] = async (name) => {
    const [{ evidenceFactory, storeFactory }, { productionProfile }] = await Promise.all([import('./compare.js'), import('./production-evidence.js')]);
    return productionProfile(name, loaded.config, { store: storeFactory(invocation, context), evidence: evidenceFactory(invocation, context) });
  };
  return prepareDrift(dataset, loaded.root, context, `datasets[${index}].drift.reference (${dataset.name})`, production, profile);
}
