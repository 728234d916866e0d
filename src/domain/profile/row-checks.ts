/**
 * The row-level half of a shard profile: what every data check needs from the rows of one part of a dataset
 * (failing counts and the first examples with file and line, the newest timestamp for max_age, …, as
 * `DatasetValidator` computes them), plus the 64-bit key tables that make `unique` and `duplicates` exact across
 * parts (key-table.ts). Merged in data order (row-checks-merge.ts), they answer every check of the dataset as one
 * `validate` over all of its rows would, without the rows.
 */
import type { DatasetConfig } from '../config/schema.js';
import { MlgateError } from '../errors.js';
import type { CheckResult, DatasetResult } from '../results.js';
import { hashInteger } from '../table/hash.js';
import type { RecordBatch } from '../table/record-batch.js';
import { DUPLICATE_ROW_HASH_VERSION, hashDuplicateRows } from '../table/row-hash.js';
import type { CheckContext } from '../validation/column-checker.js';
import { DatasetValidator, hashRow, type DatasetValidatorOptions, type KeySet, type ValidatorPartState } from '../validation/dataset-validator.js';
import { HashSet64 } from '../validation/hash-set.js';
import { uniqueInteger } from '../validation/distinct.js';
import { collisionBound, KeyLog, tableSize, type KeyTable } from './key-table.js';

export interface PartFile {
  name: string;
  header: string[];
  /** Where the file's places are counted: source lines (CSV, JSON Lines) or rows (Parquet). */
  at: 'line' | 'row';
}

export interface RowChecks {
  /** The dataset's checks the part ran (see `checksKey`): merged and answered only under the same checks. */
  checks: string;
  maxExamples: number;
  /** Every file the part read, in order, with its header (replayed for required, strict_columns, same_columns). */
  files: PartFile[];
  validator: ValidatorPartState;
  /** Per `unique` column: the distinct values' hashes with their first places. */
  unique: Record<string, KeyTable>;
  /** With `duplicates`: the distinct rows' hashes with their first places. */
  duplicates?: KeyTable;
  /** The key hashes other datasets' `leakage` checks compare with (by JSON of the key columns); places unused. */
  leakageKeys?: Record<string, { key: string[]; table: KeyTable }>;
}

/** What a `leakage` check of another dataset against this one needs: its key sets (the keys' hashes). */
export function leakageKeySets(rc: RowChecks): KeySet[] {
  return Object.values(rc.leakageKeys ?? {}).map(({ key, table }) => {
    const n = tableSize(table);
    const hashes = new HashSet64(n);
    const h = new Uint32Array(2);
    for (let i = 0; i < n; i++) {
      h[0] = table.hashes[2 * i]!;
      h[1] = table.hashes[2 * i + 1]!;
      hashes.add(h);
    }
    return { key, hashes };
  });
}

/** What makes two parts' row checks comparable: the checks that run per row, and how many examples each keeps. */
export function checksKey(dataset: DatasetConfig): string {
  const duplicates = dataset.duplicates ?? null;
  // The row hash's version with `duplicates`: parts whose rows were hashed another way must not be merged.
  return JSON.stringify({ columns: dataset.columns ?? {}, duplicates, leakage: dataset.leakage ?? null, ...(duplicates === null ? {} : { row_hash: DUPLICATE_ROW_HASH_VERSION }) });
}

const placeOf = (batch: RecordBatch, i: number): number => batch.line(i) ?? batch.rowOffset + i;

/** Feeds one part's batches (as `readDataset` does) to a validator and the key logs. */
export class RowChecksBuilder {
  private readonly validator: DatasetValidator;
  private readonly files: PartFile[] = [];
  private readonly uniqueLogs = new Map<string, KeyLog>();
  private readonly dupLog: KeyLog | undefined;
  private readonly keyLogs = new Map<string, { key: string[]; log: KeyLog }>();
  private readonly h = new Uint32Array(2);
  private readonly scratch = new Uint32Array(2);
  /** The batch's duplicate-row hashes, for a reader that gives no `rowHash`. */
  private rowHi = new Uint32Array(0);
  private rowLo = new Uint32Array(0);

  constructor(
    private readonly dataset: DatasetConfig,
    private readonly ctx: CheckContext,
    options: DatasetValidatorOptions = {},
  ) {
    this.validator = new DatasetValidator(dataset, ctx, options);
    for (const name of this.validator.uniqueColumns()) this.uniqueLogs.set(name, new KeyLog());
    this.dupLog = dataset.duplicates !== undefined ? new KeyLog() : undefined;
    for (const key of options.collectKeys ?? []) this.keyLogs.set(JSON.stringify(key), { key: [...key], log: new KeyLog() });
  }

