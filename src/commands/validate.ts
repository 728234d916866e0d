import path from 'node:path';
import { emitAnnotations } from '../adapters/actions/annotations.js';
import type { DatasetConfig } from '../domain/config/schema.js';
import { usageError } from '../domain/errors.js';
import type { DatasetResult, ValidationResult } from '../domain/results.js';
import { DatasetValidator, DEFAULT_MAX_EXAMPLES, type KeySet } from '../domain/validation/dataset-validator.js';
import { renderReport } from '../domain/report/index.js';
import { HashSet64 } from '../domain/validation/hash-set.js';
import { hashRow } from '../domain/validation/dataset-validator.js';
import { failedErrorChecks, validationText, validationVerdict } from '../domain/validation/verdict.js';
import { resolveDataFiles, type DataFile } from '../io/data/files.js';
import type { LoadedConfig } from '../io/files/config-file.js';
import { readDataset, readForValidation } from '../io/data/read-dataset.js';
import { ReadProgress } from '../io/data/read-progress.js';
import { lazyDriftHook } from './drift-hook.js';
import { profileDatasetResult } from '../domain/profile/checks.js';
import { leakageKeySets } from '../domain/profile/row-checks.js';
import type { DatasetProfile } from '../domain/profile/dataset.js';
import { loadConfig, optionLabel, stringOption } from './invocation.js';
import { configOption, datasetOption, jsonOption, Opt, storeOption, tokenOption } from './options.js';
import type { DriftHook } from './drift-types.js';
import { lazyProductionDataHook, type ProductionDataHook } from './data-vs-production-hook.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export interface ValidationOptions {
  /** Only this dataset (and, read for leakage only, the ones it is checked against). */
  dataset?: string;
  /** Epoch ms used as "now" by max_age (default Date.now()). */
  now?: number;
  /** Fills `DatasetResult.drift`; the drift engineer provides it. */
  drift?: DriftHook;
  /** Fills `DatasetResult.production` (what changed since the live release). */
  production?: ProductionDataHook;
  /**
   * Merged shard profiles by dataset name (`check --profiles`): such a dataset's checks and drift are answered from
   * its profile, and its files are not read.
   */
  profiles?: ReadonlyMap<string, { profile: DatasetProfile; shown: string }>;
}

const keyId = (key: readonly string[]): string => JSON.stringify(key);

/** Runs every configured data check; reusable by `check`. Throws MlgateError (exit 2) on bad input. */
export async function runValidation(loaded: LoadedConfig, options: ValidationOptions, context: CommandContext): Promise<ValidationResult> {
  const { config } = loaded;
  const all = config.datasets;
  if (options.dataset !== undefined && !all.some((d) => d.name === options.dataset)) {
    throw usageError(`dataset '${options.dataset}' is not in the config; expected one of: ${all.map((d) => d.name).join(', ') || '(none)'}`);
  }
  const selected = all.filter((d) => options.dataset === undefined || d.name === options.dataset);
  const now = options.now ?? Date.now();
  const filesOf = new Map<string, DataFile[]>();
  const files = async (d: DatasetConfig): Promise<DataFile[]> => {
    let f = filesOf.get(d.name);
    if (!f) {
      const index = all.indexOf(d);
      f = await resolveDataFiles(d.path, loaded.root, `datasets[${index}].path (${d.name})`, context.cwd);
      filesOf.set(d.name, f);
    }
    return f;
  };
  // Which key sets each dataset must hand to later datasets' leakage checks.
  const wantedKeys = new Map<string, (readonly string[])[]>();
  selected.forEach((d, i) => {
    const leak = d.leakage;
    if (!leak) return;
    const targetIndex = selected.findIndex((t) => t.name === leak.against);
    if (targetIndex >= 0 && targetIndex < i) wantedKeys.set(leak.against, [...(wantedKeys.get(leak.against) ?? []), leak.key]);
  });
  const keySets = new Map<string, KeySet>();
  // A profiled dataset's keys come from its profile: a leakage check against it does not read its files.
  for (const [name, { profile }] of options.profiles ?? []) for (const ks of profile.rowChecks ? leakageKeySets(profile.rowChecks) : []) keySets.set(`${name}\u0000${keyId(ks.key)}`, ks);
  const results: DatasetResult[] = [];
  for (const d of selected) {
    const profiled = options.profiles?.get(d.name);
    if (profiled) {
      const result = profileDatasetResult(profiled.profile, d, { now, where: profiled.shown });
      if (d.drift && options.drift) result.drift = await (await options.drift({ dataset: d, files: [], loaded, context, profile: profiled.profile })).finish();
      const production = options.production ? await options.production({ dataset: d, files: [], loaded, context, result, fromProfiles: true }) : undefined;
      if (production) result.production = production;
      results.push(result);
      continue;
    }
    const maxExamples = d.max_examples ?? config.report?.max_examples ?? DEFAULT_MAX_EXAMPLES;
    let leakageTarget: KeySet | undefined;
    if (d.leakage) {
      const id = `${d.leakage.against}\u0000${keyId(d.leakage.key)}`;
      leakageTarget = keySets.get(id);
      if (!leakageTarget) {
        const target = all.find((t) => t.name === d.leakage!.against)!;
        leakageTarget = await collectKeys(target, d.leakage.key, await files(target));
        keySets.set(id, leakageTarget);
      }
    }
    const validator = new DatasetValidator(d, { now, maxExamples }, { leakageTarget, collectKeys: wantedKeys.get(d.name) });
    const dataFiles = await files(d);
    const drift = d.drift && options.drift ? await options.drift({ dataset: d, files: dataFiles, loaded, context }) : undefined;
    const progress = await ReadProgress.start(context.progress, `reading ${d.name}`, dataFiles);
    try {
      await readForValidation(dataFiles, d, validator, { env: context.env, now, maxExamples, ...(drift?.collector ? { drift: drift.collector } : {}), ...(drift?.threads ? { threads: drift.threads } : {}), ...(progress ? { progress } : {}) });
    } finally {
      progress?.end();
    }
    for (const ks of validator.keySets()) keySets.set(`${d.name}\u0000${keyId(ks.key)}`, ks);
    const result = validator.finish();
    if (drift) result.drift = await drift.finish();
    const production = options.production ? await options.production({ dataset: d, files: dataFiles, loaded, context, result }) : undefined;
    if (production) result.production = production;
    results.push(result);
  }
  return { verdict: validationVerdict(results), datasets: results };
}

