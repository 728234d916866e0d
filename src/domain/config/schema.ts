import { z } from 'zod';

/** `"2%"` → relative margin; plain numbers are absolute. */
export const PERCENT_RE = /^-?\d+(\.\d+)?%$/;
/** `30d`, `12h`, `90m`, `45s`, `2w`. */
export const DURATION_RE = /^\d+(\.\d+)?(s|m|h|d|w)$/;

const severity = z.enum(['error', 'warn']).describe('`error` (default) fails the verdict; `warn` only reports.');
const fraction = z.number().min(0).max(1);
const margin = z
  .union([z.number().min(0), z.string().regex(PERCENT_RE, 'a percentage like "2%"')])
  .describe('Absolute number, or a relative margin as a string ending in % (e.g. "2%").');
const scalar = z.union([z.string(), z.number(), z.boolean()]);

const regex = z.string().refine(
  (s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

export const columnTypes = ['integer', 'number', 'boolean', 'string', 'category', 'date', 'datetime'] as const;

export const columnSchema = z
  .strictObject({
    type: z.enum(columnTypes).optional(),
    required: z.boolean().optional().describe('The column must be present (default true for listed columns).'),
    nullable: z.boolean().optional(),
    max_null_fraction: fraction.optional(),
    min: z.union([z.number(), z.string()]).optional().describe('Lower bound (number, or ISO date for date/datetime).'),
    max: z.union([z.number(), z.string()]).optional().describe('Upper bound (number, or ISO date for date/datetime).'),
    in: z.array(scalar).min(1).optional(),
    not_in: z.array(scalar).min(1).optional(),
    pattern: regex.optional(),
    min_length: z.number().int().min(0).optional(),
    max_length: z.number().int().min(0).optional(),
    unique: z.boolean().optional(),
    max_age: z.string().regex(DURATION_RE, 'a duration like "30d", "12h"').optional().describe('Freshness: the newest value is at most this old.'),
    mostly: fraction.optional().describe('Fraction of non-null values that must pass row-level checks.'),
    severity: severity.optional(),
  })
  .describe('Checks on one column.');

const driftMethods = ['auto', 'psi', 'ks', 'wasserstein', 'jensen_shannon', 'chi2', 'linf'] as const;
export const driftColumnSchema = z.strictObject({
  method: z.enum(driftMethods).optional(),
  threshold: z.number().min(0).optional(),
  severity: severity.optional(),
});

export const driftSchema = z.strictObject({
  reference: z.string().min(1).describe('A data file, a profile JSON, or `production` (the profile stored with the live release).'),
  method: z.enum(driftMethods).default('auto'),
  threshold: z.number().min(0).optional(),
  columns: z.record(z.string(), driftColumnSchema).optional(),
  max_drifted_share: fraction.optional().describe('Dataset-level verdict: fail when more than this share of columns drifted.'),
  severity: severity.optional(),
});

export const datasetSchema = z.strictObject({
  name: z.string().min(1),
  path: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('File or glob (or a list); .csv .tsv .jsonl .ndjson .parquet, .gz for text.'),
  format: z.enum(['csv', 'tsv', 'jsonl', 'parquet']).optional().describe('Overrides detection by file extension.'),
  delimiter: z.string().length(1).optional(),
  columns: z.record(z.string(), columnSchema).optional(),
  rows: z.strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional(), severity: severity.optional() }).optional(),
  strict_columns: z.boolean().optional().describe('Columns not listed under `columns` fail.'),
  duplicates: z
    .union([fraction, z.strictObject({ max_fraction: fraction, severity: severity.optional() })])
    .optional()
    .describe('Maximum fraction of duplicate rows.'),
  leakage: z
    .strictObject({
      against: z.string().min(1),
      key: z.array(z.string().min(1)).min(1),
      max_fraction: fraction.optional(),
      severity: severity.optional(),
    })
    .optional(),
  drift: driftSchema.optional(),
  max_examples: z.number().int().min(0).max(1000).optional(),
});

