import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createArtifacts } from '../adapters/storage.js';
import type { DatasetConfig } from '../domain/config/schema.js';
import { usageError } from '../domain/errors.js';
import type { DatasetProfile } from '../domain/profile/dataset.js';
import { profileToJson } from '../domain/profile/format.js';
import { resolveDataFiles } from '../io/data/files.js';
import { parseShard, profileFiles, type Shard } from '../io/data/profile-data.js';
import { ReadProgress } from '../io/data/read-progress.js';
import { booleanOption, loadConfig, optionLabel, stringOption } from './invocation.js';
import { configOption, datasetOption, jsonOption, Opt } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';
import { RowChecksBuilder } from '../domain/profile/row-checks.js';
import { DEFAULT_MAX_EXAMPLES, type KeySet } from '../domain/validation/dataset-validator.js';
import type { LoadedConfig } from '../io/files/config-file.js';
import { collectKeys } from './validate.js';

/** Artifact name of a (shard) profile: what `merge-profiles --artifacts` downloads. */
export function profileArtifactName(dataset: string, shard?: Shard): string {
  return shard && shard.count > 1 ? `mlgate-profile-${dataset}-${shard.index}-of-${shard.count}` : `mlgate-profile-${dataset}`;
}

export function profileText(p: DatasetProfile, file: string): string {
  const shard = p.shard ? ` (shard ${p.shard.index}/${p.shard.count}, by ${p.shard.by})` : p.parts > 1 ? ` (merged from ${p.parts} parts)` : '';
  const lines = [`profile of ${p.dataset}${shard}: ${p.rows} rows, ${p.columns.length} columns → ${file}`];
  for (const c of p.columns) {
    if (c.kind === 'numeric') {
      const n = c.moments.count;
      const eps = n ? c.sketch.rankError / n : 0;
      lines.push(`  ${c.name}: numeric, ${n} values, ${c.nulls} nulls, min ${n ? c.min : '-'}, max ${n ? c.max : '-'}, mean ${n ? c.moments.mean.toPrecision(6) : '-'}, quantile rank error ≤ ${(eps * 100).toFixed(3)}%`);
    } else lines.push(`  ${c.name}: categorical, ${c.count} values, ${c.nulls} nulls, ~${Math.round(c.distinct.estimate())} distinct${c.top.error ? `, top-k counts within ${c.top.error}` : ''}`);
  }
  const rc = p.rowChecks;
  if (rc) {
    const keys = [...Object.entries(rc.unique).map(([c, t]) => `${c} ${t.file.length}`), ...(rc.duplicates ? [`rows ${rc.duplicates.file.length}`] : [])];
    lines.push(`  row checks of every configured check over ${rc.validator.rows} rows${keys.length ? `; distinct keys (64-bit hashes): ${keys.join(', ')}` : ''}`);
  }
  return lines.join('\n');
}

