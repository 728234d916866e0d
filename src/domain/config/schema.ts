import { z } from 'zod';
import { compileLinearPattern, PatternError } from '../validation/linear-pattern.js';

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

const regex = z.string().superRefine((source, ctx) => {
  try {
    compileLinearPattern(source);
  } catch (error) {
    if (!(error instanceof PatternError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
  }
});

export const columnTypes = ['integer', 'number', 'boolean', 'string', 'category', 'date', 'datetime'] as const;

export const columnSchema = z
  .strictObject({
    type: z.enum(columnTypes).optional().describe('Expected type of every non-null value.'),
    required: z.boolean().optional().describe('The column must be present (default true for listed columns).'),
    nullable: z.boolean().optional().describe('false: any null fails.'),
    max_null_fraction: fraction.optional().describe('Largest tolerated fraction of nulls.'),
    min: z.union([z.number(), z.string()]).optional().describe('Lower bound (number, or ISO date for date/datetime).'),
    max: z.union([z.number(), z.string()]).optional().describe('Upper bound (number, or ISO date for date/datetime).'),
    in: z.array(scalar).min(1).optional().describe('Allowed values.'),
    not_in: z.array(scalar).min(1).optional().describe('Forbidden values.'),
    pattern: regex
      .optional()
      .describe(
        'Regular expression (JavaScript syntax) every value must match somewhere (anchor with ^…$ for the whole value). Runs in linear time (RE2) with JavaScript\'s meaning of \\s, \\d, \\w and .; refused: backreferences, lookaround, repeat counts over 1000 and Unicode property names RE2 lacks (use \\p{L}, \\p{Lu}, \\p{Greek}, not \\p{Letter}).',
      ),
    min_length: z.number().int().min(0).optional().describe('Shortest allowed string.'),
    max_length: z.number().int().min(0).optional().describe('Longest allowed string.'),
    unique: z.boolean().optional().describe('No value may repeat.'),
    max_age: z.string().regex(DURATION_RE, 'a duration like "30d", "12h"').optional().describe('Freshness: the newest value is at most this old.'),
    mostly: fraction.optional().describe('Fraction of non-null values that must pass row-level checks.'),
    severity: severity.optional(),
  })
  .describe('Checks on one column.');

const driftMethods = ['auto', 'psi', 'ks', 'wasserstein', 'jensen_shannon', 'chi2', 'linf'] as const;
export const driftColumnSchema = z.strictObject({
  method: z.enum(driftMethods).optional().describe('Drift measure for this column.'),
  threshold: z.number().min(0).optional().describe('Effect size above which the column has drifted (see drift.threshold).'),
  severity: severity.optional(),
});

export const driftSchema = z.strictObject({
  reference: z.string().min(1).describe('A data file, a profile JSON, or `production` (the profile stored with the live release).'),
  method: z.enum(driftMethods).default('auto').describe('auto picks by column type and size (KS or normalised Wasserstein; chi-square or Jensen-Shannon).'),
  threshold: z.number().min(0).optional().describe("Effect size above which a column has drifted, for every method auto picks (default per method: psi 0.2; KS statistic D 0.1; chi2 Cohen's w = sqrt(chi2/n) 0.1; normalised Wasserstein, Jensen-Shannon, L-infinity 0.1). KS and chi2 p-values are reported beside the score, never compared with it."),
  columns: z.record(z.string(), driftColumnSchema).optional().describe('Per-column method and threshold.'),
  max_drifted_share: fraction.optional().describe('Dataset-level verdict: fail when more than this share of columns drifted.'),
  severity: severity.optional(),
});

export const datasetSchema = z.strictObject({
  name: z.string().min(1).describe('Name used in reports and by --dataset.'),
  path: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).describe('File or glob (or a list); .csv .tsv .jsonl .ndjson .parquet, .gz for text. Parquet: every standard codec and encoding, only the columns checks need; a FLOAT reads as the decimal tools print for it (1.1f is 1.1).'),
  format: z.enum(['csv', 'tsv', 'jsonl', 'parquet']).optional().describe('Overrides detection by file extension.'),
  delimiter: z.string().length(1).optional().describe('CSV delimiter (default: detected).'),
  columns: z.record(z.string(), columnSchema).optional().describe('Checks per column name.'),
  rows: z.strictObject({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional(), severity: severity.optional() }).optional().describe('Row count bounds.'),
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
    .optional()
    .describe('Rows that also occur in another dataset (`against`) on the `key` columns.'),
  drift: driftSchema.optional().describe('Drift against a reference.'),
  max_examples: z.number().int().min(0).max(1000).optional().describe('Failing examples kept per check.'),
});

export const gateSchema = z.strictObject({
  min: z.number().optional().describe('Absolute lower bound.'),
  max: z.number().optional().describe('Absolute upper bound.'),
  max_regression: margin.optional(),
  min_improvement: z.union([z.number(), z.string().regex(PERCENT_RE, 'a percentage like "2%"')]).optional().describe('Required improvement over the baseline (absolute, or "2%").'),
  direction: z.enum(['higher', 'lower']).optional().describe('Inferred from the name when absent (loss, error, latency… are lower).'),
  severity: severity.optional(),
  required: z.boolean().optional().describe('A gated metric missing from the candidate fails (default true).'),
  min_support: z.number().int().min(0).optional().describe('Slices with fewer examples are skipped.'),
  inconclusive: z.enum(['error', 'warn', 'pass']).optional().describe('How an inconclusive significance result counts (default warn).'),
});

export const significanceSchema = z.strictObject({
  candidate: z.string().min(1).describe("The candidate's per-example results (id, label, prediction[, score])."),
  baseline: z.string().min(1).default('production').describe('`production` (stored with the live release) or a file.'),
  alpha: z.number().gt(0).lt(1).default(0.05).describe('Significance level, Holm-corrected across gated metrics.'),
  method: z.enum(['auto', 'bootstrap', 'mcnemar', 'permutation']).default('auto').describe('auto: McNemar for accuracy-type metrics, paired permutation otherwise, bootstrap intervals.'),
  resamples: z.number().int().min(100).max(1_000_000).default(2000).describe('Bootstrap / permutation resamples.'),
  seed: z.number().int().default(1).describe('Seed: results are reproducible.'),
  id_column: z.string().default('id'),
  label_column: z.string().default('label'),
  prediction_column: z.string().default('prediction'),
  score_column: z.string().default('score'),
});

export const onDegradedActions = ['issue', 'fail', 'rollback'] as const;

export const monitorSchema = z
  .strictObject({
    environment: z.string().min(1).optional().describe("The environment whose live release is monitored (default: the model's `environment`)."),
    data: z
      .record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]))
      .default({})
      .describe("Dataset name (from `datasets:`) → where its fresh production data is: a file or glob (or a list), read with that dataset's checks and drift settings, or a profile JSON (`mlgate profile` / `merge-profiles` output) made elsewhere."),
    predictions: z.string().min(1).optional().describe('Labelled production predictions (id, label, prediction[, score]; column names from `significance:`): the live metrics, gated against the metrics stored with the release.'),
    on_degraded: z
      .union([z.enum(onDegradedActions), z.array(z.enum(onDegradedActions)).min(1)], { error: `expected one of ${onDegradedActions.join(', ')}, or a list of them` })
      .default('issue')
      .describe('What a degraded verdict does: `issue` (open or update the sticky issue), `fail` (exit 1), `rollback` (roll back to the previous release, once per degradation); one or a list.'),
  })
  .describe('Monitoring of the live release (`mlgate monitor`, SPEC §8).');

