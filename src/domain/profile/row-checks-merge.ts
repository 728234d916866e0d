/**
 * Merges the row checks of the parts of one dataset (shards, in shard order) into the row checks of the whole:
 * counts add, examples are the first ones in data order (file order, then line or row), the newest timestamp wins,
 * and the key tables merge into exact cross-part repeat counts for `unique` and `duplicates`.
 */
import { MlgateError } from '../errors.js';
import type { Example } from '../results.js';
import type { ColumnCheckerState } from '../validation/column-checker.js';
import type { ValidatorPartState } from '../validation/dataset-validator.js';
import type { FailuresState } from '../validation/findings.js';
import { FirstPlaces, mergeAllTables, remapFiles, type KeyTable } from './key-table.js';
import type { PartFile, RowChecks } from './row-checks.js';

/** The first `limit` examples in data order of several parts' failures, and their total count. */
function mergeFailures(states: readonly FailuresState[], fileOrder: ReadonlyMap<string, number>, limit: number): FailuresState {
  const pos = (e: Example): [number, number] => [fileOrder.get(e.file) ?? Number.MAX_SAFE_INTEGER, e.line ?? e.row ?? 0];
  const all = states.flatMap((s) => s.examples);
  // Stable: examples at one place (several failures of one row) keep their part's order.
  const examples = all
    .map((e, k) => ({ e, k, p: pos(e) }))
    .sort((a, b) => a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.k - b.k)
    .slice(0, limit)
    .map((x) => x.e);
  return { count: states.reduce((s, x) => s + x.count, 0), examples };
}

function mergeColumnStates(states: readonly ColumnCheckerState[], fileOrder: ReadonlyMap<string, number>, limit: number): ColumnCheckerState {
  const first = states[0]!;
  let newest = first;
  for (const s of states) if (s.newest > newest.newest) newest = s;
  return {
    rows: states.reduce((s, x) => s + x.rows, 0),
    nulls: states.reduce((s, x) => s + x.nulls, 0),
    failures: first.failures.map((_, k) => mergeFailures(states.map((s) => s.failures[k]!), fileOrder, limit)),
    observedMin: Math.min(...states.map((s) => s.observedMin)),
    observedMax: Math.max(...states.map((s) => s.observedMax)),
    newest: newest.newest,
    newestText: newest.newestText,
  };
}

/** The merged file list (first appearance over the parts in order) and each part's index map into it. */
function mergeFiles(parts: readonly RowChecks[]): { files: PartFile[]; maps: number[][] } {
  const files: PartFile[] = [];
  const byName = new Map<string, number>();
  const maps = parts.map((p) =>
    p.files.map((f) => {
      let i = byName.get(f.name);
      if (i === undefined) {
        i = files.push({ ...f, header: [...f.header] }) - 1;
        byName.set(f.name, i);
      } else if (f.at === 'row') files[i]!.at = 'row';
      return i;
    }),
  );
  return { files, maps };
}

/**
 * Cross-part repeats of one key table: merged table, and the repeats as failures. No part kept the value (a table
 * holds hashes), so an example's value is null and `repeats` names an earlier place of the same key.
 */
function mergeKeys(tables: readonly KeyTable[], maps: readonly number[][], files: readonly PartFile[], limit: number): { table: KeyTable; repeats: FailuresState } {
  const places = new FirstPlaces(limit);
  const table = mergeAllTables(tables.map((t, i) => remapFiles(t, maps[i]!)), places);
  const place = (file: number, at: number): Pick<Example, 'file' | 'line' | 'row'> => {
    const f = files[file]!;
    return f.at === 'row' ? { file: f.name, row: at } : { file: f.name, line: at };
  };
  const examples = places.places.map((p): Example => ({ ...place(p.file, p.at), value: null, repeats: place(p.earlier.file, p.earlier.at) }));
  return { table, repeats: { count: places.count, examples } };
}

/** Merges parts given in data order of their shards (shard 1 first). */
export function mergeRowChecks(parts: readonly RowChecks[], label: (i: number) => string): RowChecks {
  const first = parts[0]!;
  parts.forEach((p, i) => {
    if (p.checks !== first.checks || p.maxExamples !== first.maxExamples)
      throw new MlgateError('input', `${label(i)} was profiled under other checks (or another report.max_examples) than ${label(0)}; profile every shard with the same config`);
  });
  const limit = first.maxExamples;
  const { files, maps } = mergeFiles(parts);
  const fileOrder = new Map(files.map((f, i) => [f.name, i]));
  const merge = (states: readonly FailuresState[]): FailuresState => mergeFailures(states, fileOrder, limit);

  const columns: ValidatorPartState['columns'] = {};
  for (const name of Object.keys(first.validator.columns)) {
    const of = parts.map((p) => p.validator.columns[name]).filter((c) => c !== undefined);
    columns[name] = { checks: mergeColumnStates(of.map((c) => c.checks), fileOrder, limit), repeats: merge(of.map((c) => c.repeats)) };
  }
  const unique: Record<string, KeyTable> = {};
  for (const name of Object.keys(first.unique)) {
    const { table, repeats } = mergeKeys(parts.map((p) => p.unique[name] ?? emptyTable()), maps, files, limit);
    unique[name] = table;
    if (columns[name]) columns[name].repeats = merge([columns[name].repeats, repeats]);
  }
  let duplicateRows = merge(parts.map((p) => p.validator.duplicateRows));
  let duplicates: KeyTable | undefined;
  if (first.duplicates) {
    const keys = mergeKeys(parts.map((p) => p.duplicates ?? emptyTable()), maps, files, limit);
    duplicates = keys.table;
    duplicateRows = merge([duplicateRows, keys.repeats]);
  }
  let leakageKeys: RowChecks['leakageKeys'];
  if (first.leakageKeys) {
    leakageKeys = {};
    for (const [id, { key }] of Object.entries(first.leakageKeys)) {
      const tables = parts.map((p) => p.leakageKeys?.[id]?.table ?? emptyTable());
      leakageKeys[id] = { key, table: mergeAllTables(tables, new FirstPlaces(0)) };
    }
  }
  const leaks = parts.map((p) => p.validator.leakage);
  const leakage = leaks.every((l) => l !== undefined)
    ? { rows: leaks.reduce((s, l) => s + l.rows, 0), failures: merge(leaks.map((l) => l.failures)), keyMissing: leaks.some((l) => l.keyMissing) }
    : undefined;
  return {
    checks: first.checks,
    maxExamples: limit,
    files,
    validator: {
      rows: parts.reduce((s, p) => s + p.validator.rows, 0),
      columns,
      duplicateRows,
      duplicateKeys: merge(parts.map((p) => p.validator.duplicateKeys)),
      ...(leakage ? { leakage } : {}),
    },
    unique,
    ...(duplicates ? { duplicates } : {}),
    ...(leakageKeys ? { leakageKeys } : {}),
  };
}

const emptyTable = (): KeyTable => ({ hashes: new Uint32Array(0), file: new Uint32Array(0), at: new Float64Array(0) });
