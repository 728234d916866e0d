/** `check --profiles`: the merged shard profiles whose datasets the gate answers without reading their data. */
import path from 'node:path';
import { inputError, usageError } from '../domain/errors.js';
import type { DatasetProfile } from '../domain/profile/dataset.js';
import { readProfileFile } from '../io/files/profile-file.js';
import { optionLabel, stringOption } from './invocation.js';
import { Opt } from './options.js';
import type { CommandContext, Invocation } from './types.js';

export type MergedProfiles = ReadonlyMap<string, { profile: DatasetProfile; shown: string }>;

/** Reads the profiles named by `--profiles`: each of a whole dataset of the config (a merged profile, not one shard), one per dataset. */
export async function readMergedProfiles(invocation: Invocation, context: CommandContext, datasets: readonly string[]): Promise<MergedProfiles | undefined> {
  const names = (stringOption(invocation, Opt.Profiles) ?? '').split(/[\n,]/).map((x) => x.trim()).filter(Boolean);
  if (names.length === 0) return undefined;
  const label = optionLabel(invocation, Opt.Profiles);
  const out = new Map<string, { profile: DatasetProfile; shown: string }>();
  for (const shown of names) {
    const profile = await readProfileFile(path.resolve(context.cwd, shown), shown);
    if (profile.shard && profile.shard.count > 1)
      throw inputError(`${shown} (in ${label}) is shard ${profile.shard.index}/${profile.shard.count} of ${profile.dataset}; merge every shard with merge-profiles and give the merged profile`, { file: shown });
    if (!datasets.includes(profile.dataset))
      throw usageError(`${shown} (in ${label}) profiles dataset '${profile.dataset}', which is not in the config; expected one of: ${datasets.join(', ') || '(none)'}`);
    const earlier = out.get(profile.dataset);
    if (earlier) throw usageError(`${label} gives two profiles of dataset '${profile.dataset}': ${earlier.shown} and ${shown}`);
    out.set(profile.dataset, { profile, shown });
  }
  return out;
}
