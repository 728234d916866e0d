/**
 * What the config asked to compare against and could not (SPEC §5 "Nothing configured is dropped silently"):
 * significance that was not tested, drift whose reference could not be read. The verdict line says it, with the
 * reason, not only the affected rows.
 */
import type { ComparisonResult, ValidationResult } from '../results.js';
import { text } from './escape.js';
import { DATASET_DRIFT_ROW } from './drift-section.js';
import { listWithMore } from './shorten.js';

/** Longest reason quoted in the verdict line (the rows and the collapsed section carry it whole). */
const REASON_CHARS = 220;

interface Unused {
  what: string;
  reason: string;
}

function unused(comparisons: readonly ComparisonResult[], validation: ValidationResult | undefined): Unused[] {
  const out: Unused[] = [];
  for (const c of comparisons) {
    if (c.significance?.status === 'unavailable') out.push({ what: `significance for ${c.model}`, reason: c.significance.reason ?? 'no reason given' });
  }
  for (const d of validation?.datasets ?? []) {
    const skipped = (d.drift ?? []).find((x) => x.column === DATASET_DRIFT_ROW && x.status === 'skipped');
    if (skipped) out.push({ what: `drift of ${d.name}`, reason: skipped.message ?? 'no reason given' });
  }
  return out;
}

/**
 * `significance for churn and drift of train not tested: <reason>` (one clause per distinct reason), or '' when
 * everything configured was used.
 */
export function unusedEvidenceClause(comparisons: readonly ComparisonResult[], validation: ValidationResult | undefined): string {
  const byReason = new Map<string, string[]>();
  for (const u of unused(comparisons, validation)) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.what]);
  const clauses = [...byReason].map(([reason, whats]) => `${text(listWithMore(whats, 80), { max: 120 })} not tested (${text(reason.replace(/\.$/, ''), { max: REASON_CHARS })})`);
  return clauses.join('; ');
}
