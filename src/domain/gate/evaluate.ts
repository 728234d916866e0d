import type { GateConfig } from '../config/schema.js';
import type { ComparisonResult, MetricResult, MetricStatus, Verdict } from '../results.js';
import { inferDirection, type Direction } from './direction.js';
import { formatMargin, formatNumber, marginAmount, nearlyAtLeast, parseMargin } from './margin.js';
import type { MetricSet } from './metric-set.js';
import { globToRegExp, isPattern, moreSpecific } from './patterns.js';

/** Significance for one metric, from per-example data (see src/domain/stats). */
export interface SignificanceOutcome {
  method: 'bootstrap' | 'mcnemar' | 'permutation';
  /** Confidence interval of candidate − baseline, at level 1 − alpha. */
  ci: [number, number];
  /** p-value of "no difference", Holm-adjusted across the gated metrics. */
  p_value: number;
  /** Number of paired examples. */
  n: number;
}

export interface Baseline {
  metrics: MetricSet;
  /** `production`, `staging`, `file:…`, `ref:…:…` as configured. */
  source: string;
  version?: string;
  /** The release the baseline came from (release baselines only), for its stored evidence. */
  release?: { id: number; evidence: unknown };
}

export interface GateInput {
  model: string;
  candidate: MetricSet;
  /** Undefined: no baseline yet (first release) — only absolute bounds apply. */
  baseline?: Baseline;
  /** Configured baseline spec, reported when there is no baseline. */
  baselineSource: string;
  gates: Readonly<Record<string, GateConfig>>;
  significance?: ReadonlyMap<string, SignificanceOutcome>;
  /** Metrics the config asked to test for significance that could not be tested, with why (shown on their rows). */
  significanceSkipped?: ReadonlyMap<string, { reason: string; inconclusive: boolean }>;
  /** How significance went for the whole model (the result's `significance`). */
  significanceSummary?: ComparisonResult['significance'];
  alpha?: number;
}

export interface GateOutcome {
  result: ComparisonResult;
  /** One human line per metric that failed or warned: metric, candidate, baseline, margin and the miss. */
  failureLines: string[];
  failedMetrics: string[];
}

/** Keys beside a slice metric that give the slice's number of examples. */
export const SUPPORT_KEYS = ['support', 'n', 'count', 'n_samples', 'samples', 'size'] as const;

const fmt = formatNumber;

/** Every (metric, gate key) pair to evaluate: exact keys as-is, patterns expanded over both metric sets. */
export function expandGates(gates: Readonly<Record<string, GateConfig>>, names: readonly string[]): Array<{ name: string; key: string; matched: boolean }> {
  const owner = new Map<string, string>();
  const emptyPatterns: string[] = [];
  for (const key of Object.keys(gates)) {
    const re = isPattern(key) ? globToRegExp(key) : undefined;
    const matches = re ? names.filter((n) => re.test(n)) : [key];
    if (matches.length === 0) emptyPatterns.push(key);
    for (const name of matches) {
      const current = owner.get(name);
      if (current === undefined || moreSpecific(key, current)) owner.set(name, key);
    }
  }
  const rows = [...owner].map(([name, key]) => ({ name, key, matched: true }));
  const order = Object.keys(gates);
  rows.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...rows, ...emptyPatterns.map((key) => ({ name: key, key, matched: false }))];
}

export function describeGate(gate: GateConfig, direction: Direction, inferred: boolean): string {
  const parts: string[] = [];
  if (gate.min !== undefined) parts.push(`min ${fmt(gate.min)}`);
  if (gate.max !== undefined) parts.push(`max ${fmt(gate.max)}`);
  if (gate.max_regression !== undefined) parts.push(`max_regression ${formatMargin(parseMargin(gate.max_regression))}`);
  if (gate.min_improvement !== undefined) parts.push(`min_improvement ${formatMargin(parseMargin(gate.min_improvement))}`);
  if (gate.min_support !== undefined) parts.push(`min_support ${gate.min_support}`);
  parts.push(`${direction} is better${inferred ? ' (inferred)' : ''}`);
  if ((gate.severity ?? 'error') === 'warn') parts.push('warn only');
  return parts.join(', ');
}

/** A value for the result row: ±Infinity and NaN kept (the report shows them; results JSON spells them as text). */
const numberOrNull = (x: number | undefined): number | null => (x === undefined ? null : x);