export async function writeProfile(p: DatasetProfile, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(profileToJson(p))}\n`, 'utf8');
}

function selectDataset(inv: Invocation, datasets: readonly DatasetConfig[]): DatasetConfig {
  const name = stringOption(inv, Opt.Dataset);
  const names = datasets.map((d) => d.name);
  if (name === undefined) {
    if (datasets.length === 1) return datasets[0]!;
    throw usageError(`missing ${optionLabel(inv, Opt.Dataset)}: the config defines ${datasets.length} datasets (${names.join(', ') || 'none'}); say which one to profile`);
  }
  const d = datasets.find((x) => x.name === name);
  if (!d) throw usageError(`${optionLabel(inv, Opt.Dataset)} is '${name}', which is not in the config; expected one of: ${names.join(', ') || '(none)'}`);
  return d;
}

/**
 * The row checks of a dataset from the config, so that the merged shard profiles answer every check without the
 * rows: a `leakage` check reads its target's keys here, on the shard's runner, which has the data.
 */
async function rowChecksBuilder(dataset: DatasetConfig, loaded: LoadedConfig, context: CommandContext): Promise<RowChecksBuilder> {
  const maxExamples = dataset.max_examples ?? loaded.config.report?.max_examples ?? DEFAULT_MAX_EXAMPLES;
  const leak = dataset.leakage;
  let leakageTarget: KeySet | undefined;
  if (leak) {
    const index = loaded.config.datasets.findIndex((d) => d.name === leak.against);
    const target = loaded.config.datasets[index]!;
    const files = await resolveDataFiles(target.path, loaded.root, `datasets[${index}].path (${target.name})`, context.cwd);
    leakageTarget = await collectKeys(target, leak.key, files);
  }
  // The keys other datasets' leakage checks compare with, so that the gate need not read this dataset for them.
  const keyLists = loaded.config.datasets.filter((d) => d.leakage?.against === dataset.name).map((d) => d.leakage!.key);
  return new RowChecksBuilder(dataset, { now: Date.now(), maxExamples }, { leakageTarget, collectKeys: keyLists });
}

export const profileCommand: Command = {
  spec: {
    name: 'profile',
    summary: 'Write a mergeable profile (statistics + sketches) of a dataset or one shard of it.',
    positionals: '[files...]',
    options: [
      configOption,
      jsonOption,
      datasetOption,
      { name: Opt.Shard, type: 'string', description: 'i/n: profile only shard i of n (whole files when there are at least n, else blocks of 65,536 rows).' },
      { name: Opt.Out, type: 'string', description: 'Where to write the profile JSON (default .mlgate/profiles/<dataset>[.<i>-of-<n>].profile.json).' },
      { name: Opt.Upload, type: 'boolean', default: 'false', description: 'Also upload the profile as artifact mlgate-profile-<dataset>[-<i>-of-<n>] (runner artifact service, or .mlgate/artifacts outside a runner).' },
    ],
    outputs: [
      { name: 'profile-path', description: 'Path of the profile written.' },
      { name: 'artifact', description: 'Name of the artifact uploaded (with upload).' },
    ],
    stepAction: false,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    const shardText = stringOption(invocation, Opt.Shard);
    const shard = shardText === undefined ? undefined : parseShard(shardText, optionLabel(invocation, Opt.Shard));
    let dataset: DatasetConfig;
    let root: string;
    let rows: RowChecksBuilder | undefined;
    if (invocation.positionals.length > 0) {
      dataset = { name: stringOption(invocation, Opt.Dataset) ?? 'data', path: [...invocation.positionals] };
      root = context.cwd;
    } else {
      const loaded = await loadConfig(invocation, context);
      dataset = selectDataset(invocation, loaded.config.datasets);
      root = loaded.root;
      rows = await rowChecksBuilder(dataset, loaded, context);
    }
    const files = await resolveDataFiles(dataset.path, root, invocation.positionals.length ? 'files' : `dataset ${dataset.name}: path`, context.cwd);
    const progress = await ReadProgress.start(context.progress, `profiling ${dataset.name}`, files);
    const profile = await profileFiles(files, dataset, { shard, rows, ...(progress ? { progress } : {}) }).finally(() => progress?.end());
    const suffix = profile.shard ? `.${profile.shard.index}-of-${profile.shard.count}` : '';
    const out = path.resolve(context.cwd, stringOption(invocation, Opt.Out) ?? `.mlgate/profiles/${dataset.name}${suffix}.profile.json`);
    await writeProfile(profile, out);
    const outputs: Record<string, string> = { 'profile-path': out, artifact: '' };
    let text = profileText(profile, path.relative(context.cwd, out) || out);
    if (booleanOption(invocation, Opt.Upload)) {
      const name = profileArtifactName(dataset.name, shard);
      const ref = await createArtifacts(context).upload(name, [path.basename(out)], path.dirname(out));
      outputs.artifact = name;
      text += `\nuploaded as artifact ${name}${ref.id !== undefined ? ` (id ${ref.id})` : ref.location ? ` (${ref.location})` : ''}`;
    }
    return { exitCode: 0, text, json: profileToJson(profile), outputs };
  },
};
