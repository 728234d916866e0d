import { mermaidText } from './escape.js';

export interface ChartPoint {
  /** Axis label (a release version, or `candidate`). Untrusted: sanitised here. */
  label: string;
  value: number;
  /** A mark after the label: the candidate, a release that was rolled back, a rollback. */
  mark?: 'candidate' | 'rolled-back' | 'rollback';
}

export interface Chart {
  metric: string;
  points: ChartPoint[];
}

/** A number as Mermaid's grammar reads it: plain decimal, no exponent. */
export function mermaidNumber(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return '0';
  const digits = Math.max(0, Math.min(12, 5 - Math.floor(Math.log10(Math.abs(value)))));
  const s = value.toFixed(digits);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** 1, 2 or 5 × 10^k, the smallest at least `x`. */
export function niceStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const f of [1, 2, 5, 10]) if (f * power >= x * (1 - 1e-12)) return f * power;
  return 10 * power;
}

/**
 * Y range for Mermaid's axis, which asks d3 for about ten ticks: a span of 7.5 nice steps makes d3 tick once per step
 * (8 round labels, never a dozen crowded ones); the range starts on a step and covers the data with a little air.
 */
export function yRange(values: readonly number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) * 0.1 || 1;
  for (let step = niceStep(span / 6); ; step = niceStep(step * 1.5)) {
    let min = Math.floor((lo - span * 0.1) / step) * step;
    if (lo >= 0 && min < 0) min = 0;
    const max = min + 7.5 * step;
    if (max >= hi + span * 0.05 || step > 1e300) return [Number(mermaidNumber(min)), Number(mermaidNumber(max))];
  }
}

const MARK: Record<NonNullable<ChartPoint['mark']>, string> = { candidate: '★ candidate', 'rolled-back': ' ✗', rollback: ' ↩' };

/** The marks' meaning, for a line under the charts (axis labels stay short so they never overlap). */
export const MARK_LEGEND: Record<NonNullable<ChartPoint['mark']>, string> = { candidate: '★ this candidate', 'rolled-back': '✗ rolled back', rollback: '↩ restored by a rollback' };

/** Labels are categories: make repeats unique (a version re-released by a rollback appears twice). */
function labels(points: readonly ChartPoint[]): string[] {
  const seen = new Map<string, number>();
  return points.map((p) => {
    if (p.mark === 'candidate') return MARK.candidate;
    const base = mermaidText(p.label, 14);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const mark = p.mark ? MARK[p.mark] : n > 1 ? ` (${n})` : '';
    return `${base}${mark}`;
  });
}

/** Small enough that three charts stay readable in the 780 px comment column. */
export const CHART_WIDTH = 700;
export const CHART_HEIGHT = 240;
/** GitHub's link blue: the default theme's pale first colour is hard to see as a thin line. */
const LINE_COLOUR = '#0969da';

/** The opening of a Mermaid `xychart-beta` block up to its chart line: the fence and the size and colours front matter. */
export function xyChartOpening(height: number, palette: string): string[] {
  return ['```mermaid', '---', 'config:', '  xyChart:', `    width: ${CHART_WIDTH}`, `    height: ${height}`, '  themeVariables:', '    xyChart:', `      plotColorPalette: "${palette}"`, '---'];
}

/** A Mermaid `xychart-beta` block (GitHub renders it): one line of a metric over releases, ending at the marked candidate. */
export function renderChart(chart: Chart): string {
  const values = chart.points.map((p) => p.value);
  const [min, max] = yRange(values);
  const name = mermaidText(chart.metric, 40);
  return [
    ...xyChartOpening(CHART_HEIGHT, LINE_COLOUR),
    'xychart-beta',
    `  title "${name}"`,
    `  x-axis [${labels(chart.points).map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${name}" ${mermaidNumber(min)} --> ${mermaidNumber(max)}`,
    `  line [${values.map(mermaidNumber).join(', ')}]`,
    '```',
  ].join('\n');
}