function supportOf(name: string, sets: Array<MetricSet | undefined>): number | undefined {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const prefix = name.slice(0, dot);
  for (const set of sets) {
    for (const k of SUPPORT_KEYS) {
      const v = set?.values.get(`${prefix}.${k}`);
      if (v !== undefined && Number.isFinite(v)) return v;
    }
  }
  return undefined;
}

interface Evaluation {
  status: MetricStatus;
  reason: string;
  severity: 'error' | 'warn';
  /** How an inconclusive result counts in the verdict. */
  inconclusive?: 'error' | 'warn' | 'pass';
}

/**
 * Why an infinite candidate fails whatever its gate. Infinitely worse is a regression beyond any margin or
 * bound; infinitely better is no more credible (an overflow or a division by zero in the evaluation), so
 * it fails like NaN instead of passing every bound and margin.
 */
function infiniteCandidateReason(cand: number, direction: Direction): string {
  const better = direction === 'higher' ? cand > 0 : cand < 0;
  return better
    ? `candidate is ${fmt(cand)}: an infinite improvement of a ${direction}-is-better metric is not a credible measurement (an overflow or a division by zero in the evaluation?); a non-finite value fails the gate like NaN`
    : `candidate is ${fmt(cand)}: infinitely worse for a ${direction}-is-better metric, beyond any bound or margin; a non-finite value fails the gate`;
}

