/**
 * A model's part of the report: a compact gate table (metric, production, candidate, Δ with its interval, a result
 * word and a few words why) that fits a 780 px comment column; failing and inconclusive rows first, passing rows
 * folded when there are many; gate definitions (once per gate key), statistics and full reasons in a collapsed section.
 */
import type { ComparisonResult, MetricResult } from '../results.js';
import { charts, chartMetrics } from './history-chart.js';
import { code, text } from './escape.js';
import { evidenceSentence, levelText, pLabel, shortReason, statisticsNote } from './evidence.js';
import { num, percent, plural, signed } from './format.js';
import { ICON, RANK, STATUS, type Notes, type Plan } from './plan.js';
import type { ReportInput } from './types.js';

/** Passing rows stay in the main table while the table has at most this many rows. */
export const INLINE_ROWS = 10;

export function isFirstRelease(c: ComparisonResult): boolean {
  return c.baseline.version === undefined && c.metrics.every((m) => m.baseline === null);
}

function baselineHeader(c: ComparisonResult): string {
  const version = c.baseline.version !== undefined ? ` ${text(c.baseline.version, { max: 24 })}` : '';
  if (c.baseline.source === 'production') return `Production${version}`;
  return `Baseline${version}`;
}

function metricName(m: MetricResult): string {
  const arrow = m.direction === 'lower' ? '↓' : '↑';
  return `${text(m.name, { max: 48 })}\u00A0${arrow}`;
}

function deltaCell(m: MetricResult): string {
  if (m.delta === null) return '—';
  const ci = m.ci ? `<br><sub>[${signed(m.ci[0])},\u00A0${signed(m.ci[1])}]</sub>` : m.relative_delta !== null ? `<br><sub>${percent(m.relative_delta, 1)}</sub>` : '';
  return `${signed(m.delta)}${ci}`;
}

function resultCell(m: MetricResult): string {
  const word = m.severity === 'warn' && m.status === 'fail' ? '⚠️ warn' : STATUS[m.status];
  const why = [shortReason(m), m.status !== 'pass' && m.status !== 'skipped' ? pLabel(m) : ''].filter(Boolean).join(', ');
  return `${word}${why ? `<br><sub>${text(why, { max: 60 })}</sub>` : ''}`;
}

function deltaHeader(c: ComparisonResult): string {
  const level = c.metrics.find((m) => m.significance)?.significance?.level;
  return level !== undefined ? `Δ [${levelText(level)} CI]` : 'Δ';
}

function table(c: ComparisonResult, rows: readonly MetricResult[]): string[] {
  return [
    `| Metric | ${baselineHeader(c)} | Candidate | ${deltaHeader(c)} | Result |`,
    '|:--|--:|--:|--:|:--|',
    ...rows.map((m) => `| ${metricName(m)} | ${num(m.baseline)} | ${num(m.candidate)} | ${deltaCell(m)} | ${resultCell(m)} |`),
  ];
}

function sortMetrics(metrics: readonly MetricResult[]): MetricResult[] {
  return metrics.map((m, i) => ({ m, i })).sort((a, b) => RANK[a.m.status] - RANK[b.m.status] || a.i - b.i).map((x) => x.m);
}

/** `key: definition` once per gate key (a pattern's definition is shared by every slice it matches). */
function definitions(c: ComparisonResult): string[] {
  const byKey = new Map<string, string>();
  for (const m of c.metrics) {
    const colon = m.gate.indexOf(': ');
    const [key, definition] = colon > 0 && /[*?[]/.test(m.gate.slice(0, colon)) ? [m.gate.slice(0, colon), m.gate.slice(colon + 2)] : [m.name, m.gate];
    if (definition !== '' && !byKey.has(key)) byKey.set(key, definition);
  }
  return [...byKey].map(([key, definition]) => `- ${code(key, { max: 80 })}: ${text(definition, { max: 200 })}`);
}

function detailsBlock(c: ComparisonResult, plan: Plan, notes: Notes): string[] {
  const defs = definitions(c);
  const stats = statisticsNote(c.metrics);
  const explained = sortMetrics(c.metrics).filter((m) => m.status !== 'pass' && m.reason !== '');
  if (defs.length === 0 && !stats && explained.length === 0) return [];
  if (!plan.details) {
    notes.add('definitions', 1, code(c.model));
    return [];
  }
  const reasons = explained.slice(0, plan.rowCap).map((m) => {
    const evidence = evidenceSentence(m);
    return `- ${code(m.name, { max: 80 })} ${STATUS[m.status]}: ${text(m.reason.replace(/^(inconclusive|significant): /, ''), { max: 400 })}${evidence ? `; ${text(evidence, { max: 200 })}` : ''}`;
  });
  if (explained.length > reasons.length) notes.add('warnings', explained.length - reasons.length, code(c.model));
  return [
    '<details><summary>Gate definitions, statistics and reasons</summary>',
    '',
    ...(defs.length ? ['Gates:', '', ...defs, ''] : []),
    ...(stats ? [text(stats, { max: 600 }), ''] : []),
    ...(reasons.length ? ['Why:', '', ...reasons, ''] : []),
    '</details>',
    '',
  ];
}

export function modelSection(input: ReportInput, c: ComparisonResult, plan: Plan, notes: Notes): string[] {
  const out: string[] = [`#### Model ${code(c.model, { max: 60 })} ${ICON[c.verdict]}`, ''];
  if (isFirstRelease(c)) out.push('No production baseline yet: only absolute bounds (`min`, `max`) apply; this will be the first release.', '');
  else if (c.baseline.source !== 'production') out.push(`Baseline: ${text(c.baseline.source, { max: 80 })}`, '');
  const sorted = sortMetrics(c.metrics);
  const failing = sorted.filter((m) => m.status === 'fail');
  const warning = sorted.filter((m) => m.status === 'warn' || m.status === 'inconclusive');
  const rest = sorted.filter((m) => m.status === 'pass' || m.status === 'skipped');
  const shownFailing = failing.slice(0, plan.failCap);
  const shownWarning = warning.slice(0, plan.rowCap);
  if (failing.length > shownFailing.length) notes.add('failing-gates', failing.length - shownFailing.length, code(c.model));
  if (warning.length > shownWarning.length) notes.add('warnings', warning.length - shownWarning.length, code(c.model));
  const inline = plan.passingMetrics && shownFailing.length + shownWarning.length + rest.length <= INLINE_ROWS ? rest : [];
  const rows = [...shownFailing, ...shownWarning, ...inline];
  if (rows.length > 0) out.push(...table(c, rows), '');
  if (rest.length > inline.length) {
    if (plan.passingMetrics && plan.details) {
      out.push(`<details><summary>${plural(rest.length, 'passing or skipped metric')}</summary>`, '', ...table(c, rest), '', '</details>', '');
    } else {
      out.push(`_${plural(rest.length, 'metric')} passed or were skipped (not listed here)._`, '');
      notes.add('passing-metrics', rest.length, code(c.model));
    }
  }
  if (c.metrics.length === 0) out.push('_No metrics were compared._', '');
  out.push(...detailsBlock(c, plan, notes));
  if (plan.charts) out.push(...charts(input, c));
  else if (chartMetrics(input, c).length > 0) notes.add('charts', chartMetrics(input, c).length, code(c.model));
  return out;
}
