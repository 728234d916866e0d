import type { CheckResult } from '../results.js';
import type { RowIssue } from '../table/record-batch.js';
import { Failures, finding, type FailuresState } from './findings.js';

const MAX_NAMES_SHOWN = 10;

function names(list: readonly string[]): string {
  const shown = list.slice(0, MAX_NAMES_SHOWN).join(', ');
  return list.length > MAX_NAMES_SHOWN ? `${shown} and ${list.length - MAX_NAMES_SHOWN} more` : shown;
}

/**
 * Findings about the files of a dataset that no check configures, because a read must never lose them
 * (SPEC §3): files of one dataset whose columns differ (`same_columns`: as sets of names, order aside;
 * for JSON Lines the keys of the whole file), and rows a reader read around (`duplicate_keys`: a key
 * repeated in one JSON object). Each is reported only when something was found.
 */
export class FileShape {
  private first: { file: string; columns: ReadonlySet<string> } | undefined;
  private files = 0;
  private readonly differing: Failures;
  private readonly duplicateKeys: Failures;

  constructor(maxExamples: number) {
    this.differing = new Failures(maxExamples);
    this.duplicateKeys = new Failures(maxExamples);
  }

  startFile(file: string, header: readonly string[]): void {
    this.files++;
    if (this.first === undefined) {
      this.first = { file, columns: new Set(header) };
      return;
    }
    const here = new Set(header);
    const { columns } = this.first;
    const missing = [...columns].filter((c) => !here.has(c));
    const extra = header.filter((c) => !columns.has(c));
    if (missing.length === 0 && extra.length === 0) return;
    const parts = [...(missing.length ? [`missing ${names(missing)}`] : []), ...(extra.length ? [`extra ${names(extra)}`] : [])];
    this.differing.addLazy(() => ({ file, value: parts.join('; ') }));
  }

  /** Problems a reader found in rows of `file`, in data order. */
  absorbIssues(file: string, issues: readonly RowIssue[]): void {
    for (const issue of issues) this.duplicateKeys.addLazy(() => ({ file, line: issue.line, value: issue.value }));
  }

  /** The rows read around so far, and folding in those of other parts (shard profiles). */
  duplicateKeysState(): FailuresState {
    return this.duplicateKeys.state();
  }

  absorbDuplicateKeys(s: FailuresState): void {
    this.duplicateKeys.absorb(s);
  }

  results(rows: number): CheckResult[] {
    const out: CheckResult[] = [];
    const d = this.differing;
    if (d.count > 0 && this.first) {
      out.push(finding({ check: 'same_columns', severity: 'error', failed: true, failing: d.count, total: this.files, observed: `${d.count} of ${this.files} files have other columns than ${this.first.file}`, expected: `the columns of ${this.first.file}`, examples: d.examples }));
    }
    const k = this.duplicateKeys;
    if (k.count > 0) {
      out.push(finding({ check: 'duplicate_keys', severity: 'error', failed: true, failing: k.count, total: rows, observed: `${k.count} object${k.count === 1 ? '' : 's'} with a repeated key (the last value was read)`, expected: 'each key once per object', examples: k.examples }));
    }
    return out;
  }
}
