import { mermaidText } from './escape.js';

export interface ChartPoint {
  /** Axis label (a release version, or `candidate`). Untrusted: sanitised here. */
  label: string;
  value: number;
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

/** Y range with a little headroom, so a flat series is still visible. */
export function yRange(values: readonly number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo;
  const pad = span > 0 ? span * 0.25 : Math.abs(hi) * 0.05 || 1;
  let min = lo - pad;
  const max = hi + pad;
  if (lo >= 0 && min < 0) min = 0;
  return [Number(mermaidNumber(min)), Number(mermaidNumber(max))];
}

/** Labels are categories: make repeats unique (a version re-released by a rollback appears twice). */
function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l} (${n})`;
  });
}

/** Small enough that three charts do not push the data section off the screen. */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 260;

/** A Mermaid `xychart-beta` block (GitHub renders it) of one metric over releases plus the candidate. */
export function renderChart(chart: Chart): string {
  const values = chart.points.map((p) => p.value);
  const labels = uniqueLabels(chart.points.map((p) => mermaidText(p.label, 18)));
  const [min, max] = yRange(values);
  const name = mermaidText(chart.metric, 40);
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    `    width: ${CHART_WIDTH}`,
    `    height: ${CHART_HEIGHT}`,
    '---',
    'xychart-beta',
    `  title "${name}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${name}" ${mermaidNumber(min)} --> ${mermaidNumber(max)}`,
    `  bar [${values.map(mermaidNumber).join(', ')}]`,
    `  line [${values.map(mermaidNumber).join(', ')}]`,
    '```',
  ].join('\n');
}
