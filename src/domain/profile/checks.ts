/**
 * The data checks a profile can answer without the rows. A profile made with the dataset's config carries row
 * checks (row-checks.ts) and answers every check as `validate` would. One without them (`profile <files…>`) answers
 * rows, nullable, max_null_fraction, min/max (numeric), in/not_in (categorical, while every count is exact); the
 * rest need the rows (pattern, unique, duplicates, leakage, …) and are reported as skipped, never silently dropped.
 */
import type { ColumnConfig, DatasetConfig } from '../config/schema.js';
import type { CheckResult, DatasetResult } from '../results.js';
import { rowsCheck, strictColumnsCheck } from '../validation/failing-units.js';
import { finding } from '../validation/findings.js';
import type { ColumnProfile } from './column.js';
import type { DatasetProfile } from './dataset.js';
import { checksKey, rowChecksResult } from './row-checks.js';

const ROW_LEVEL = ['pattern', 'unique', 'min_length', 'max_length', 'max_age'] as const;

function skipped(column: string, check: string, severity: 'error' | 'warn', why: string): CheckResult {
  return { column, check, severity, status: 'skipped', observed: null, expected: null, failing: 0, fraction: 0, examples: [], message: why };
}

function columnChecks(name: string, cfg: ColumnConfig, col: ColumnProfile | undefined, rows: number, files: number, why: string): CheckResult[] {
  const severity = cfg.severity ?? 'error';
  const out: CheckResult[] = [];
  if (!col) {
    // A merged profile has every column any shard saw: missing from it is missing from every file profiled.
    const missingIn = Math.max(1, files);
    if (cfg.required !== false) out.push(finding({ column: name, check: 'required', severity, failed: true, failing: missingIn, total: missingIn, unit: 'files', observed: 'missing from the profile', expected: 'present' }));
    return out;
  }
  const nulls = col.nulls;
  if (cfg.nullable === false) out.push(finding({ column: name, check: 'nullable', severity, failed: nulls > 0, failing: nulls, total: rows, observed: nulls, expected: 0 }));
  if (cfg.max_null_fraction !== undefined) {
    const frac = rows ? nulls / rows : 0;
    out.push(finding({ column: name, check: 'max_null_fraction', severity, failed: frac > cfg.max_null_fraction, failing: nulls, total: rows, observed: Number(frac.toPrecision(6)), expected: cfg.max_null_fraction }));
  }
  // Row-level checks pass while the failing share stays within 1 − mostly.
  const tooMany = (failing: number, total: number): boolean => failing > 0 && failing / Math.max(1, total) > 1 - (cfg.mostly ?? 1);
  if (col.kind === 'numeric') {
    const sample = col.sketch.toSample();
    const n = col.moments.count;
    const note = col.sketch.rankError > 0 ? { message: `failing rows estimated from the quantile sketch (±${col.sketch.rankError})` } : {};
    let below = 0;
    let atMostMax = 0;
    for (let i = 0; i < sample.values.length; i++) {
      const w = sample.weights ? sample.weights[i]! : 1;
      if (typeof cfg.min === 'number' && sample.values[i]! < cfg.min) below += w;
      if (typeof cfg.max === 'number' && sample.values[i]! <= cfg.max) atMostMax += w;
    }
    if (typeof cfg.min === 'number') {
      const failing = col.min < cfg.min ? Math.max(1, below) : 0;
      out.push(finding({ column: name, check: 'min', severity, failed: tooMany(failing, n), failing, total: n, observed: col.min, expected: cfg.min, ...(failing ? note : {}) }));
    }
    if (typeof cfg.max === 'number') {
      const failing = col.max > cfg.max ? Math.max(1, n - atMostMax) : 0;
      out.push(finding({ column: name, check: 'max', severity, failed: tooMany(failing, n), failing, total: n, observed: col.max, expected: cfg.max, ...(failing ? note : {}) }));
    }
  } else {
    for (const key of ['in', 'not_in'] as const) {
      const list = cfg[key];
      if (!list) continue;
      if (col.top.error > 0) {
        out.push(skipped(name, key, severity, `more distinct values than the top-k sketch holds exactly (${col.top.capacity}); needs the rows`));
        continue;
      }
      const allowed = new Set(list.map(String));
      const bad = col.top.items().filter(([v]) => (key === 'in' ? !allowed.has(v) : allowed.has(v)));
      const failing = bad.reduce((s, [, c]) => s + c, 0);
      out.push(finding({ column: name, check: key, severity, failed: tooMany(failing, col.count), failing, total: col.count, observed: bad.slice(0, 5).map(([v]) => v), expected: list }));
    }
  }
  for (const key of ROW_LEVEL) if (cfg[key] !== undefined) out.push(skipped(name, key, severity, why));
  return out;
}

/**
 * Checks of `dataset` answered from `profile` (drift is added by the caller): every check, exactly, from the row
 * checks a profile made with the config carries; else the subset its statistics answer.
 */
export function profileDatasetResult(profile: DatasetProfile, dataset: DatasetConfig, options: { now?: number; where?: string } = {}): DatasetResult {
  if (profile.rowChecks?.checks === checksKey(dataset)) return rowChecksResult(profile.rowChecks, dataset, options.now ?? Date.now(), options.where ?? `the profile of ${profile.dataset}`);
  // Row checks made under other checks than the config now defines answer nothing: the statistics still do.
  const why = profile.rowChecks
    ? `the profile's row checks were made under other checks of this dataset than the config now defines (profile again to answer it)`
    : 'needs the rows; not answerable from a profile';
  const checks: CheckResult[] = [];
  checks.push(rowsCheck(profile.rows, dataset.rows));
  const byName = new Map(profile.columns.map((c) => [c.name, c]));
  for (const [name, cfg] of Object.entries(dataset.columns ?? {})) checks.push(...columnChecks(name, cfg, byName.get(name), profile.rows, profile.sources.length, why));
  if (dataset.strict_columns) {
    const extra = profile.columns.map((c) => c.name).filter((c) => !(dataset.columns && c in dataset.columns));
    checks.push(strictColumnsCheck(extra, profile.columns.length));
  }
  for (const key of ['duplicates', 'leakage'] as const)
    if (dataset[key] !== undefined) checks.push({ check: key, severity: 'error', status: 'skipped', observed: null, expected: null, failing: 0, fraction: 0, examples: [], message: why });
  return { name: dataset.name, files: profile.sources.map((s) => s.file), rows: profile.rows, checks };
}
