/** Machine-readable results (`--json`), exactly the shapes of SPEC §4. */

export type Verdict = 'pass' | 'fail' | 'warn';
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skipped';
export type MetricStatus = 'pass' | 'fail' | 'warn' | 'skipped' | 'inconclusive';

export interface Example {
  file: string;
  line?: number;
  row?: number;
  value: unknown;
}

export interface CheckResult {
  column?: string;
  check: string;
  severity: 'error' | 'warn';
  status: CheckStatus;
  observed: unknown;
  expected: unknown;
  failing: number;
  fraction: number;
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
}

export interface DatasetResult {
  name: string;
  files?: string[];
  rows: number;
  checks: CheckResult[];
  drift?: DriftResult[];
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
}

export interface ComparisonResult {
  verdict: Verdict;
  model: string;
  baseline: { source: string; version?: string };
  metrics: MetricResult[];
  /** Present when the config asks for significance: whether the paired tests ran, against what, and if not, why. */
  significance?: { baseline: string; status: 'used' | 'unavailable'; reason?: string; paired?: number };
}