/** The key hashes of `target` that a `leakage` check against it compares with. */
export async function collectKeys(target: DatasetConfig, key: readonly string[], dataFiles: readonly DataFile[]): Promise<KeySet> {
  const hashes = new HashSet64();
  const acc = new Uint32Array(2);
  const scratch = new Uint32Array(2);
  await readDataset(dataFiles, target, {
    startFile: (_file, header) => header.filter((h) => key.includes(h)),
    consume: (batch) => {
      for (let i = 0; i < batch.length; i++) if (hashRow(batch, key, i, acc, scratch)) hashes.add(acc);
    },
  });
  return { key, hashes };
}

/** Markdown for the job summary: the data part of the PR report (people's words, escaped, drift with its charts), every example kept. */
export function validationMarkdown(result: ValidationResult): string {
  const examples = result.datasets.reduce((n, d) => d.checks.reduce((m, c) => Math.max(m, c.examples.length), n), 0);
  return renderReport({ key: 'validate', validation: result, maxExamples: examples }).markdown;
}

export const validateCommand: Command = {
  spec: {
    name: 'validate',
    summary: 'Run data checks (and drift when a reference is configured).',
    options: [configOption, jsonOption, datasetOption, storeOption, tokenOption],
    outputs: [
      { name: 'verdict', description: 'pass, warn or fail.' },
      { name: 'failed-checks', description: 'Number of failed checks of severity error.' },
      { name: 'report-path', description: 'Path of the JSON result.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    const loaded = await loadConfig(invocation, context);
    if (loaded.config.datasets.length === 0) throw usageError(`the config defines no datasets; add one under \`datasets:\` (${optionLabel(invocation, Opt.Config)})`);
    const result = await runValidation(loaded, { dataset: stringOption(invocation, Opt.Dataset), drift: lazyDriftHook(invocation), production: lazyProductionDataHook(invocation) }, context);
    const failed = failedErrorChecks(result);
    if (context.inActions) emitAnnotations(result, context.log);
    const jsonPath = stringOption(invocation, Opt.Json);
    return {
      exitCode: result.verdict === 'fail' ? 1 : 0,
      text: validationText(result),
      json: result,
      markdown: validationMarkdown(result),
      outputs: { verdict: result.verdict, 'failed-checks': String(failed), 'report-path': jsonPath ? path.resolve(context.cwd, jsonPath) : '' },
      ...(result.verdict === 'fail' ? { failure: `${failed} data check${failed === 1 ? '' : 's'} of severity error failed` } : {}),
    };
  },
};
