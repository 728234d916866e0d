import { createEvidenceStore } from '../adapters/evidence-store.js';
import type { ReleaseStoreSettings } from '../adapters/release-store.js';
import type { Config, ModelConfig } from '../domain/config/schema.js';
import { EVIDENCE_VERSION, evidencePrefix, type Evidence, type EvidenceItem } from '../domain/evidence/manifest.js';
import { gatherEvidence, itemEntry } from '../io/files/evidence.js';
import type { CommandContext } from './types.js';

/** Gathers and stores the evidence of the release being made (SPEC §6); returns the manifest for its payload. */
export async function storeReleaseEvidence(input: {
  config: Config;
  model: ModelConfig;
  root: string;
  environment: string;
  version: string;
  resultsFile?: string;
  settings: ReleaseStoreSettings;
  ctx: CommandContext;
}): Promise<Evidence> {
  const { ctx } = input;
  const draft = await gatherEvidence({ config: input.config, model: input.model, root: input.root, cwd: ctx.cwd, ...(input.resultsFile ? { resultsFile: input.resultsFile } : {}) });
  const store = createEvidenceStore(input.settings);
  const key = ctx.github.runId !== undefined ? `run${ctx.github.runId}-${ctx.github.runAttempt ?? 1}` : `local${Date.now()}`;
  const prefix = evidencePrefix({ environment: input.environment, model: input.model.name, version: input.version, key });
  const locations = await store.save(prefix, draft.items.map((i) => ({ name: i.name, bytes: i.bytes })));
  const evidence: Evidence = { version: EVIDENCE_VERSION, store: store.kind, predictions: null, profiles: {}, metrics: null, report: null, data: draft.data, missing: draft.missing };
  for (const item of draft.items) {
    const entry: EvidenceItem = itemEntry(item, locations.get(item.name)!);
    if (typeof item.role === 'object') evidence.profiles[item.role.profile] = entry;
    else evidence[item.role] = entry;
  }
  const bytes = draft.items.reduce((n, i) => n + i.bytes.byteLength, 0);
  ctx.log.info(`Evidence stored (${store.kind}: ${prefix}): ${draft.items.length} item(s), ${(bytes / 1024).toFixed(1)} KiB compressed.`);
  for (const [role, why] of Object.entries(draft.missing)) ctx.log.warning(`Not stored with this release: ${role.replace(/^profile:/, 'the profile of dataset ')}: ${why}. Later gates will say they could not compare against it.`);
  return evidence;
}