  startFile(file: string, header: readonly string[]): string[] {
    this.files.push({ name: file, header: [...header], at: 'line' });
    return this.validator.startFile(file, header);
  }

  consume(batch: RecordBatch): void {
    this.validator.consume(batch);
    const fileIndex = this.files.length - 1;
    const file = this.files[fileIndex]!;
    const n = batch.length;
    if (n > 0 && batch.line(0) === undefined) file.at = 'row';
    const { h, scratch } = this;
    for (const [name, log] of this.uniqueLogs) {
      const col = batch.column(name);
      if (!col) continue;
      for (let i = 0; i < n; i++) {
        if (col.isNull(i)) continue;
        // As DistinctValues keys it: a canonical integer hashes exactly as its text would.
        const v = uniqueInteger(col, i);
        if (v === v) hashInteger(v, h);
        else col.hash(i, h);
        log.add(h[0]!, h[0] === 0 && h[1] === 0 ? 1 : h[1]!, fileIndex, placeOf(batch, i));
      }
    }
    for (const { key, log } of this.keyLogs.values()) {
      if (!key.every((k) => batch.column(k))) continue;
      for (let i = 0; i < n; i++) {
        hashRow(batch, key, i, h, scratch);
        log.add(h[0]!, h[0] === 0 && h[1] === 0 ? 1 : h[1]!, fileIndex, placeOf(batch, i));
      }
    }
    const dup = this.dupLog;
    if (!dup) return;
    const rowHash = batch.rowHash;
    if (!rowHash) {
      if (this.rowHi.length < n) {
        this.rowHi = new Uint32Array(n);
        this.rowLo = new Uint32Array(n);
      }
      hashDuplicateRows(batch, file.header, this.rowHi, this.rowLo, scratch);
    }
    for (let i = 0; i < n; i++) {
      if (rowHash) rowHash(i, h);
      else {
        h[0] = this.rowHi[i]!;
        h[1] = this.rowLo[i]!;
      }
      dup.add(h[0]!, h[0] === 0 && h[1] === 0 ? 1 : h[1]!, fileIndex, placeOf(batch, i));
    }
  }

  finish(): RowChecks {
    const unique: Record<string, KeyTable> = {};
    for (const [name, log] of this.uniqueLogs) unique[name] = log.finish();
    return {
      checks: checksKey(this.dataset),
      maxExamples: this.ctx.maxExamples,
      files: this.files,
      validator: this.validator.partState(),
      unique,
      ...(this.dupLog ? { duplicates: this.dupLog.finish() } : {}),
      ...(this.keyLogs.size ? { leakageKeys: Object.fromEntries([...this.keyLogs].map(([id, { key, log }]) => [id, { key, table: log.finish() }])) } : {}),
    };
  }
}

/** What the merged key tables add to `unique`/`duplicates`: the collision bound, and examples whose text no part kept. */
function keyNote(c: CheckResult, distinct: number): CheckResult {
  const unknown = c.examples.filter((e) => e.repeats !== undefined).length;
  const bound = `exact up to 64-bit hash collisions: P(a false repeat) ≤ n(n−1)/2^65 = ${collisionBound(distinct).toPrecision(2)} for n = ${distinct} distinct keys`;
  const places = unknown ? `; ${unknown} example${unknown === 1 ? '' : 's'} repeat${unknown === 1 ? 's' : ''} a key met earlier in another shard: the shard profiles keep ${unknown === 1 ? 'its' : 'their'} place and the earlier place (repeats), not ${unknown === 1 ? 'its' : 'their'} text (value null)` : '';
  return { ...c, message: `${c.message ? `${c.message}; ` : ''}${bound}${places}` };
}

/** Every check of `dataset` from (merged) row checks, as one `validate` of all the rows would report them. */
export function rowChecksResult(rc: RowChecks, dataset: DatasetConfig, now: number, where: string): DatasetResult {
  if (rc.checks !== checksKey(dataset))
    throw new MlgateError('input', `${where} was made under other checks of dataset '${dataset.name}' than the config now defines (columns, duplicates or leakage changed); profile the shards again with this config`);
  const validator = new DatasetValidator(dataset, { now, maxExamples: rc.maxExamples });
  for (const f of rc.files) validator.startFile(f.name, f.header);
  validator.absorbPart(rc.validator);
  const result = validator.finish();
  result.checks = result.checks.map((c) => {
    if (c.status === 'skipped') return c;
    if (c.check === 'unique' && c.column !== undefined && rc.unique[c.column]) return keyNote(c, tableSize(rc.unique[c.column]!));
    if (c.check === 'duplicates' && rc.duplicates) return keyNote(c, tableSize(rc.duplicates));
    return c;
  });
  return result;
}
