/**
 * Drift of one dataset: the drifted columns with what the score measures against a threshold of the same kind (a
 * test's p-value only as an extra); the columns that did not drift folded into a count (listed on demand).
 */
import type { DatasetResult, DriftResult } from '../results.js';
import { text } from './escape.js';
import { num, plural, pValue } from './format.js';
import type { Notes, Plan } from './plan.js';
import { code } from './escape.js';
import { driftCharts, isChartable, MAX_DRIFT_CHARTS } from './distribution-chart.js';

/** The row carrying the share-of-drifted-columns verdict: a dataset finding, not a column. */
export const DATASET_DRIFT_ROW = '(dataset)';

/** What each method's score is, in words. */
export const DRIFT_MEASURE: Record<string, string> = {
  ks: 'KS distance D',
  chi2: "Cohen's w",
  psi: 'PSI',
  wasserstein: 'Wasserstein / std',
  jensen_shannon: 'Jensen–Shannon distance',
  linf: 'L∞ distance',
  share_of_drifted_columns: 'share of drifted columns',
};

export function measureName(method: string): string {
  return DRIFT_MEASURE[method] ?? method;
}

const isDrift = (x: DriftResult): boolean => x.status === 'fail' || x.status === 'warn';
const columnsOf = (d: DatasetResult): DriftResult[] => (d.drift ?? []).filter((x) => x.column !== DATASET_DRIFT_ROW);

/** `drift in 2 of 33 compared columns` for the dataset's summary line. */
export function driftSummary(d: DatasetResult): string {
  const compared = columnsOf(d).filter((x) => x.status !== 'skipped');
  if (compared.length === 0) return '';
  return `drift in ${compared.filter(isDrift).length} of ${plural(compared.length, 'compared column')}`;
}

/** `0.31 > 0.1` (drifted) or `0.02 ≤ 0.1`, the p-value as an extra. */
function scoreCell(x: DriftResult): string {
  const over = isDrift(x);
  const bound = x.error_bound !== undefined ? ` ±${num(x.error_bound)}` : '';
  const p = x.p_value !== undefined ? `<br><sub>${text(`p${pValue(x.p_value).startsWith('<') ? '' : '='}${pValue(x.p_value)}`)}</sub>` : '';
  return `${num(x.score)}${bound} ${over ? '&gt;' : '≤'} ${num(x.threshold)}${p}`;
}

function row(x: DriftResult): string {
  const word = x.status === 'fail' ? '❌ drifted' : x.status === 'warn' ? '⚠️ drifted' : x.status === 'skipped' ? '⏭️ skipped' : '✅ stable';
  const message = x.message ? `<br><sub>${text(x.message, { max: 90 })}</sub>` : '';
  const name = x.column === DATASET_DRIFT_ROW ? '_(all columns)_' : code(x.column, { max: 40 });
  const score = x.status === 'skipped' ? '—' : scoreCell(x);
  return `| ${name} | ${text(measureName(x.method), { max: 30 })} | ${score} | ${word}${message} |`;
}

const HEADER = ['| Column | Measure | Score vs threshold | Result |', '|:--|:--|--:|:--|'];

export function driftSection(d: DatasetResult, plan: Plan, notes: Notes): string[] {
  const drift = d.drift ?? [];
  if (drift.length === 0) return [];
  const ratio = (x: DriftResult): number => x.score / (x.threshold || 1);
  const problems = drift.filter(isDrift).sort((a, b) => (a.status === b.status ? ratio(b) - ratio(a) : a.status === 'fail' ? -1 : 1));
  const shown = problems.slice(0, plan.rowCap);
  const rest = drift.filter((x) => !isDrift(x)).sort((a, b) => (a.status === b.status ? ratio(b) - ratio(a) : a.status === 'pass' ? -1 : 1));
  const out: string[] = [`**Drift against the reference** (${text(d.name, { max: 40 })})`, ''];
  if (shown.length > 0) out.push(...HEADER, ...shown.map(row), '');
  if (problems.length > shown.length) notes.add('drift-rows', problems.length - shown.length, code(d.name));
  const moved = problems.filter((x) => x.column !== DATASET_DRIFT_ROW);
  if (plan.driftCharts) out.push(...driftCharts(moved));
  else {
    const charts = Math.min(MAX_DRIFT_CHARTS, moved.filter(isChartable).length);
    if (charts > 0) notes.add('drift-charts', charts, code(d.name));
  }
  const stable = rest.filter((x) => x.status === 'pass' && x.column !== DATASET_DRIFT_ROW).length;
  const skipped = rest.filter((x) => x.status === 'skipped').length;
  const restWords = [stable ? `${plural(stable, problems.length ? 'other column' : 'column')} did not drift` : '', skipped ? `${plural(skipped, 'column')} not compared` : ''].filter(Boolean).join('; ');
  if (rest.length > 0) {
    if (plan.passingDrift) out.push(`<details><summary>${restWords || plural(rest.length, 'other row')}</summary>`, '', ...HEADER, ...rest.map(row), '', '</details>', '');
    else {
      out.push(`${restWords || plural(rest.length, 'other row')}.`, '');
      notes.add('drift-rows', rest.length, code(d.name));
    }
  } else if (shown.length === 0) out.push('_No column was compared._', '');
  return out;
}
