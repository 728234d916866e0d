/**
 * How a drifted column moved: one horizontal Mermaid `xychart-beta` per column (a row per bin or category, so labels
 * never overlap and the value axis has room for its ticks), the reference's shares as grey bars and the
 * current data's as a blue line over the same bins (numeric) or top categories (categorical).
 */
import type { DriftDistribution, DriftResult } from '../results.js';
import { mermaidNumber, niceStep, xyChartOpening } from './chart.js';
import { code, mermaidCategory, mermaidText, text } from './escape.js';
import { num, plural } from './format.js';
import { listWithMore } from './shorten.js';

/** Drifted columns charted per dataset; the rest are named in an "and N more" line. */
export const MAX_DRIFT_CHARTS = 6;
/** Bars drawn at most, whatever a (possibly untrusted) results file holds. */
export const MAX_CHART_BINS = 24;
/** Rows of the horizontal chart: a bin or category label each, stacked so they never overlap. */
const ROW_HEIGHT = 22;
/** Title, value axis and margins. */
const FRAME_HEIGHT = 100;
/** Reference in GitHub's muted grey, current in its link blue. */
const PALETTE = '#afb8c1, #0969da';

/** `18–20`, `below 18`, `above 90`, `−5 to 0`. */
export function binLabel(from: number | null, to: number | null): string {
  if (from === null) return `below ${num(to)}`;
  if (to === null) return `above ${num(from)}`;
  if (from === to) return num(from);
  return from < 0 || to < 0 ? `${num(from)} to ${num(to)}` : `${num(from)}–${num(to)}`;
}

/** Axis labels: numbers from us, category values untrusted (sanitised); repeats made unique. */
function labels(d: DriftDistribution): string[] {
  const raw = d.kind === 'numeric' ? d.bins.map((b) => binLabel(b.from, b.to)) : d.bins.map((b) => (b.value === null ? '(other)' : mermaidCategory(b.value)));
  const seen = new Map<string, number>();
  return raw.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n > 1 ? `${l} (${n})` : l;
  });
}

/** A share in % to 0.01 (finer than a chart can show; the results keep every digit), clamped to 0–100. */
const percent = (share: number): number => (Number.isFinite(share) ? Math.round(Math.min(100, Math.max(0, share * 100)) * 100) / 100 : 0);

/** The y-axis from 0 to a round value a little above the highest share. */
export function percentAxisMax(values: readonly number[]): number {
  const top = Math.max(0, ...values);
  if (top === 0) return 1;
  const step = niceStep(top / 5);
  return Math.min(100, Math.ceil((top * 1.08) / step) * step);
}

/** The chart of one drifted column (undefined without a distribution or bins). */
export function renderDistributionChart(column: string, distribution: DriftDistribution): string | undefined {
  const shown: DriftDistribution = distribution.kind === 'numeric' ? { kind: 'numeric', bins: distribution.bins.slice(0, MAX_CHART_BINS) } : { kind: 'categorical', bins: distribution.bins.slice(0, MAX_CHART_BINS) };
  const bins = shown.bins;
  if (bins.length === 0) return undefined;
  const reference = bins.map((b) => percent(b.reference));
  const current = bins.map((b) => percent(b.current));
  const max = percentAxisMax([...reference, ...current]);
  const cutNote = distribution.bins.length > bins.length ? ` (first ${bins.length} of ${distribution.bins.length} bins)` : '';
  return [
    ...xyChartOpening(FRAME_HEIGHT + ROW_HEIGHT * bins.length, PALETTE),
    'xychart-beta horizontal',
    `  title "${mermaidText(column, 40)}${cutNote}"`,
    `  x-axis [${labels(shown).map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "% of values" 0 --> ${mermaidNumber(max)}`,
    `  bar [${reference.map(mermaidNumber).join(', ')}]`,
    `  line [${current.map(mermaidNumber).join(', ')}]`,
    '```',
  ].join('\n');
}

/** A drift row the fold can chart: it carries a distribution with at least one bin. */
export const isChartable = (x: DriftResult): boolean => (x.distribution?.bins.length ?? 0) > 0;

/** The fold under a dataset's drift table: a chart per drifted column (at most MAX_DRIFT_CHARTS), then "and N more". */
export function driftCharts(drifted: readonly DriftResult[]): string[] {
  const chartable = drifted.filter(isChartable);
  if (chartable.length === 0) return [];
  const rest = chartable.slice(MAX_DRIFT_CHARTS);
  const without = drifted.length - chartable.length;
  const out = [`<details><summary>How ${chartable.length === 1 ? 'the drifted column' : `the ${plural(chartable.length, 'drifted column')}`} moved: reference vs current</summary>`, ''];
  out.push('<sub>Grey bars: the reference · blue line: the current data · share of each side’s non-null values, in %</sub>', '');
  for (const x of chartable.slice(0, MAX_DRIFT_CHARTS)) out.push(code(x.column, { max: 60 }), '', renderDistributionChart(x.column, x.distribution!)!, '');
  if (rest.length > 0) {
    const names = listWithMore(rest.map((x) => x.column), 80);
    out.push(`…and ${plural(rest.length, 'more drifted column')} not charted here (${text(names, { max: 120 })}): their distributions are in the results’ <code>validation.json</code>.`, '');
  }
  if (without > 0) out.push(`<sub>${plural(without, 'drifted column')} without a recorded distribution (results written by an older mlgate).</sub>`, '');
  out.push('</details>', '');
  return out;
}