/** Evaluates one metric against its gate. */
function evaluateMetric(name: string, gate: GateConfig, direction: Direction, input: GateInput, row: MetricResult): Evaluation {
  const severity = gate.severity ?? 'error';
  const failing = (reason: string): Evaluation => ({ status: severity === 'warn' ? 'warn' : 'fail', reason, severity });
  const cand = input.candidate.values.get(name);
  const baseSet = input.baseline?.metrics;
  const base = baseSet?.values.get(name);
  const baseLabel = input.baseline ? `baseline (${input.baseline.source}${input.baseline.version ? ` ${input.baseline.version}` : ''})` : 'baseline';

  if (cand === undefined) {
    const invalid = input.candidate.invalid.get(name);
    if (invalid !== undefined) return failing(`candidate value is ${invalid}, not a number`);
    if (gate.required === false) return { status: 'skipped', reason: 'not in the candidate metrics (required: false)', severity };
    return failing(`missing from the candidate metrics${base !== undefined ? ` (the ${baseLabel} has ${fmt(base)})` : ''}; a gated metric is required unless \`required: false\``);
  }
  if (Number.isNaN(cand)) return failing('candidate is NaN (not a number): the evaluation produced no valid value');
  if (!Number.isFinite(cand)) return failing(infiniteCandidateReason(cand, direction));

  const notes: string[] = [];
  if (gate.min_support !== undefined) {
    const support = supportOf(name, [input.candidate, baseSet]);
    row.support = support;
    if (support === undefined) notes.push(`support unknown (no ${SUPPORT_KEYS.join('/')} beside it), gated anyway`);
    else if (support < gate.min_support) {
      return { status: 'skipped', reason: `support ${fmt(support)} is below min_support ${gate.min_support}: too few examples to gate`, severity };
    }
  }

  const failures: string[] = [];
  const relativeFailures: string[] = [];
  if (gate.min !== undefined && !nearlyAtLeast(cand, gate.min)) failures.push(`candidate ${fmt(cand)} is below min ${fmt(gate.min)} by ${fmt(gate.min - cand)}`);
  if (gate.max !== undefined && !nearlyAtLeast(gate.max, cand)) failures.push(`candidate ${fmt(cand)} is above max ${fmt(gate.max)} by ${fmt(cand - gate.max)}`);

  const relative = gate.max_regression !== undefined || gate.min_improvement !== undefined;
  let significanceDecided: Evaluation | undefined;
  if (relative) {
    if (!input.baseline) notes.push(`no ${input.baselineSource} baseline yet: only absolute bounds apply`);
    else if (base === undefined) {
      const invalid = baseSet?.invalid.get(name);
      notes.push(invalid !== undefined ? `${baseLabel} value is ${invalid}: regression gates not applied` : `the ${baseLabel} has no ${name} (new metric): regression gates not applied`);
    } else if (!Number.isFinite(base)) {
      notes.push(`the ${baseLabel} is ${fmt(base)}, not a finite measurement: regression gates not applied`);
    } else {
      const improvement = direction === 'higher' ? cand - base : base - cand;
      const worse = direction === 'higher' ? 'below' : 'above';
      const thresholds: number[] = [];
      if (gate.max_regression !== undefined) {
        const m = parseMargin(gate.max_regression);
        const allowed = marginAmount(m, base);
        thresholds.push(-allowed);
        if (!nearlyAtLeast(improvement, -allowed)) {
          const of = m.kind === 'relative' ? ` (${formatMargin(m)} of ${fmt(base)})` : '';
          relativeFailures.push(
            `candidate ${fmt(cand)} is ${worse} the ${baseLabel} ${fmt(base)} by ${fmt(-improvement)}; max_regression allows ${fmt(allowed)}${of}, missed by ${fmt(-improvement - allowed)}`,
          );
        }
      }
      if (gate.min_improvement !== undefined) {
        const m = parseMargin(gate.min_improvement);
        const required = marginAmount(m, base);
        thresholds.push(required);
        if (!nearlyAtLeast(improvement, required)) {
          const of = m.kind === 'relative' ? ` (${formatMargin(m)} of ${fmt(base)})` : '';
          relativeFailures.push(
            `candidate ${fmt(cand)} improves on the ${baseLabel} ${fmt(base)} by ${fmt(improvement)}; min_improvement requires ${fmt(required)}${of}, missed by ${fmt(required - improvement)}`,
          );
        }
      }
      const sig = input.significance?.get(name);
      if (sig) {
        const threshold = Math.max(...thresholds);
        significanceDecided = decideSignificance(sig, direction, threshold, input.alpha ?? 0.05, severity, gate.inconclusive ?? 'warn');
        row.ci = sig.ci;
        row.p_value = sig.p_value;
        row.significance = { test: sig.method, level: 1 - (input.alpha ?? 0.05), n: sig.n, p_adjustment: 'holm', margin: direction === 'higher' ? threshold : -threshold };
        // Bounds stay point checks; the relative gates are decided by the interval instead.
        relativeFailures.length = 0;
      } else {
        const skipped = input.significanceSkipped?.get(name);
        if (skipped?.inconclusive) {
          // Too little paired evidence decides nothing either way: the relative gates wait for more.
          const policy = gate.inconclusive ?? 'warn';
          significanceDecided = { status: 'inconclusive', reason: `inconclusive: ${skipped.reason}`, severity: policy === 'pass' ? severity : policy, inconclusive: policy };
          relativeFailures.length = 0;
        } else if (skipped) notes.push(`not tested for significance: ${skipped.reason}`);
      }
    }
  }
  failures.push(...relativeFailures);
  if (failures.length > 0) return failing([...failures, ...notes].join('; '));
  if (significanceDecided) return { ...significanceDecided, reason: [significanceDecided.reason, ...notes].join('; ') };
  if (!relative && gate.min === undefined && gate.max === undefined) notes.unshift('no bounds or margins configured: reported only');
  const anyGateApplied = gate.min !== undefined || gate.max !== undefined || (relative && input.baseline && base !== undefined && Number.isFinite(base));
  if (!anyGateApplied) return { status: 'skipped', reason: notes.join('; '), severity };
  return { status: 'pass', reason: ['within the gate', ...notes].join('; '), severity };
}

/**
 * The relative gate decided on the confidence interval of the improvement (candidate − baseline,
 * oriented so that positive is better) against the gate's threshold t (−margin for max_regression,
 * +margin for min_improvement):
 * - pass: the whole interval is at or above t;
 * - fail: the whole interval is below t, and — when t ≤ 0, i.e. the claim is a regression — the
 *   Holm-adjusted p-value of "no difference" is below alpha (the regression is significant);
 * - inconclusive otherwise: the interval straddles t (it is wider than the distance to the margin).
 */
