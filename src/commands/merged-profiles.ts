/**
 * `check --profiles`: the profiles whose datasets the gate answers without reading their data. Merged profiles, or
 * the shard profiles themselves, merged here as `merge-profiles` merges them, so that a merge that cannot be done
 * (a shard missing, profiles that disagree) is an error of `check`, which replaces the sticky comment with it.
 */
import path from 'node:path';
import { inputError, usageError } from '../domain/errors.js';
import { mergeProfiles, missingShards, type DatasetProfile } from '../domain/profile/dataset.js';
import { readProfileFile } from '../io/files/profile-file.js';
import { optionLabel, stringOption } from './invocation.js';
import { Opt } from './options.js';
import type { CommandContext, Invocation } from './types.js';

export type MergedProfiles = ReadonlyMap<string, { profile: DatasetProfile; shown: string }>;

/** The profiles of one dataset merged into the whole dataset; throws when shards are missing. */
export function mergeShardProfiles(profiles: readonly DatasetProfile[], shown: readonly string[]): DatasetProfile {
  const missing = missingShards(profiles);
  if (missing.length)
    throw inputError(`got ${profiles.length} of ${profiles[0]!.shard!.count} shard profiles of ${profiles[0]!.dataset}; missing shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. A partial merge would not describe the whole dataset`);
  return mergeProfiles(profiles, shown);
}

/** Reads the profiles named by `--profiles` (merged, or every shard of a dataset) and merges them per dataset. */
export async function readMergedProfiles(invocation: Invocation, context: CommandContext, datasets: readonly string[]): Promise<MergedProfiles | undefined> {
  const names = (stringOption(invocation, Opt.Profiles) ?? '').split(/[\n,]/).map((x) => x.trim()).filter(Boolean);
  if (names.length === 0) return undefined;
  const label = optionLabel(invocation, Opt.Profiles);
  const byDataset = new Map<string, { profiles: DatasetProfile[]; shown: string[] }>();
  for (const shown of names) {
    const profile = await readProfileFile(path.resolve(context.cwd, shown), shown);
    if (!datasets.includes(profile.dataset))
      throw usageError(`${shown} (in ${label}) profiles dataset '${profile.dataset}', which is not in the config; expected one of: ${datasets.join(', ') || '(none)'}`);
    const group = byDataset.get(profile.dataset) ?? { profiles: [], shown: [] };
    group.profiles.push(profile);
    group.shown.push(shown);
    byDataset.set(profile.dataset, group);
  }
  const out = new Map<string, { profile: DatasetProfile; shown: string }>();
  for (const [dataset, group] of byDataset) {
    const shown = group.shown.length === 1 ? group.shown[0]! : `the ${group.shown.length} profiles of ${dataset} in ${label}`;
    out.set(dataset, { profile: mergeShardProfiles(group.profiles, group.shown), shown });
  }
  return out;
}
