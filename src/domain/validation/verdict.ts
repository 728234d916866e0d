import { dataVsProductionText } from '../evidence/data-change.js';
import { placeText, repeatsText } from '../example-place.js';
import { describeCheck } from '../report/describe.js';
import { DATASET_DRIFT_ROW, measureName } from '../report/drift-section.js';
import { num, pValue } from '../report/format.js';
import { truncateWords } from '../report/shorten.js';
import type { DatasetResult, DriftResult, ValidationResult, Verdict } from '../results.js';
import { unitOf, unitWord } from './failing-units.js';

/** fail when any check or drift result failed (severity error), warn when any only warned, else pass. */
export function validationVerdict(datasets: readonly DatasetResult[]): Verdict {
  let verdict: Verdict = 'pass';
  for (const ds of datasets) {
    for (const r of [...ds.checks, ...(ds.drift ?? [])]) {
      if (r.status === 'fail') return 'fail';
      if (r.status === 'warn') verdict = 'warn';
    }
  }
  return verdict;
}

export function failedErrorChecks(result: ValidationResult): number {
  return result.datasets.reduce((n, ds) => n + ds.checks.filter((c) => c.status === 'fail').length + (ds.drift ?? []).filter((d) => d.status === 'fail').length, 0);
}

const ICON: Record<string, string> = { pass: '✓', fail: '✗', warn: '!', skipped: '-' };

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : v === null || v === undefined ? '' : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  return truncateWords(s, 80);
}

/** `drift monthly_charges: Wasserstein / std 0.164 > 0.1 (drifted)`, the p-value as an extra. */
function driftLine(d: DriftResult): string {
  const what = d.column === DATASET_DRIFT_ROW ? 'share of drifted columns' : `${d.column}: ${measureName(d.method)}`;
  const pv = d.p_value !== undefined ? pValue(d.p_value) : undefined;
  const p = pv !== undefined ? `, p${pv.startsWith('<') ? '' : '='}${pv}` : '';
  const bound = d.error_bound !== undefined ? ` ±${num(d.error_bound)}` : '';
  return `drift ${what} ${num(d.score)}${bound} ${d.score > d.threshold ? '>' : '≤'} ${num(d.threshold)}${p}${d.message ? ` — ${d.message}` : ''}`;
}

/** The human-readable summary printed to stdout. */
export function validationText(result: ValidationResult): string {
  const lines: string[] = [];
  for (const ds of result.datasets) {
    const failed = ds.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
    lines.push(`dataset ${ds.name}: ${ds.rows} rows, ${ds.checks.length} checks, ${failed.length} failed`);
    for (const c of failed) {
      const t = describeCheck(c);
      lines.push(`  ${ICON[c.status]} ${c.column ? `${c.column}: ` : ''}${c.check} [${c.severity}] expected ${t.expected}, observed ${t.observed}; ${c.failing} failing ${unitWord(unitOf(c), c.failing)} (${(c.fraction * 100).toFixed(2)}%)${c.message ? ` — ${c.message}` : ''}`);
      for (const ex of c.examples) lines.push(`      ${placeText(ex)}: ${repeatsText(ex) ?? short(ex.value)}`);
    }
    for (const c of ds.checks.filter((x) => x.status === 'skipped')) lines.push(`  - ${c.column ? `${c.column}: ` : ''}${c.check} skipped${c.message ? `: ${c.message}` : ''}`);
    for (const d of ds.drift ?? []) {
      if (d.status === 'skipped') lines.push(`  - drift ${d.column} not compared${d.message ? `: ${d.message}` : ''}`);
      else if (d.status !== 'pass') lines.push(`  ${ICON[d.status]} ${driftLine(d)}`);
    }
    if (ds.production) lines.push(`  ${dataVsProductionText(ds.production)}`);
  }
  lines.push(`verdict: ${result.verdict}`);
  return lines.join('\n');
}
