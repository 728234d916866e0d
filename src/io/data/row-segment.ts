/**
 * A RecordBatch of the consecutive rows [start, start + length) of another batch: what a row shard hands to the
 * checks when its block of rows starts or ends inside a batch. Places (lines, rows) stay those of the file.
 */
import type { Column, RecordBatch, RowIssue } from '../../domain/table/record-batch.js';

function columnSegment(col: Column, start: number, length: number): Column {
  return {
    name: col.name,
    kind: col.kind,
    length,
    isNull: (i) => col.isNull(start + i),
    number: (i) => col.number(start + i),
    isInteger: (i) => col.isInteger(start + i),
    datetime: (i, dateOnly) => col.datetime(start + i, dateOnly),
    text: (i) => col.text(start + i),
    value: (i) => col.value(start + i),
    hash: (i, out) => col.hash(start + i, out),
    ...(col.canonicalInteger ? { canonicalInteger: (i: number) => col.canonicalInteger!(start + i) } : {}),
    ...(col.shortKey ? { shortKey: (i: number) => col.shortKey!(start + i) } : {}),
    ...(col.textView ? { textView: (i: number) => col.textView!(start + i) } : {}),
  };
}

export function rowSegment(batch: RecordBatch, start: number, length: number): RecordBatch {
  if (start === 0 && length === batch.length) return batch;
  const columns = batch.columns.map((c) => columnSegment(c, start, length));
  const byName = new Map(columns.map((c) => [c.name, c]));
  const firstLine = batch.line(start);
  const lastLine = length > 0 ? batch.line(start + length - 1) : undefined;
  // A row's issues sit on its lines; the segment keeps those of its own rows.
  const issues: RowIssue[] | undefined =
    batch.issues && firstLine !== undefined && lastLine !== undefined ? batch.issues.filter((x) => x.line >= firstLine && x.line <= lastLine) : undefined;
  return {
    file: batch.file,
    length,
    rowOffset: batch.rowOffset + start,
    columns,
    column: (name) => byName.get(name),
    line: (i) => batch.line(start + i),
    ...(batch.rowHash ? { rowHash: (i: number, out: Uint32Array) => batch.rowHash!(start + i, out) } : {}),
    ...(issues && issues.length ? { issues } : {}),
  };
}

/** The runs of consecutive indices in `take` (ascending) as [start, length] pairs. */
export function runsOf(take: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const i of take) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs;
}
