import type { DatasetResult, ValidationResult, Verdict } from '../results.js';

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
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** The human-readable summary printed to stdout. */
export function validationText(result: ValidationResult): string {
  const lines: string[] = [];
  for (const ds of result.datasets) {
    const failed = ds.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
    lines.push(`dataset ${ds.name}: ${ds.rows} rows, ${ds.checks.length} checks, ${failed.length} failed`);
    for (const c of failed) {
      lines.push(`  ${ICON[c.status]} ${c.column ? `${c.column}: ` : ''}${c.check} [${c.severity}] observed ${short(c.observed)}, expected ${short(c.expected)}; ${c.failing} failing (${(c.fraction * 100).toFixed(2)}%)${c.message ? ` — ${c.message}` : ''}`);
      for (const ex of c.examples) lines.push(`      ${ex.file}${ex.line !== undefined ? `:${ex.line}` : ex.row !== undefined ? ` row ${ex.row}` : ''}: ${short(ex.value)}`);
    }
    for (const c of ds.checks.filter((x) => x.status === 'skipped')) lines.push(`  - ${c.column ? `${c.column}: ` : ''}${c.check} skipped${c.message ? `: ${c.message}` : ''}`);
    for (const d of ds.drift ?? []) if (d.status !== 'pass') lines.push(`  ${ICON[d.status]} drift ${d.column}: ${d.method} ${d.score.toPrecision(4)} > ${d.threshold}`);
  }
  lines.push(`verdict: ${result.verdict}`);
  return lines.join('\n');
}
