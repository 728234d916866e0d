/** The short words a gate row's result cell holds, and how much evidence would decide an inconclusive metric. */
import type { MetricResult } from '../results.js';
import { count, num, pValue, signed } from './format.js';
import { truncateWords } from './shorten.js';

export const SHORT_REASON = 44;

/** Interval level as a percentage (`95%`). */
export function levelText(level: number): string {
  return `${Number((level * 100).toFixed(1))}%`;
}

export interface Evidence {
  /** Half the interval's width: the smallest difference this evaluation set tells apart from zero. */
  detectable: number;
  /** Roughly how many more paired examples would put the interval on one side of the margin; undefined when no realistic number would. */
  moreExamples?: number;
}

/**
 * Interval width shrinks like 1/√n: an interval of half-width w around estimate c decides against margin t once
 * w ≤ |c − t|, i.e. at n_needed ≈ n·(w / |c − t|)².
 */
export function evidenceNeeded(m: MetricResult): Evidence | undefined {
  const s = m.significance;
  if (!s || !m.ci) return undefined;
  const [lo, hi] = m.ci;
  const w = (hi - lo) / 2;
  const distance = Math.abs((lo + hi) / 2 - s.margin);
  if (!(w > 0)) return undefined;
  const needed = distance > 0 ? s.n * (w / distance) ** 2 : Infinity;
  const more = Math.ceil(needed - s.n);
  return { detectable: w, ...(Number.isFinite(more) && more > 0 && more <= 1000 * s.n ? { moreExamples: roundUp(more) } : {}) };
}

/** Two significant digits, rounded up: an estimate, not a promise. */
function roundUp(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.ceil(n / unit) * unit;
}

/** The p-value with what it is: `p=0.046 (Holm)`. */
export function pLabel(m: MetricResult): string {
  if (m.p_value === undefined) return '';
  const v = pValue(m.p_value);
  return `${v.startsWith('<') ? `p${v}` : `p=${v}`}${m.significance ? ' Holm' : ''}`;
}

const PATTERNS: [RegExp, (g: string[]) => string][] = [
  [/is below min ([^\s,;:]+) by/, (g) => `below min ${g[1]}`],
  [/is above max ([^\s,;:]+) by/, (g) => `above max ${g[1]}`],
  [/by ([^\s,;:]+); max_regression allows ([^\s,;:]+)/, (g) => `worse by ${g[1]}, allows ${g[2]}`],
  [/by ([^\s,;:]+); min_improvement requires ([^\s,;:]+)/, (g) => `gain ${g[1]}, needs ${g[2]}`],
  [/^support ([^\s,;:]+) is below min_support ([^\s,;:]+)/, (g) => `support ${g[1]} < ${g[2]}`],
  [/^missing from the candidate/, () => 'missing from the candidate'],
  [/^no metric in the candidate or baseline matches/, () => 'no metric matches'],
  [/^no metric matches this pattern/, () => 'no metric matches'],
  [/^not in the candidate metrics/, () => 'not in the candidate'],
  [/^no (\S+) baseline yet/, () => 'no baseline yet'],
  [/new metric\): regression gates not applied/, () => 'new metric'],
];

/** A few words for the result cell; the full reason is in the collapsed section. */
export function shortReason(m: MetricResult): string {
  if (m.status === 'pass') return '';
  const s = m.significance;
  if (s && m.ci) {
    if (m.status === 'inconclusive') {
      if (excludesMargin(m)) return 'significant only before Holm';
      const e = evidenceNeeded(m);
      return e?.moreExamples !== undefined ? `≈ ${count(e.moreExamples)} more examples would decide` : `margin ${signed(s.margin)} inside the interval`;
    }
    if (/^significant:/.test(m.reason)) return `interval beyond ${signed(s.margin)}`;
  }
  for (const [re, words] of PATTERNS) {
    const g = re.exec(m.reason);
    if (g) return words([...g]);
  }
  return truncateWords(m.reason.split(';')[0] ?? '', SHORT_REASON);
}

/** The (unadjusted) interval lies wholly on one side of the margin, yet the metric is inconclusive: the adjusted p decided. */
function excludesMargin(m: MetricResult): boolean {
  const s = m.significance;
  return !!s && !!m.ci && (m.ci[1] < s.margin || m.ci[0] > s.margin);
}

/** One sentence on what the statistics are, for the collapsed section. */
export function statisticsNote(metrics: readonly MetricResult[]): string | undefined {
  const withSig = metrics.filter((m) => m.significance);
  const first = withSig[0]?.significance;
  if (!first) return undefined;
  const tests = [...new Set(withSig.map((m) => m.significance!.test))].join(' / ');
  const ns = [...new Set(withSig.map((m) => m.significance!.n))];
  return `Δ intervals are ${levelText(first.level)} paired bootstrap intervals of candidate − production, not adjusted for multiple metrics; p-values (${tests}) are Holm-adjusted across the ${count(withSig.length)} gated metrics with per-example data; n = ${ns.map(count).join(' / ')} paired examples. A gate fails only when the interval lies beyond its margin and (for a regression) the adjusted p-value is below alpha.`;
}

export function evidenceSentence(m: MetricResult): string | undefined {
  const e = evidenceNeeded(m);
  const s = m.significance;
  if (!e || !s || m.status !== 'inconclusive') return undefined;
  if (excludesMargin(m)) return `the unadjusted ${levelText(s.level)} interval excludes the margin ${signed(s.margin)}, but after the Holm correction across the gated metrics the regression is not significant`;
  const more = e.moreExamples !== undefined ? `; roughly ${count(e.moreExamples)} more paired examples (n ≈ ${count(s.n + e.moreExamples)}) would decide it` : '; the estimate sits on the margin, so more examples will hardly decide it';
  return `with n = ${count(s.n)} the smallest difference this evaluation set can detect is about ±${num(e.detectable)}${more}`;
}
