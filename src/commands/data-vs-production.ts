/** The "Data vs production" part of a dataset's result: its fingerprints now against those stored with the live release. */
import { loadReleases } from '../adapters/release-store.js';
import type { Config, DatasetConfig } from '../domain/config/schema.js';
import { compareData, driftCount } from '../domain/evidence/data-change.js';
import type { DataFingerprint } from '../domain/evidence/manifest.js';
import { evidenceProblemText, readEvidence } from '../domain/evidence/use.js';
import { findLive, untilLive, type Release } from '../domain/release/state.js';
import type { DataVsProduction } from '../domain/results.js';
import { fingerprintDataset } from '../io/files/evidence.js';
import type { ReleaseStore } from '../ports.js';
import { storeFactory } from './compare.js';
import type { DatasetResult } from '../domain/results.js';
import type { DataFile } from '../io/data/files.js';
import type { LoadedConfig } from '../io/files/config-file.js';
import type { CommandContext, Invocation } from './types.js';

/** The "Data vs production" part of a dataset's result (after its checks and drift), or undefined before any release. */
export type ProductionDataHook = (input: {
  dataset: DatasetConfig;
  files: readonly DataFile[];
  loaded: LoadedConfig;
  context: CommandContext;
  result: DatasetResult;
  /** Set when the dataset was answered from shard profiles: its files were not read here. */
  fromProfiles?: boolean;
}) => Promise<DataVsProduction | undefined>;

type Stored = { found: true; release: string; fingerprint: DataFingerprint } | { found: false; reasons: string[]; anyRelease: boolean };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The fingerprint of `dataset` stored with the live release of the first model (config order) that has one; else why not. */
async function storedFingerprint(dataset: string, config: Config, live: (environment: string, model: string) => Promise<Release | undefined>): Promise<Stored> {
  const reasons: string[] = [];
  let anyRelease = false;
  for (const model of config.models) {
    let release: Release | undefined;
    try {
      release = await live(model.environment, model.name);
    } catch (error) {
      reasons.push(`${model.name}: the release store could not be read (${message(error)})`);
      anyRelease = true;
      continue;
    }
    if (!release) continue;
    anyRelease = true;
    const label = `${release.payload.model.version} (#${release.id})`;
    const evidence = readEvidence(release.payload.evidence, label);
    if ('kind' in evidence) {
      reasons.push(`${model.name}: ${evidenceProblemText(evidence)}`);
      continue;
    }
    const fingerprint = evidence.data[dataset];
    if (fingerprint) return { found: true, release: label, fingerprint };
    const why = evidence.missing[`profile:${dataset}`];
    reasons.push(`${model.name}: the live release ${label} stored no fingerprints of dataset '${dataset}'${why ? ` (${why})` : ''}`);
  }
  return { found: false, reasons, anyRelease };
}

/** The hook `runValidation` calls after each dataset's checks and drift; one read of the release store per model per run. */
export function productionDataHook(invocation: Invocation): ProductionDataHook {
  const lives = new Map<string, Promise<Release | undefined>>();
  let store: (() => Promise<ReleaseStore>) | undefined;
  return async ({ dataset, files, loaded, context, result, fromProfiles }) => {
    const { config } = loaded;
    if (config.models.length === 0) return undefined;
    store ??= storeFactory(invocation, context);
    const open = store;
    const live = (environment: string, model: string): Promise<Release | undefined> => {
      const key = `${environment}\u0000${model}`;
      let p = lives.get(key);
      if (!p) {
        p = open().then(async (s) => findLive(await loadReleases(s, environment, model, untilLive)));
        lives.set(key, p);
      }
      return p;
    };
    const stored = await storedFingerprint(dataset.name, config, live);
    // Before the first release there is no production to compare with: the part is left out (as the gate says "no baseline yet").
    if (!stored.found && !stored.anyRelease) return undefined;
    const drift = driftOf(dataset, result.drift);
    if (!stored.found) return { status: 'unavailable', reason: stored.reasons.join('; '), ...drift };
    if (fromProfiles) return { status: 'unavailable', reason: `answered from shard profiles: this job did not read the files of '${dataset.name}', so they were not compared with those of ${stored.release}`, ...drift };
    const now = await fingerprintDataset(files, dataset);
    return { ...compareData(stored.release, stored.fingerprint, now), ...drift };
  };
}

function driftOf(dataset: DatasetConfig, rows: Parameters<typeof driftCount>[0] | undefined): Pick<DataVsProduction, 'drift'> {
  return dataset.drift?.reference === 'production' && rows ? { drift: driftCount(rows) } : {};
}
