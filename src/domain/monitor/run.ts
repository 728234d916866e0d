/** One monitor run as the history keeps it (SPEC §8): what was measured, the verdict and why, what was done. */
import { z } from 'zod';

export const monitorVerdicts = ['healthy', 'warn', 'degraded'] as const;
export type MonitorVerdict = (typeof monitorVerdicts)[number];

/** One reason behind a verdict: `degraded` findings make the run degraded, `warn` ones (and what could not be checked) make it warn. */
export const findingSchema = z.object({
  level: z.enum(['degraded', 'warn']),
  /** Plain text; untrusted parts (column names, values) are escaped where it is rendered. */
  text: z.string(),
});
export type MonitorFinding = z.infer<typeof findingSchema>;

export const driftMeasureSchema = z.object({
  dataset: z.string(),
  column: z.string(),
  method: z.string(),
  score: z.number(),
  threshold: z.number(),
  status: z.string(),
});
export type DriftMeasure = z.infer<typeof driftMeasureSchema>;

export const metricMeasureSchema = z.object({
  name: z.string(),
  /** The value stored with the live release, when it has one. */
  release: z.number().nullable(),
  live: z.number().nullable(),
  /** Interval of live − release at the gate's level, from the labelled sample. */
  ci: z.tuple([z.number(), z.number()]).optional(),
  status: z.string(),
  reason: z.string(),
});
export type MetricMeasure = z.infer<typeof metricMeasureSchema>;

export const monitorRunSchema = z.object({
  run_id: z.string().min(1),
  /** ISO 8601. */
  time: z.string(),
  release: z.object({ version: z.string(), id: z.number() }).nullable(),
  verdict: z.enum(monitorVerdicts),
  findings: z.array(findingSchema),
  drift: z.array(driftMeasureSchema),
  metrics: z.array(metricMeasureSchema),
  /** Labelled examples behind `metrics` (0 when no predictions were given). */
  labelled: z.number().int().nonnegative(),
  /** What the run did about its verdict (issue, rollback, fail), as sentences. */
  actions: z.array(z.string()),
  /** Set when `on_degraded: rollback` rolled the release back in this run. */
  rolled_back: z.boolean().optional(),
  /**
   * Set (to the rollback's reason, `monitor: …`) when the run, monitoring with `rollback: defer`, found a rollback due
   * and left it to a later job (the rollback job of mlgate-monitor-rollback.yml). Counts like `rolled_back` for
   * "once per degradation".
   */
  rollback_requested: z.string().optional(),
});
export type MonitorRun = z.infer<typeof monitorRunSchema>;
