import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createArtifacts, createCache } from '../adapters/storage.js';
import { inputError, usageError } from '../domain/errors.js';
import { profileDistributions, type DatasetProfile } from '../domain/profile/dataset.js';
import { mergeShardProfiles } from './merged-profiles.js';
import { profileToJson } from '../domain/profile/format.js';
import { existsSync } from 'node:fs';
import { evaluateDrift } from '../domain/drift/evaluate.js';
import { profileDatasetResult } from '../domain/profile/checks.js';
import type { ValidationResult } from '../domain/results.js';
import { failedErrorChecks, validationText, validationVerdict } from '../domain/validation/verdict.js';
import { loadReference } from '../io/data/drift-reference.js';
import { warnUnsaved } from './drift-step.js';
import { readProfileFile } from '../io/files/profile-file.js';
import { loadConfig, optionLabel, stringOption } from './invocation.js';
import { configOption, jsonOption, Opt } from './options.js';
import { profileText, writeProfile } from './profile.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

const list = (s: string | undefined): string[] => (s ?? '').split(/[\n,]/).map((x) => x.trim()).filter(Boolean);

/** With a config that defines the profiled dataset: its checks and drift, answered from the merged profile. */
async function validateProfile(merged: DatasetProfile, invocation: Invocation, context: CommandContext): Promise<{ result: ValidationResult } | undefined> {
  const explicit = stringOption(invocation, Opt.Config);
  // Not a literal file name: ncc's asset relocator would rewrite path.resolve(<dir>, 'mlgate.yml') into dist/ whenever
  // the repository holds a file of that name (templates/mlgate.yml, examples/churn/mlgate.yml).
  if (explicit === undefined && !existsSync(path.resolve(context.cwd, configOption.default ?? 'mlgate.yml'))) return undefined;
  const loaded = await loadConfig(invocation, context);
  const index = loaded.config.datasets.findIndex((d) => d.name === merged.dataset);
  if (index < 0) return undefined;
  const dataset = loaded.config.datasets[index]!;
  const ds = profileDatasetResult(merged, dataset);
  if (dataset.drift) {
    const where = `datasets[${index}].drift.reference (${dataset.name})`;
    const reference = await loadReference(dataset, loaded.root, where, { cwd: context.cwd, env: context.env, cache: createCache(context) });
    ds.drift =
      'skipped' in reference
        ? [{ column: '(dataset)', method: dataset.drift.method, score: 0, threshold: 0, status: 'skipped', message: reference.skipped }]
        : evaluateDrift({ reference: await reference.columns, current: profileDistributions(merged), config: dataset.drift, columns: dataset.columns });
    if (!('skipped' in reference)) await warnUnsaved(reference, dataset.name, context);
  }
  return { result: { verdict: validationVerdict([ds]), datasets: [ds] } };
}

export const mergeProfilesCommand: Command = {
  spec: {
    name: 'merge-profiles',
    summary: 'Merge shard profiles into one; with a config defining the dataset, also answer its checks and drift from the merged profile.',
    positionals: '<profiles...>',
    options: [
      configOption,
      jsonOption,
      { name: Opt.Files, type: 'string', description: 'Profile files to merge (comma- or newline-separated); the CLI also takes them as arguments.' },
      { name: Opt.Artifacts, type: 'string', description: 'Artifacts holding shard profiles to download and merge (comma- or newline-separated names, as `profile` with upload names them).' },
      { name: Opt.Out, type: 'string', description: 'Where to write the merged profile (default .mlgate/profiles/<dataset>.profile.json).' },
    ],
    outputs: [
      { name: 'profile-path', description: 'Path of the merged profile.' },
      { name: 'verdict', description: "pass, warn or fail: the dataset's checks and drift answered from the merged profile (empty when the config does not define the dataset). As with validate, fail exits 1." },
    ],
    stepAction: false,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    const files = [...invocation.positionals, ...list(stringOption(invocation, Opt.Files))].map((f) => ({ path: path.resolve(context.cwd, f), shown: f }));
    const artifactNames = list(stringOption(invocation, Opt.Artifacts));
    if (files.length + artifactNames.length === 0)
      throw usageError(`nothing to merge: give profile files${invocation.surface === 'cli' ? ' as arguments' : ` in ${optionLabel(invocation, Opt.Files)}`} or artifact names in ${optionLabel(invocation, Opt.Artifacts)}`);
    let scratch: string | undefined;
    try {
      if (artifactNames.length) {
        scratch = await mkdtemp(path.join(tmpdir(), 'mlgate-profiles-'));
        const artifacts = createArtifacts(context);
        for (const [i, name] of artifactNames.entries()) {
          const dir = await artifacts.download(name, path.join(scratch, String(i)));
          const found = (await readdir(dir)).filter((f) => f.endsWith('.json'));
          if (found.length !== 1) throw inputError(`artifact '${name}' holds ${found.length} JSON files (${found.join(', ') || 'none'}); expected one profile`);
          files.push({ path: path.join(dir, found[0]!), shown: `artifact ${name}/${found[0]!}` });
        }
      }
      const profiles = await Promise.all(files.map((f) => readProfileFile(f.path, f.shown)));
      const merged = mergeShardProfiles(profiles, files.map((f) => f.shown));
      const out = path.resolve(context.cwd, stringOption(invocation, Opt.Out) ?? `.mlgate/profiles/${merged.dataset}.profile.json`);
      await writeProfile(merged, out);
      const text = profileText(merged, path.relative(context.cwd, out) || out);
      const validated = await validateProfile(merged, invocation, context);
      if (!validated) return { exitCode: 0, text, json: profileToJson(merged), outputs: { 'profile-path': out, verdict: '' } };
      const { result } = validated;
      const failed = failedErrorChecks(result);
      return {
        exitCode: result.verdict === 'fail' ? 1 : 0,
        text: `${text}\n${validationText(result)}`,
        json: result,
        outputs: { 'profile-path': out, verdict: result.verdict },
        ...(result.verdict === 'fail' ? { failure: `${failed} data check${failed === 1 ? '' : 's'} of severity error failed (from the merged profile)` } : {}),
      };
    } finally {
      if (scratch) await rm(scratch, { recursive: true, force: true });
    }
  },
};
