/** Per-column drift results and the dataset-level verdict from configured methods and thresholds. */
import type { ColumnConfig, DriftConfig, Severity } from '../config/schema.js';
import type { DriftResult } from '../results.js';
import type { ColumnDistribution } from './distribution.js';
import { driftDistribution } from './histogram.js';
import { hasSummaryBound, isSummarised, pooledShares, summaryBound } from './category-bound.js';
import { atLevel } from './capped-counts.js';
import type { CategoricalDistribution } from './distribution.js';
import { autoMethod, DEFAULT_THRESHOLD, drifted, measure, type DriftMethod } from './methods.js';

/** The row that carries the share-of-drifted-columns verdict. */
export const DATASET_ROW = '(dataset)';

export interface DriftInputs {
  reference: ReadonlyMap<string, ColumnDistribution>;
  current: ReadonlyMap<string, ColumnDistribution>;
  config: DriftConfig;
  /** `datasets[].columns`: `unique: true` columns (ids) are not compared. */
  columns?: Readonly<Record<string, ColumnConfig>>;
}

interface ColumnSettings {
  method: DriftMethod | 'auto';
  threshold?: number;
  severity: Severity;
}

function settingsFor(column: string, config: DriftConfig): ColumnSettings {
  const own = config.columns?.[column];
  const method = own?.method ?? config.method ?? 'auto';
  return { method, threshold: own?.threshold, severity: own?.severity ?? config.severity ?? 'error' };
}

/** Own threshold, else the dataset's, else the method's default; every one is an effect size (see methods.ts). */
function thresholdFor(method: DriftMethod, s: ColumnSettings, config: DriftConfig): number {
  return s.threshold ?? config.threshold ?? DEFAULT_THRESHOLD[method];
}

/** Why a unique column (an identifier) has no drift: by design, not a problem. */
export const IDENTIFIER_SKIPPED = 'unique column (an identifier): not compared';

/** Both sides at the higher of their sampling levels, so they list and pool the same values. */
function sameSample(ref: CategoricalDistribution, cur: CategoricalDistribution): [CategoricalDistribution, CategoricalDistribution] {
  const level = Math.max(ref.sampleLevel ?? 0, cur.sampleLevel ?? 0);
  return level === 0 ? [ref, cur] : [atLevel(ref, level), atLevel(cur, level)];
}

const percent = (x: number): string => `${(100 * x).toPrecision(3)}%`;

/** What the comparison of summarised tables pooled, per side. */
function pooledMessage(ref: CategoricalDistribution, cur: CategoricalDistribution): string {
  const [r, c] = pooledShares(ref, cur);
  return `${percent(r)} of reference, ${percent(c)} of current values pooled as (other)`;
}

const skipped = (column: string, method: string, message: string): DriftResult => ({ column, method, score: 0, threshold: 0, status: 'skipped', message });

/** The chart data of a drifted column (only drifted ones: the results stay small). */
function distributionOf(ref: ColumnDistribution, cur: ColumnDistribution): Pick<DriftResult, 'distribution'> {
  const distribution = driftDistribution(ref, cur);
  return distribution ? { distribution } : {};
}

/** One column's drift result, and whether it was compared and drifted (for the dataset row). */
export interface ColumnDrift {
  result: DriftResult;
  compared: boolean;
  drifted: boolean;
}

const skip = (result: DriftResult): ColumnDrift => ({ result, compared: false, drifted: false });

