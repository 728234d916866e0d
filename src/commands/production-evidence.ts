import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { evidenceProblemText, isProblem, pickItem } from '../domain/evidence/use.js';
import type { Baseline } from '../domain/gate/evaluate.js';
import { readEvidenceItem, unpackedName } from '../io/files/evidence.js';
import { loadReleases } from '../adapters/release-store.js';
import type { Config } from '../domain/config/schema.js';
import { metricsFromRecord } from '../domain/gate/metric-set.js';
import { findLive, untilLive } from '../domain/release/state.js';
import type { EvidenceStore, ReleaseStore } from '../ports.js';

export type ProductionFile = { ok: true; file: string; release: string; dispose: () => Promise<void> } | { ok: false; reason: string };

/**
 * One item of the live release's evidence (its predictions or a dataset's profile), verified against its digest
 * and written to a temporary file under its original name, so the usual readers read it. Otherwise why not.
 */
export async function productionFile(baseline: Baseline | undefined, environment: string, role: 'predictions' | { profile: string }, evidence: () => Promise<EvidenceStore>): Promise<ProductionFile> {
  if (!baseline?.release) return { ok: false, reason: evidenceProblemText({ kind: 'no-release', environment }) };
  const release = `${baseline.version ?? '?'} (#${baseline.release.id})`;
  const item = pickItem(baseline.release.evidence, release, role);
  if (isProblem(item)) return { ok: false, reason: evidenceProblemText(item) };
  const what = role === 'predictions' ? 'per-example predictions' : `profile of dataset '${role.profile}'`;
  const read = await readEvidenceItem(await evidence(), item, release, what);
  if (!read.ok) return { ok: false, reason: evidenceProblemText(read.problem) };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlgate-evidence-'));
  // The name comes from a payload anyone with deployments: write can set: keep it a plain file name.
  const file = path.join(dir, path.basename(unpackedName(item)).replace(/[^A-Za-z0-9._-]/g, '_'));
  await writeFile(file, read.bytes);
  return { ok: true, file, release, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The profile of `dataset` stored with a live release: the first model of the config (in its environment)
 * whose live release carries one. Otherwise why none could be used.
 */
export async function productionProfile(dataset: string, config: Config, stores: { store: () => Promise<ReleaseStore>; evidence: () => Promise<EvidenceStore> }): Promise<ProductionFile> {
  if (config.models.length === 0) return { ok: false, reason: 'no model is configured, so there is no release to take the profile from' };
  const reasons: string[] = [];
  for (const model of config.models) {
    const environment = model.environment;
    const live = findLive(await loadReleases(await stores.store(), environment, model.name, untilLive));
    const baseline: Baseline | undefined = live ? { metrics: metricsFromRecord(live.payload.metrics), source: environment, version: live.payload.model.version, release: { id: live.id, evidence: live.payload.evidence } } : undefined;
    const got = await productionFile(baseline, environment, { profile: dataset }, stores.evidence);
    if (got.ok) return got;
    reasons.push(`${model.name}: ${got.reason}`);
  }
  return { ok: false, reason: reasons.join('; ') };
}
