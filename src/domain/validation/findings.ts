import type { CheckResult, Example } from '../results.js';
import type { Column, RecordBatch } from '../table/record-batch.js';

const MAX_EXAMPLE_TEXT = 200;

export interface FailuresState {
  count: number;
  examples: Example[];
}

/** Counts failures of one check and keeps the first `limit` examples. */
export class Failures {
  count = 0;
  readonly examples: Example[] = [];
  constructor(private readonly limit: number) {}

  add(batch: RecordBatch, i: number, value: unknown): void {
    this.count++;
    if (this.examples.length < this.limit) this.examples.push(exampleAt(batch, i, value));
  }

  /** A failing cell: its text (`text`, or read from the column) is built only if the example is kept. */
  addCell(batch: RecordBatch, i: number, text: string | null, col: Column): void {
    this.count++;
    if (this.examples.length < this.limit) this.examples.push(exampleAt(batch, i, text ?? col.text(i)));
  }

  /** One failure whose example is built only if it will be kept. */
  addLazy(example: () => Example): void {
    this.count++;
    if (this.examples.length < this.limit) this.examples.push(example());
  }

  get full(): boolean {
    return this.examples.length >= this.limit;
  }

  /** Folds in the failures of a later part of the data (examples stay the first ones in data order). */
  absorb(other: FailuresState): void {
    this.count += other.count;
    for (const ex of other.examples) if (this.examples.length < this.limit) this.examples.push(ex);
  }

  state(): FailuresState {
    return { count: this.count, examples: this.examples };
  }
}

export function shortValue(value: unknown): unknown {
  return typeof value === 'string' && value.length > MAX_EXAMPLE_TEXT ? `${value.slice(0, MAX_EXAMPLE_TEXT)}…` : value;
}

export function exampleAt(batch: RecordBatch, i: number, value: unknown): Example {
  const shown = typeof value === 'string' && value.length > MAX_EXAMPLE_TEXT ? `${value.slice(0, MAX_EXAMPLE_TEXT)}…` : value;
  const line = batch.line(i);
  return line === undefined ? { file: batch.file, row: batch.rowOffset + i, value: shown } : { file: batch.file, line, value: shown };
}

export type Severity = 'error' | 'warn';

/** A finished check: status from whether it failed and its severity. */
export function finding(
  parts: Omit<CheckResult, 'status' | 'severity' | 'examples' | 'failing' | 'fraction'> & { failed: boolean; severity: Severity; failing: number; total: number; examples?: Example[] },
): CheckResult {
  const { failed, severity, total, examples } = parts;
  const fraction = total > 0 ? parts.failing / total : 0;
  // Keys in the order of SPEC §4.
  return {
    ...(parts.column !== undefined ? { column: parts.column } : {}),
    check: parts.check,
    severity,
    status: failed ? (severity === 'warn' ? 'warn' : 'fail') : 'pass',
    observed: parts.observed,
    expected: parts.expected,
    failing: parts.failing,
    fraction: Number(fraction.toPrecision(6)),
    ...(parts.unit !== undefined ? { unit: parts.unit } : {}),
    examples: failed ? (examples ?? []) : [],
    ...(parts.message !== undefined ? { message: parts.message } : {}),
  };
}
