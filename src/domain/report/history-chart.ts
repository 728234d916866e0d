/** The headline metrics of a model over its last releases plus the candidate, as folded Mermaid charts. */
import type { ComparisonResult } from '../results.js';
import type { ReleasePayload } from '../release/payload.js';
import { MARK_LEGEND, renderChart, type ChartPoint } from './chart.js';
import { listWithMore } from './shorten.js';
import { text } from './escape.js';
import type { ReportInput } from './types.js';

export function chartMetrics(input: ReportInput, c: ComparisonResult): string[] {
  const history = input.history?.[c.model] ?? [];
  if (history.length === 0) return [];
  const configured = input.headline?.[c.model];
  const limit = configured ? 6 : 3;
  const byName = new Map(c.metrics.map((m) => [m.name, m]));
  const chartable = (name: string): boolean => Number.isFinite(byName.get(name)?.candidate) && history.some((r) => typeof r.metrics[name] === 'number');
  const picked: string[] = [];
  for (const name of configured ?? c.metrics.filter((m) => m.status !== 'skipped' && m.gate !== '').map((m) => m.name)) {
    if (picked.length >= limit) break;
    if (chartable(name)) picked.push(name);
  }
  return picked;
}

/** Oldest first; a release followed by a rollback was rolled back, and the rollback restored an earlier version. */
function releasePoints(history: readonly ReleasePayload[], name: string, keep: number): ChartPoint[] {
  const chronological = [...history].reverse();
  const points = chronological.map((r, i): ChartPoint | undefined => {
    const value = r.metrics[name];
    if (typeof value !== 'number') return undefined;
    const next = chronological[i + 1];
    const mark = r.rollback_of !== null ? 'rollback' : next && next.rollback_of !== null ? 'rolled-back' : undefined;
    return { label: r.model.version, value, ...(mark ? { mark } : {}) };
  });
  return points.filter((p): p is ChartPoint => p !== undefined).slice(-keep);
}

export function charts(input: ReportInput, c: ComparisonResult): string[] {
  const metrics = chartMetrics(input, c);
  if (metrics.length === 0) return [];
  const history = input.history?.[c.model] ?? [];
  const keep = input.chartReleases ?? 6;
  const out: string[] = [`<details><summary>Charts: ${text(listWithMore(metrics, 60), { max: 90 })} over the last releases and this candidate</summary>`, ''];
  const marks = new Set<NonNullable<ChartPoint['mark']>>();
  for (const name of metrics) {
    const points = releasePoints(history, name, keep);
    const candidate = c.metrics.find((m) => m.name === name)?.candidate;
    if (typeof candidate === 'number') points.push({ label: 'candidate', value: candidate, mark: 'candidate' });
    for (const p of points) if (p.mark) marks.add(p.mark);
    out.push(renderChart({ metric: name, points }), '');
  }
  if (marks.size > 0) out.push(`<sub>${[...marks].map((m) => MARK_LEGEND[m]).join(' · ')}</sub>`, '');
  out.push('</details>', '');
  return out;
}
