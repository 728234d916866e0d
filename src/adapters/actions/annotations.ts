import type { Log } from '../../ports.js';
import { repeatsText } from '../../domain/example-place.js';
import type { CheckResult, Example, ValidationResult } from '../../domain/results.js';

/** GitHub keeps at most 10 annotations per level per step and drops later ones. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * Slots per level kept for mlgate's own messages, which come later in the step: the step's failure (an error), the
 * fork warning with its fix, and a warning about something configured that could not be used.
 */
export const RESERVED_FOR_MLGATE = 3;

/** What failing data rows may use of a step's annotations. */
export const DATA_ANNOTATIONS_PER_LEVEL = ANNOTATIONS_PER_LEVEL - RESERVED_FOR_MLGATE;

export interface AnnotationPlan {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file: string;
  line?: number;
}

function describe(check: CheckResult, example: Example): string {
  const where = check.column ? `column "${check.column}" ` : '';
  const value = repeatsText(example) ?? `value ${typeof example.value === 'string' ? JSON.stringify(example.value) : JSON.stringify(example.value ?? null)}`;
  const row = example.row !== undefined ? ` (row ${example.row})` : '';
  return `${where}failed ${check.check} (expected ${JSON.stringify(check.expected)}): ${value}${row}`;
}

/**
 * The annotations for failed checks: the first examples of each failed check, round-robin across
 * checks so one noisy check does not crowd out the others, at most `limit` per level. What does not
 * fit stays in the job summary (which lists every example).
 */
export function planAnnotations(result: ValidationResult, limit = DATA_ANNOTATIONS_PER_LEVEL): { annotations: AnnotationPlan[]; omitted: number } {
  const out: AnnotationPlan[] = [];
  let omitted = 0;
  for (const level of ['error', 'warning'] as const) {
    const queues: { check: CheckResult; dataset: string; examples: Example[] }[] = [];
    for (const ds of result.datasets) {
      for (const check of ds.checks) {
        const matches = level === 'error' ? check.status === 'fail' : check.status === 'warn';
        if (matches && check.examples.length) queues.push({ check, dataset: ds.name, examples: [...check.examples] });
      }
    }
    let emitted = 0;
    let total = queues.reduce((n, q) => n + q.examples.length, 0);
    while (emitted < limit && total > 0) {
      for (const q of queues) {
        const ex = q.examples.shift();
        if (!ex) continue;
        total--;
        if (emitted >= limit) {
          omitted++;
          continue;
        }
        out.push({ level, title: `mlgate: ${q.dataset} ${q.check.check}`, message: describe(q.check, ex), file: ex.file, ...(ex.line !== undefined ? { line: ex.line } : {}) });
        emitted++;
      }
    }
    omitted += total;
  }
  return { annotations: out, omitted };
}

/**
 * Emits the planned annotations through the log (workflow commands in Actions), leaving room for mlgate's own
 * messages, and counts the rows that did not fit in one notice.
 */
export function emitAnnotations(result: ValidationResult, log: Log, limit = DATA_ANNOTATIONS_PER_LEVEL): { emitted: number; omitted: number } {
  const { annotations, omitted } = planAnnotations(result, limit);
  for (const a of annotations) {
    const props = { title: a.title, file: a.file, ...(a.line !== undefined ? { startLine: a.line } : {}) };
    if (a.level === 'error') log.error(a.message, props);
    else log.warning(a.message, props);
  }
  if (omitted > 0) {
    const message = `${omitted} more failing rows: see the job summary (GitHub shows ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step).`;
    if (log.notice) log.notice(message);
    else log.info(message);
  }
  return { emitted: annotations.length, omitted };
}
