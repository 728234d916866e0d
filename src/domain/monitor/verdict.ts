/**
 * The monitor's verdict rule (docs/monitoring.md):
 * - degraded: a data check of severity `error` failed, a column drifted past its threshold with severity `error`,
 *   or a live metric failed its gate (an error-severity gate whose interval clears the margin the wrong way);
 * - warn: only warn-level findings (warn checks, drift of severity `warn`, warn gates, a metric that looks worse than
 *   its gate allows but whose interval cannot tell, a labelled sample too small to tell) or something configured could
 *   not be checked (no evidence, no profile);
 * - healthy: everything configured was checked and nothing was found.
 * A run that could check nothing at all is never healthy.
 */
import type { ComparisonResult, DatasetResult, MetricResult } from '../results.js';
import type { DriftMeasure, MetricMeasure, MonitorFinding, MonitorVerdict } from './run.js';
import { IDENTIFIER_SKIPPED } from '../drift/evaluate.js';
import { formatNumber } from '../gate/margin.js';

export function monitorVerdict(findings: readonly MonitorFinding[]): MonitorVerdict {
  if (findings.some((f) => f.level === 'degraded')) return 'degraded';
  return findings.length > 0 ? 'warn' : 'healthy';
}

const list = (items: readonly string[]): string => (items.length <= 5 ? items.join(', ') : `${items.slice(0, 5).join(', ')} and ${items.length - 5} more`);

/** Findings of one dataset's checks and drift (fresh data against the live release's profile). */
export function datasetFindings(ds: DatasetResult): MonitorFinding[] {
  const out: MonitorFinding[] = [];
  const named = (c: { column?: string; check: string }): string => (c.column ? `${c.column} ${c.check}` : c.check);
  const failed = ds.checks.filter((c) => c.status === 'fail');
  const warned = ds.checks.filter((c) => c.status === 'warn');
  if (failed.length) out.push({ level: 'degraded', text: `${ds.name}: ${failed.length} data check(s) of severity error failed (${list(failed.map(named))})` });
  if (warned.length) out.push({ level: 'warn', text: `${ds.name}: ${warned.length} data check(s) of severity warn failed (${list(warned.map(named))})` });
  const drift = ds.drift ?? [];
  const describe = (d: { column: string; method: string; score: number; threshold: number; error_bound?: number; message?: string }): string =>
    d.message?.startsWith('approximate: cannot tell')
      ? `${d.column} ${d.method} cannot tell (${formatNumber(d.score)} ± ${formatNumber(d.error_bound ?? Number.NaN)} against ${formatNumber(d.threshold)})`
      : `${d.column} ${d.method} ${formatNumber(d.score)} > ${formatNumber(d.threshold)}`;
  const drifted = drift.filter((d) => d.status === 'fail');
  const driftWarn = drift.filter((d) => d.status === 'warn');
  if (drifted.length) out.push({ level: 'degraded', text: `${ds.name}: drift against the live release's data in ${list(drifted.map(describe))}` });
  if (driftWarn.length) out.push({ level: 'warn', text: `${ds.name}: drift (severity warn) against the live release's data in ${list(driftWarn.map(describe))}` });
  for (const d of drift.filter((x) => x.status === 'skipped' && x.column === '(dataset)')) out.push({ level: 'warn', text: `${ds.name}: drift not measured: ${d.message ?? 'no reason given'}` });
  // Identifiers are never compared, by design; any other column left out is said.
  const unmeasured = drift.filter((x) => x.status === 'skipped' && x.column !== '(dataset)' && x.message !== IDENTIFIER_SKIPPED);
  if (unmeasured.length) out.push({ level: 'warn', text: `${ds.name}: drift not measured for ${list(unmeasured.map((d) => `${d.column} (${d.message ?? 'no reason given'})`))}` });
  return out;
}

/** The gate's reasons speak of a candidate and a baseline; here they are the live model and the release. */
export function liveWording(reason: string): string {
  return reason.replace(/\bcandidate\b/g, 'live').replace(/\bbaseline\b/g, 'release');
}

/**
 * An inconclusive live metric whose point estimate is within what its gate tolerates: monitoring asks "is there evidence
 * that the model got worse?", and an interval that straddles the margin around a good estimate is no such evidence.
 */
function withinTolerance(m: MetricResult): boolean {
  if (m.status !== 'inconclusive' || !m.significance || m.delta === null) return false;
  return m.direction === 'higher' ? m.delta >= m.significance.margin : m.delta <= m.significance.margin;
}

/** Findings of the live metrics gated against the release's stored metrics. */
export function metricFindings(c: ComparisonResult): MonitorFinding[] {
  const out: MonitorFinding[] = [];
  for (const m of c.metrics) {
    if (m.status === 'fail') out.push({ level: 'degraded', text: `live ${m.name}: ${liveWording(m.reason)}` });
    else if (m.status === 'warn' || (m.status === 'inconclusive' && !withinTolerance(m))) out.push({ level: 'warn', text: `live ${m.name}: ${liveWording(m.reason)}` });
  }
  return out;
}

/** The drift scores that were measured (skipped columns carry no score). */
export function driftMeasures(ds: DatasetResult): DriftMeasure[] {
  return (ds.drift ?? []).filter((d) => d.status !== 'skipped').map((d) => ({ dataset: ds.name, column: d.column, method: d.method, score: d.score, threshold: d.threshold, status: d.status }));
}

export function metricMeasures(c: ComparisonResult): MetricMeasure[] {
  return c.metrics.map((m) => ({ name: m.name, release: m.baseline, live: m.candidate, ...(m.ci ? { ci: m.ci } : {}), status: m.status, reason: liveWording(m.reason) }));
}
