import { z } from 'zod';

/** The versioned payload mlgate writes on every deployment it creates (SPEC §6). */
export const RELEASE_TASK = 'deploy:mlgate';

export const releasePayloadSchema = z.object({
  mlgate: z.literal(1),
  model: z.object({
    name: z.string(),
    version: z.string(),
    uri: z.string().nullable().optional(),
    digest: z.string().nullable().optional(),
  }),
  metrics: z.record(z.string(), z.number().nullable()).default({}),
  gate: z
    .object({
      verdict: z.enum(['pass', 'fail', 'warn', 'none']),
      report_sha256: z.string().nullable().optional(),
      forced: z.boolean().optional(),
    })
    .nullable()
    .optional(),
  source: z
    .object({
      sha: z.string().nullable().optional(),
      pr: z.number().int().nullable().optional(),
      run_id: z.number().int().nullable().optional(),
      actor: z.string().nullable().optional(),
    })
    .default({}),
  artifact: z.object({ name: z.string(), run_id: z.number().int().nullable().optional() }).nullable().optional(),
  rollback_of: z.number().int().nullable().default(null),
  /** Why the release this one replaced was rolled back (set on rollback deployments only). */
  rollback_reason: z.string().optional(),
  /** The workflow run that made this rollback (a rerun of that run is then a no-op). */
  rollback_run_id: z.number().int().nullable().optional(),
  /** What the gates after this release compare with (SPEC §6 "Evidence"); absent on releases made before mlgate stored it. */
  // Parsed where it is used (domain/evidence/use.ts): a damaged record must not hide the release itself.
  evidence: z.unknown().optional(),
  /** Names the create that made this deployment (`<run id>.<attempt>.<nonce>`): read back after a lost answer. */
  idempotency_key: z.string().optional(),
});

export type ReleasePayload = z.infer<typeof releasePayloadSchema>;

/** A deployment's payload as mlgate's, or undefined when it is not one of ours. */
export function readReleasePayload(payload: unknown): ReleasePayload | undefined {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  const parsed = releasePayloadSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The idempotency key of a deployment's payload (object or JSON string), if it has one. */
export function idempotencyKeyOf(payload: unknown): string | undefined {
  return readReleasePayload(payload)?.idempotency_key;
}
