/** The monitor's data part: each fresh dataset validated with its configured checks and its drift measured against the live release's profile. */
import path from 'node:path';
import { createCache } from '../adapters/storage.js';
import type { DatasetConfig, ModelConfig } from '../domain/config/schema.js';
import { evaluateDrift } from '../domain/drift/evaluate.js';
import type { Baseline } from '../domain/gate/evaluate.js';
import { profileDatasetResult } from '../domain/profile/checks.js';
import { profileDistributions } from '../domain/profile/dataset.js';
import type { DatasetResult } from '../domain/results.js';
import { DatasetValidator, DEFAULT_MAX_EXAMPLES } from '../domain/validation/dataset-validator.js';
import { resolveDataFiles } from '../io/data/files.js';
import { loadReference, type ReferenceReading } from '../io/data/drift-reference.js';
import { readForValidation } from '../io/data/read-dataset.js';
import type { LoadedConfig } from '../io/files/config-file.js';
import { readProfileFile } from '../io/files/profile-file.js';
import type { EvidenceStore } from '../ports.js';
import { prepareDrift, warnUnsaved } from './drift-step.js';
import { productionFile } from './production-evidence.js';
import type { CommandContext } from './types.js';

export interface MonitorDataInput {
  loaded: LoadedConfig;
  model: ModelConfig;
  modelIndex: number;
  /** The live release as a baseline (its evidence holds the profiles), undefined when nothing is live. */
  live: Baseline | undefined;
  environment: string;
  evidence: () => Promise<EvidenceStore>;
  context: CommandContext;
  now?: number;
}

export interface MonitorDataResult {
  datasets: DatasetResult[];
  /** What the user should know that is not a finding (checks that do not apply to fresh data). */
  notes: string[];
}

/** A fresh file named `.json` is a profile made elsewhere (data files are .csv .tsv .jsonl .ndjson .parquet). */
const isProfile = (fresh: string | readonly string[]): fresh is string => typeof fresh === 'string' && /\.json$/i.test(fresh);

/**
 * The configured dataset as the monitor reads it: the fresh path, drift always against the live release's profile
 * (with the dataset's own drift settings when it has them), and no leakage check (it compares two datasets of one
 * training run, not production data).
 */
export function freshDataset(dataset: DatasetConfig, fresh: string | string[]): DatasetConfig {
  const { leakage: _leakage, ...rest } = dataset;
  return { ...rest, path: fresh, drift: { ...(dataset.drift ?? { method: 'auto' }), reference: 'production' } };
}

export async function monitorData(input: MonitorDataInput): Promise<MonitorDataResult> {
  const { loaded, context } = input;
  const data = input.model.monitor?.data ?? {};
  const now = input.now ?? Date.now();
  const production: ReferenceReading['production'] = (name) => productionFile(input.live, input.environment, { profile: name }, input.evidence);
  const results: DatasetResult[] = [];
  const notes: string[] = [];
  for (const [name, fresh] of Object.entries(data)) {
    const configured = loaded.config.datasets.find((d) => d.name === name)!;
    if (configured.leakage) notes.push(`${name}: the leakage check (against ${configured.leakage.against}) does not apply to fresh production data and was not run`);
    const dataset = freshDataset(configured, fresh);
    const where = `models[${input.modelIndex}].monitor.data.${name}`;
    if (isProfile(fresh)) {
      const profile = await readProfileFile(path.resolve(loaded.root, fresh), fresh);
      const result = profileDatasetResult(profile, dataset);
      const reference = await loadReference(dataset, loaded.root, where, { cwd: context.cwd, env: context.env, cache: createCache(context), production });
      result.drift =
        'skipped' in reference
          ? [{ column: '(dataset)', method: dataset.drift!.method, score: 0, threshold: 0, status: 'skipped', message: reference.skipped }]
          : evaluateDrift({ reference: await reference.columns, current: profileDistributions(profile), config: dataset.drift!, columns: dataset.columns });
      if (!('skipped' in reference)) await warnUnsaved(reference, dataset.name, context);
      results.push(result);
      continue;
    }
    const files = await resolveDataFiles(fresh, loaded.root, where, context.cwd);
    const maxExamples = dataset.max_examples ?? loaded.config.report?.max_examples ?? DEFAULT_MAX_EXAMPLES;
    const validator = new DatasetValidator(dataset, { now, maxExamples }, {});
    const drift = await prepareDrift(dataset, loaded.root, context, where, production);
    await readForValidation(files, dataset, validator, { env: context.env, now, maxExamples, ...(drift.collector ? { drift: drift.collector } : {}), ...(drift.threads ? { threads: drift.threads } : {}) });
    const result = validator.finish();
    result.drift = await drift.finish();
    results.push(result);
  }
  return { datasets: results, notes };
}