/** The drift of one column (in `inputs.current`, `inputs.reference`, or both). */
function columnDrift(column: string, inputs: DriftInputs): ColumnDrift {
  const { reference, current, config } = inputs;
  const share = config.max_drifted_share;
  const s = settingsFor(column, config);
  let ref = reference.get(column);
  let cur = current.get(column);
  if (inputs.columns?.[column]?.unique) return skip(skipped(column, s.method, IDENTIFIER_SKIPPED));
  if (!ref) return skip(skipped(column, s.method, 'not in the reference'));
  if (!cur) return skip(skipped(column, s.method, 'not in the current data'));
  if (ref.kind !== cur.kind) return skip(skipped(column, s.method, `reference is ${ref.kind}, current is ${cur.kind}`));
  if (ref.count === 0 || cur.count === 0) return skip(skipped(column, s.method, `no non-null values in the ${ref.count === 0 ? 'reference' : 'current data'}`));
  const method = s.method === 'auto' ? autoMethod(ref) : s.method;
  if ((method === 'ks' || method === 'wasserstein') && ref.kind !== 'numeric') return skip(skipped(column, method, `${method} needs a numeric column; this one is categorical`));
  let summarised: [CategoricalDistribution, CategoricalDistribution] | undefined;
  let pooled = '';
  if (ref.kind === 'categorical' && cur.kind === 'categorical') {
    [ref, cur] = sameSample(ref, cur);
    if (isSummarised(ref) || isSummarised(cur)) {
      pooled = pooledMessage(ref, cur);
      if (!hasSummaryBound(method)) {
        return skip(skipped(column, method, `${method} needs exact category counts; too many distinct values: ${pooled}`));
      }
      summarised = [ref, cur];
    }
  }
  const threshold = thresholdFor(method, s, config);
  const m = measure(method, ref, cur);
  const bound = summarised ? summaryBound(method, summarised[0], summarised[1], m.score) : undefined;
  const isDrift = drifted(m, threshold);
  // A summarised table's score is only known within its bound: a pass the bound could turn into drift is not a pass.
  const undecided = !isDrift && bound !== undefined && m.score + bound >= threshold;
  const status = undecided ? 'warn' : !isDrift ? 'pass' : share !== undefined || s.severity === 'warn' ? 'warn' : 'fail';
  const approximate = bound === undefined ? undefined : `approximate: ${undecided ? `cannot tell whether it drifted (score ${m.score.toPrecision(3)} ± ${bound.toPrecision(3)} against threshold ${threshold}); ` : ''}${pooled}`;
  const result: DriftResult = {
    column,
    method,
    score: m.score,
    threshold,
    status,
    ...(m.pValue !== undefined ? { p_value: m.pValue } : {}),
    severity: s.severity,
    ...(m.errorBound !== undefined ? { error_bound: m.errorBound } : {}),
    ...(bound !== undefined ? { error_bound: bound, message: approximate } : {}),
    ...(isDrift ? distributionOf(ref, cur) : {}),
  };
  return { result, compared: true, drifted: isDrift };
}

/**
 * The drift of the columns named (each in `inputs.current`): what `evaluateDrift` would give for them, computed
 * ahead (while the other columns' values are still being sorted) and handed to it as `ready`.
 */
export function evaluateDriftColumns(inputs: DriftInputs, columns: Iterable<string>): Map<string, ColumnDrift> {
  return new Map([...columns].map((column) => [column, columnDrift(column, inputs)]));
}

/** Every column's drift, in column order, then the dataset row when `max_drifted_share` is set; `ready`: columns' drift computed ahead. */
export function evaluateDrift(inputs: DriftInputs, ready?: ReadonlyMap<string, ColumnDrift>): DriftResult[] {
  const { reference, current, config } = inputs;
  const results: DriftResult[] = [];
  const columns = [...new Set([...current.keys(), ...reference.keys()])];
  const share = config.max_drifted_share;
  let compared = 0;
  let driftedCount = 0;
  for (const column of columns) {
    const outcome = ready?.get(column) ?? columnDrift(column, inputs);
    results.push(outcome.result);
    if (outcome.compared) compared++;
    if (outcome.drifted) driftedCount++;
  }
  if (share !== undefined) {
    const observed = compared > 0 ? driftedCount / compared : 0;
    const over = observed > share;
    const severity = config.severity ?? 'error';
    results.push({
      column: DATASET_ROW,
      method: 'share_of_drifted_columns',
      score: observed,
      threshold: share,
      status: !over ? 'pass' : severity === 'warn' ? 'warn' : 'fail',
      severity,
      message: `${driftedCount} of ${compared} compared columns drifted`,
    });
  }
  return results;
}
