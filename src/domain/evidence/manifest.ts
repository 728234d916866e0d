import { z } from 'zod';

/**
 * What a release stores for the gates that come after it (SPEC §6 "Evidence"): the per-example predictions
 * the gate used, a profile of every configured dataset, the metrics, the report and the data fingerprints.
 * Every item records the sha256 of the bytes as stored, and where they live; a read verifies the digest.
 */
export const EVIDENCE_VERSION = 1;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in hex');

export const evidenceItemSchema = z.object({
  /** The item's file name as stored, e.g. `predictions.csv.gz`. */
  name: z.string().min(1),
  sha256: sha256Hex,
  /** Bytes as stored (compressed when `encoding` is gzip). */
  bytes: z.number().int().nonnegative(),
  encoding: z.enum(['gzip', 'identity']),
  /** Where the store keeps it (local: a path under .mlgate/evidence; GitHub: `<branch>:<path>@<blob sha>`). */
  location: z.string().min(1),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const dataFileFingerprintSchema = z.object({ path: z.string(), sha256: sha256Hex, bytes: z.number().int().nonnegative() });
export type DataFileFingerprint = z.infer<typeof dataFileFingerprintSchema>;

export const dataFingerprintSchema = z.object({
  files: z.array(dataFileFingerprintSchema),
  rows: z.number().int().nonnegative().nullable(),
  /** Column name → the kind the profile found (numeric, categorical, …). */
  columns: z.record(z.string(), z.string()).default({}),
});
export type DataFingerprint = z.infer<typeof dataFingerprintSchema>;

export const evidenceSchema = z.object({
  version: z.literal(EVIDENCE_VERSION),
  store: z.enum(['local', 'github']),
  predictions: evidenceItemSchema.nullable().default(null),
  profiles: z.record(z.string(), evidenceItemSchema).default({}),
  metrics: evidenceItemSchema.nullable().default(null),
  report: evidenceItemSchema.nullable().default(null),
  data: z.record(z.string(), dataFingerprintSchema).default({}),
  /** What promote could not store, by role (`predictions`, `profile:<dataset>`), and why. */
  missing: z.record(z.string(), z.string()).default({}),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** Every stored item of a release's evidence, with the role it plays. */
export function evidenceItems(evidence: Evidence): { role: string; item: EvidenceItem }[] {
  return [
    ...(evidence.predictions ? [{ role: 'predictions', item: evidence.predictions }] : []),
    ...Object.entries(evidence.profiles).map(([dataset, item]) => ({ role: `profile of ${dataset}`, item })),
    ...(evidence.metrics ? [{ role: 'metrics', item: evidence.metrics }] : []),
    ...(evidence.report ? [{ role: 'report', item: evidence.report }] : []),
  ];
}

/** The path prefix one release's evidence is stored under: environment, model, version and the run that made it. */
export function evidencePrefix(release: { environment: string; model: string; version: string; key: string }): string {
  const part = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_').slice(0, 80) || '_';
  return [part(release.environment), part(release.model), `${part(release.version)}-${part(release.key)}`].join('/');
}
