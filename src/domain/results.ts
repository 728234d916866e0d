/** Machine-readable results (`--json`), exactly the shapes of SPEC §4. */

export type Verdict = 'pass' | 'fail' | 'warn';
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skipped';
export type MetricStatus = 'pass' | 'fail' | 'warn' | 'skipped' | 'inconclusive';

export interface Example {
  file: string;
  line?: number;
  row?: number;
  value: unknown;
  /**
   * Set on a repeat found across shards (`unique`, `duplicates` from merged shard profiles): an earlier place of the
   * same key. No shard kept the value itself (shards exchange key hashes), so `value` is null.
   */
  repeats?: { file: string; line?: number; row?: number };
}

/** What `failing` counts (absent: rows); see src/domain/validation/failing-units.ts. */
export type FailingUnit = 'rows' | 'columns' | 'files';

export interface CheckResult {
  column?: string;
  check: string;
  severity: 'error' | 'warn';
  status: CheckStatus;
  observed: unknown;
  expected: unknown;
  /** How many rows (or columns, or files: `unit`) fail. */
  failing: number;
  /** `failing` as a share of the rows (columns, files) checked. */
  fraction: number;
  /** Set when `failing` does not count rows. */
  unit?: Exclude<FailingUnit, 'rows'>;
  examples: Example[];
  message?: string;
}

export interface DriftResult {
  column: string;
  method: string;
  score: number;
  threshold: number;
  status: CheckStatus;
  p_value?: number;
  severity?: 'error' | 'warn';
  /** Why a column was skipped, or what the dataset-level row counted. */
  message?: string;
  /** Profile mode: bound on |score − exact score| from the sketches' rank error. */
  error_bound?: number;
  /** Drifted columns only: reference vs current shares per bin or category, for the report's chart. */
  distribution?: DriftDistribution;
}

/**
 * How a drifted column's values are spread, reference beside current, as shares (0–1) of each side's non-null values.
 * Numeric: at most 20 bins of equal, round width; a bin holds `from ≤ x < to` (the last bounded bin also `x = to`),
 * `from: null` is the lower tail (`x < to`), `to: null` the upper tail (`x > from`). Categorical: the 10 categories with
 * the largest share on either side, then `value: null` for all other values. From a profile the shares are the
 * sketches' estimates.
 */
export type DriftDistribution = { kind: 'numeric'; bins: NumericBin[] } | { kind: 'categorical'; bins: CategoryBin[] };

export interface NumericBin {
  from: number | null;
  to: number | null;
  reference: number;
  current: number;
}

export interface CategoryBin {
  /** The category (cut to 80 characters with `…`), or null for every other value. */
  value: string | null;
  reference: number;
  current: number;
}

export interface DatasetResult {
  name: string;
  files?: string[];
  rows: number;
  checks: CheckResult[];
  drift?: DriftResult[];
  /** What changed in this dataset since the live release (SPEC §5 "Data vs production"); absent before any release. */
  production?: DataVsProduction;
}

/** A dataset against the fingerprints and profile stored with the live release (src/domain/evidence/data-change.ts). */
export interface DataVsProduction {
  status: 'compared' | 'unavailable';
  /** The release compared against, e.g. `1.0.0 (#3)`. */
  release?: string;
  /** Why nothing was compared (status `unavailable`). */
  reason?: string;
  /** By path: files new in this run, gone since the release, and present in both with other content. */
  files?: { added: string[]; removed: string[]; changed: string[]; unchanged: number };
  rows?: { production: number | null; now: number };
  /** Columns by name, with the type the profile found (`number`, `category`, …). */
  columns?: { added: { name: string; type: string }[]; removed: { name: string; type: string }[]; retyped: { name: string; production: string; now: string }[]; unchanged: number };
  /** Drift against the production profile (when the dataset's drift reference is `production`): counts only; the rows are in `drift`. */
  drift?: { compared: number; drifted: number; skipped?: string };
}

export interface ValidationResult {
  verdict: Verdict;
  datasets: DatasetResult[];
}

export interface MetricResult {
  name: string;
  direction: 'higher' | 'lower';
  direction_inferred?: boolean;
  baseline: number | null;
  candidate: number | null;
  delta: number | null;
  relative_delta: number | null;
  gate: string;
  status: MetricStatus;
  reason: string;
  ci?: [number, number];
  p_value?: number;
  severity?: 'error' | 'warn';
  support?: number;
  /** With per-example data: how `ci` and `p_value` were computed, and the margin the interval was compared to. */
  significance?: MetricSignificance;
}

export interface MetricSignificance {
  test: 'bootstrap' | 'mcnemar' | 'permutation';
  /** Confidence level of `ci` (1 − alpha); the interval is not adjusted for multiple metrics. */
  level: number;
  /** Paired examples the interval and p-value come from. */
  n: number;
  /** `p_value` is adjusted across the gated metrics (Holm). */
  p_adjustment: 'holm';
  /** The delta (candidate − baseline) the interval must clear: −allowed regression, or +required improvement (signed by direction). */
  margin: number;
}

export interface ComparisonResult {
  verdict: Verdict;
  model: string;
  baseline: { source: string; version?: string };
  metrics: MetricResult[];
  /** Present when the config asks for significance: whether the paired tests ran, against what, and if not, why. */
  significance?: { baseline: string; status: 'used' | 'unavailable'; reason?: string; paired?: number };
}

/**
 * How results JSON spells the numbers JSON cannot hold: a metric of ±Infinity or NaN is written as the text
 * "Infinity", "-Infinity" or "NaN" (JSON.stringify would write null, losing the value), and read back as the number.
 */
export const NON_FINITE_TEXT = { Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY, NaN: Number.NaN } as const;

/** A results document as JSON text (`--json`, the results directory): indented, non-finite numbers as text. */
export function resultsJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2);
  return `${text}\n`;
}
