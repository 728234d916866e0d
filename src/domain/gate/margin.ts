import { PERCENT_RE } from '../config/schema.js';

/** A margin from the config: an absolute number, or a percentage of the baseline's magnitude. */
export type Margin = { kind: 'absolute'; value: number } | { kind: 'relative'; percent: number };

export function parseMargin(raw: number | string): Margin {
  if (typeof raw === 'number') return { kind: 'absolute', value: raw };
  if (!PERCENT_RE.test(raw)) throw new Error(`not a margin: ${raw}`);
  return { kind: 'relative', percent: Number(raw.slice(0, -1)) };
}

/** The margin in the metric's units: relative margins are a percentage of |baseline|. */
export function marginAmount(margin: Margin, baseline: number): number {
  return margin.kind === 'absolute' ? margin.value : (Math.abs(baseline) * margin.percent) / 100;
}

export function formatMargin(margin: Margin): string {
  return margin.kind === 'absolute' ? formatNumber(margin.value) : `${margin.percent}%`;
}

/** Numbers as people read them in a gate line: up to 6 significant digits, no float noise. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-4) return x.toPrecision(4).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(6)));
}

/**
 * Values within this tolerance of a bound count as on the bound (so 0.91 - 0.01 vs 0.9 passes):
 * 1e-9 relative to the larger magnitude, at least 1e-12 absolute.
 */
export function nearlyAtLeast(value: number, bound: number): boolean {
  return value >= bound - Math.max(1e-12, 1e-9 * Math.max(Math.abs(value), Math.abs(bound)));
}