function decideSignificance(
  sig: SignificanceOutcome,
  direction: Direction,
  t: number,
  alpha: number,
  severity: 'error' | 'warn',
  policy: 'error' | 'warn' | 'pass',
): Evaluation {
  const [lo, hi] = direction === 'higher' ? sig.ci : [-sig.ci[1], -sig.ci[0]];
  const interval = `${Math.round((1 - alpha) * 100)}% interval (unadjusted) of the delta [${fmt(sig.ci[0])}, ${fmt(sig.ci[1])}] (${sig.method}, Holm-adjusted p=${fmt(sig.p_value)}, n=${sig.n})`;
  const tText = t <= 0 ? `the tolerated regression ${fmt(-t)}` : `the required improvement ${fmt(t)}`;
  if (nearlyAtLeast(lo, t)) return { status: 'pass', reason: `${interval} clears ${tText}`, severity };
  if (hi < t && (t > 0 || sig.p_value < alpha)) {
    return {
      status: severity === 'warn' ? 'warn' : 'fail',
      reason: `significant: ${interval} lies entirely beyond ${tText}, missed by at least ${fmt(t - hi)}`,
      severity,
    };
  }
  const why = hi < t ? `${interval} lies beyond ${tText}, but the Holm-adjusted p=${fmt(sig.p_value)} is not below alpha ${fmt(alpha)}` : `${interval} straddles ${tText}`;
  return {
    status: 'inconclusive',
    reason: `inconclusive: ${why}: not enough evidence either way`,
    severity: policy === 'pass' ? severity : policy,
    inconclusive: policy,
  };
}

/** Gates candidate metrics against the baseline; pure. */
export function evaluateGates(input: GateInput): GateOutcome {
  const names = new Set<string>([...input.candidate.values.keys(), ...input.candidate.invalid.keys()]);
  if (input.baseline) for (const k of [...input.baseline.metrics.values.keys(), ...input.baseline.metrics.invalid.keys()]) names.add(k);
  const rows: MetricResult[] = [];
  const failureLines: string[] = [];
  const failedMetrics: string[] = [];
  let verdict: Verdict = 'pass';
  const worsen = (v: Verdict): void => {
    if (v === 'fail' || (v === 'warn' && verdict === 'pass')) verdict = v;
  };
  for (const { name, key, matched } of expandGates(input.gates, [...names].sort())) {
    const gate = input.gates[key]!;
    const direction = gate.direction ?? inferDirection(name);
    const inferred = gate.direction === undefined;
    const cand = input.candidate.values.get(name);
    const base = input.baseline?.metrics.values.get(name);
    const delta = cand !== undefined && base !== undefined ? cand - base : undefined;
    const row: MetricResult = {
      name,
      direction,
      direction_inferred: inferred,
      baseline: numberOrNull(base),
      candidate: numberOrNull(cand),
      delta: delta === undefined || Number.isNaN(delta) ? null : delta,
      relative_delta: delta !== undefined && base !== undefined && base !== 0 && Number.isFinite(delta / Math.abs(base)) ? delta / Math.abs(base) : null,
      gate: key === name ? describeGate(gate, direction, inferred) : `${key}: ${describeGate(gate, direction, inferred)}`,
      status: 'pass',
      reason: '',
      severity: gate.severity ?? 'error',
    };
    let ev: Evaluation;
    if (!matched) {
      const severity = gate.severity ?? 'error';
      ev =
        gate.required === false
          ? { status: 'skipped', reason: 'no metric matches this pattern (required: false)', severity }
          : { status: severity === 'warn' ? 'warn' : 'fail', reason: 'no metric in the candidate or baseline matches this pattern', severity };
    } else ev = evaluateMetric(name, gate, direction, input, row);
    row.status = ev.status;
    row.reason = ev.reason;
    row.severity = ev.severity;
    rows.push(row);
    const counts: Verdict | undefined =
      ev.status === 'fail' ? 'fail' : ev.status === 'warn' ? 'warn' : ev.status === 'inconclusive' ? ({ error: 'fail', warn: 'warn', pass: undefined } as const)[ev.inconclusive ?? 'warn'] : undefined;
    if (counts) {
      worsen(counts);
      failureLines.push(`${counts === 'fail' ? '✗' : '!'} ${name}: ${ev.reason}`);
      if (counts === 'fail') failedMetrics.push(name);
    }
  }
  const baseline = input.baseline ? { source: input.baseline.source, ...(input.baseline.version ? { version: input.baseline.version } : {}) } : { source: input.baselineSource };
  return { result: { verdict, model: input.model, baseline, metrics: rows, ...(input.significanceSummary ? { significance: input.significanceSummary } : {}) }, failureLines, failedMetrics };
}
