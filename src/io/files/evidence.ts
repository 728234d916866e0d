/**
 * Gathering a release's evidence from the working tree (promote) and reading it back verified (compare, drift,
 * verify-evidence). Text items are stored gzip-compressed; Parquet predictions as they are.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Config, DatasetConfig, ModelConfig } from '../../domain/config/schema.js';
import { MlgateError } from '../../domain/errors.js';
import type { DataFingerprint, EvidenceItem } from '../../domain/evidence/manifest.js';
import type { EvidenceProblem } from '../../domain/evidence/use.js';
import type { DatasetProfile } from '../../domain/profile/dataset.js';
import { profileToJson } from '../../domain/profile/format.js';
import type { EvidenceStore } from '../../ports.js';
import { resolveDataFiles, type DataFile } from '../data/files.js';
import { profileFiles } from '../data/profile-data.js';

export interface EvidenceDraftItem {
  role: 'predictions' | 'metrics' | 'report' | { profile: string };
  name: string;
  /** As stored. */
  bytes: Uint8Array;
  encoding: 'gzip' | 'identity';
}

export interface EvidenceDraft {
  items: EvidenceDraftItem[];
  data: Record<string, DataFingerprint>;
  profiles: Map<string, DatasetProfile>;
  /** What could not be stored, by role (`predictions`, `profile:<dataset>`), and why. */
  missing: Record<string, string>;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function fileSha256(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

function packed(role: EvidenceDraftItem['role'], name: string, raw: Uint8Array): EvidenceDraftItem {
  // Parquet is compressed already; everything else is text that gzip shrinks several times.
  if (/\.(parquet|pq|gz)$/i.test(name)) return { role, name, bytes: raw, encoding: 'identity' };
  return { role, name: `${name}.gz`, bytes: gzipSync(raw, { level: 6 }), encoding: 'gzip' };
}

/** Everything a release stores for the gates after it: predictions, a profile and fingerprints of every dataset, metrics, report. */
export async function gatherEvidence(input: { config: Config; model: ModelConfig; root: string; cwd: string; resultsFile?: string }): Promise<EvidenceDraft> {
  const { config, model, root } = input;
  const items: EvidenceDraftItem[] = [];
  const missing: Record<string, string> = {};
  if (model.significance) {
    const file = path.resolve(root, model.significance.candidate);
    if (await isFile(file)) items.push(packed('predictions', `predictions${extensionOf(file)}`, await readFile(file)));
    else missing.predictions = `significance.candidate '${model.significance.candidate}' was not in the release job's checkout`;
  }
  const metricsFile = path.resolve(root, model.metrics);
  if (await isFile(metricsFile)) items.push(packed('metrics', `metrics${extensionOf(metricsFile)}`, await readFile(metricsFile)));
  if (input.resultsFile) items.push(packed('report', 'gate-result.json', await readFile(input.resultsFile)));
  const data: Record<string, DataFingerprint> = {};
  const profiles = new Map<string, DatasetProfile>();
  for (const [index, dataset] of config.datasets.entries()) {
    // A release job often runs without the data (it lives in DVC, a bucket, …): the release is still recorded, and
    // what could not be stored says why, so the gates after it can say so too.
    let files;
    let profile;
    try {
      files = await resolveDataFiles(dataset.path, root, `datasets[${index}].path (${dataset.name})`, input.cwd);
      profile = await profileFiles(files, dataset);
    } catch (error) {
      if (!(error instanceof MlgateError) || error.kind !== 'input') throw error;
      missing[`profile:${dataset.name}`] = error.message;
      continue;
    }
    profiles.set(dataset.name, profile);
    items.push(packed({ profile: dataset.name }, `profile-${safeName(dataset.name)}.json`, Buffer.from(`${JSON.stringify(profileToJson(profile))}\n`, 'utf8')));
    data[dataset.name] = await fingerprintOf(files, profile);
  }
  return { items, data, profiles, missing };
}

/** The fingerprint of a dataset's files (path, sha256, bytes) with its profile's rows and column types: what promote records. */
export async function fingerprintOf(files: readonly DataFile[], profile: DatasetProfile): Promise<DataFingerprint & { rows: number }> {
  const fingerprints = [];
  for (const f of files) fingerprints.push({ path: f.name, sha256: await fileSha256(f.path), bytes: (await stat(f.path)).size });
  return { files: fingerprints, rows: profile.rows, columns: Object.fromEntries(profile.columns.map((c) => [c.name, c.type ?? c.kind])) };
}

/** A dataset's fingerprint computed the way promote computes it (one profiling pass, then each file's sha256). */
export async function fingerprintDataset(files: readonly DataFile[], dataset: DatasetConfig): Promise<DataFingerprint & { rows: number }> {
  return fingerprintOf(files, await profileFiles(files, dataset, { hash: false }));
}

const safeName = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '_');

function extensionOf(file: string): string {
  const m = /(\.[A-Za-z0-9]+)(\.gz)?$/.exec(path.basename(file));
  return m ? `${m[1]}${m[2] ?? ''}` : '';
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() === true;
}

/** The manifest entry of a stored item. */
export function itemEntry(item: EvidenceDraftItem, location: string): EvidenceItem {
  return { name: item.name, sha256: sha256(item.bytes), bytes: item.bytes.byteLength, encoding: item.encoding, location };
}

export type EvidenceRead = { ok: true; bytes: Buffer } | { ok: false; problem: EvidenceProblem };

/** Reads one item back, verifies its digest, and undoes its encoding; never returns bytes that do not match. */
export async function readEvidenceItem(store: EvidenceStore, item: EvidenceItem, release: string, what: string): Promise<EvidenceRead> {
  let stored: Buffer;
  try {
    stored = await store.load(item.location);
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', release, item: what, message: error instanceof Error ? error.message : String(error) } };
  }
  const found = sha256(stored);
  if (found !== item.sha256) return { ok: false, problem: { kind: 'digest-mismatch', release, item: what, expected: item.sha256, found } };
  if (item.encoding === 'identity') return { ok: true, bytes: stored };
  try {
    return { ok: true, bytes: gunzipSync(stored) };
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', release, item: what, message: `not gzip: ${(error as Error).message}` } };
  }
}

/** The name a stored item had before packing (e.g. `predictions.csv` for `predictions.csv.gz` stored gzip). */
export function unpackedName(item: EvidenceItem): string {
  return item.encoding === 'gzip' ? item.name.replace(/\.gz$/, '') : item.name;
}