export const BASELINE_RE = /^(production|file:.+|ref:[^:]+:.+|[A-Za-z0-9_.-]+)$/;

export const modelSchema = z.strictObject({
  name: z.string().min(1).describe('Name used in reports, releases and by --model.'),
  metrics: z.string().min(1).describe('Candidate metrics file (JSON or YAML; nested keys flattened with ".").'),
  baseline: z.string().regex(BASELINE_RE, 'production | <environment> | file:path | ref:<git-ref>:path').default('production').describe('production | <environment> | file:path | ref:<git-ref>:path'),
  environment: z.string().min(1).default('production').describe('Where promote and rollback act.'),
  uri: z.string().optional().describe('Where the model artifact lives (recorded in the release).'),
  gates: z.record(z.string(), gateSchema).default({}).describe('Gates per metric name (glob patterns allowed, e.g. "slices.*.accuracy").'),
  headline: z.array(z.string()).optional().describe('Metrics charted over releases in the report (default: the first gated ones).'),
  significance: significanceSchema.optional().describe('Per-example results make the gate statistical.'),
  monitor: monitorSchema.optional(),
});

export const environmentSchema = z.strictObject({
  url: z.string().optional().describe('environment_url of its releases.'),
  deploy_command: z.string().optional().describe('Default deploy-command of promote.'),
  auto_rollback: z.boolean().optional().describe('Default auto-rollback of promote.'),
});

export const reportSchema = z.strictObject({
  comment_key: z.string().optional().describe('Key of the sticky comment marker (default: workflow/model).'),
  mode: z.enum(['update', 'recreate']).optional().describe('update the comment in place, or delete and re-post it.'),
  max_examples: z.number().int().min(0).max(100).optional().describe('Failing examples shown per check.'),
});

export const configSchema = z
  .strictObject({
    version: z.literal(1).describe('Format version: 1.'),
    datasets: z.array(datasetSchema).default([]).describe('Datasets and their checks.'),
    models: z.array(modelSchema).default([]).describe('Models and their gates.'),
    environments: z.record(z.string(), environmentSchema).optional().describe('Settings per release environment.'),
    report: reportSchema.optional().describe('The PR report.'),
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
      for (const name of Object.keys(m.monitor?.data ?? {})) {
        if (!names.has(name))
          ctx.addIssue({ code: 'custom', path: ['models', i, 'monitor', 'data', name], message: `no dataset named ${JSON.stringify(name)}; monitor.data names datasets defined under \`datasets:\` (expected one of: ${[...names].join(', ') || 'none defined'})` });
      }
    });
  })
  .describe('mlgate configuration (mlgate.yml)');

export type Config = z.infer<typeof configSchema>;
export type DatasetConfig = z.infer<typeof datasetSchema>;
export type ColumnConfig = z.infer<typeof columnSchema>;
export type ModelConfig = z.infer<typeof modelSchema>;
export type GateConfig = z.infer<typeof gateSchema>;
export type SignificanceConfig = z.infer<typeof significanceSchema>;
export type MonitorConfig = z.infer<typeof monitorSchema>;
export type OnDegradedAction = (typeof onDegradedActions)[number];
export type DriftConfig = z.infer<typeof driftSchema>;
export type Severity = z.infer<typeof severity>;