export const gateSchema = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
  max_regression: margin.optional(),
  min_improvement: z.union([z.number(), z.string().regex(PERCENT_RE, 'a percentage like "2%"')]).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
  severity: severity.optional(),
  required: z.boolean().optional(),
  min_support: z.number().int().min(0).optional(),
  inconclusive: z.enum(['error', 'warn', 'pass']).optional().describe('How an inconclusive significance result counts (default warn).'),
});

export const significanceSchema = z.strictObject({
  candidate: z.string().min(1),
  baseline: z.string().min(1).default('production'),
  alpha: z.number().gt(0).lt(1).default(0.05),
  method: z.enum(['auto', 'bootstrap', 'mcnemar', 'permutation']).default('auto'),
  resamples: z.number().int().min(100).max(1_000_000).default(2000),
  seed: z.number().int().default(1),
  id_column: z.string().default('id'),
  label_column: z.string().default('label'),
  prediction_column: z.string().default('prediction'),
  score_column: z.string().default('score'),
});

export const BASELINE_RE = /^(production|file:.+|ref:[^:]+:.+|[A-Za-z0-9_.-]+)$/;

export const modelSchema = z.strictObject({
  name: z.string().min(1),
  metrics: z.string().min(1).describe('Candidate metrics file (JSON or YAML; nested keys flattened with ".").'),
  baseline: z.string().regex(BASELINE_RE, 'production | <environment> | file:path | ref:<git-ref>:path').default('production'),
  environment: z.string().min(1).default('production'),
  uri: z.string().optional().describe('Where the model artifact lives (recorded in the release).'),
  gates: z.record(z.string(), gateSchema).default({}),
  headline: z.array(z.string()).optional().describe('Metrics charted over releases in the report (default: the first gated ones).'),
  significance: significanceSchema.optional(),
});

export const environmentSchema = z.strictObject({
  url: z.string().optional(),
  deploy_command: z.string().optional(),
  auto_rollback: z.boolean().optional(),
});

export const reportSchema = z.strictObject({
  comment_key: z.string().optional(),
  mode: z.enum(['update', 'recreate']).optional(),
  max_examples: z.number().int().min(0).max(100).optional(),
});

export const configSchema = z
  .strictObject({
    version: z.literal(1),
    datasets: z.array(datasetSchema).default([]),
    models: z.array(modelSchema).default([]),
    environments: z.record(z.string(), environmentSchema).optional(),
    report: reportSchema.optional(),
  })
  .superRefine((cfg, ctx) => {
    const names = new Set<string>();
    cfg.datasets.forEach((d, i) => {
      if (names.has(d.name)) ctx.addIssue({ code: 'custom', path: ['datasets', i, 'name'], message: `duplicate dataset name "${d.name}"` });
      names.add(d.name);
    });
    cfg.datasets.forEach((d, i) => {
      if (d.leakage && !names.has(d.leakage.against))
        ctx.addIssue({ code: 'custom', path: ['datasets', i, 'leakage', 'against'], message: `no dataset named "${d.leakage.against}"; expected one of: ${[...names].join(', ')}` });
    });
    const models = new Set<string>();
    cfg.models.forEach((m, i) => {
      if (models.has(m.name)) ctx.addIssue({ code: 'custom', path: ['models', i, 'name'], message: `duplicate model name "${m.name}"` });
      models.add(m.name);
    });
  })
  .describe('mlgate configuration (mlgate.yml)');

export type Config = z.infer<typeof configSchema>;
export type DatasetConfig = z.infer<typeof datasetSchema>;
export type ColumnConfig = z.infer<typeof columnSchema>;
export type ModelConfig = z.infer<typeof modelSchema>;
export type GateConfig = z.infer<typeof gateSchema>;
export type SignificanceConfig = z.infer<typeof significanceSchema>;
export type DriftConfig = z.infer<typeof driftSchema>;
export type Severity = z.infer<typeof severity>;
