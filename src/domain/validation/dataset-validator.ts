import type { ColumnConfig, DatasetConfig } from '../config/schema.js';
import type { CheckResult, DatasetResult } from '../results.js';
import type { RecordBatch, RowIssue } from '../table/record-batch.js';
import { combineHash } from '../table/hash.js';
import { hashDuplicateRows } from '../table/row-hash.js';
import { ColumnChecker, type CheckContext, type ColumnCheckerState } from './column-checker.js';
import { rowsCheck, strictColumnsCheck } from './failing-units.js';
import { exampleAt, Failures, finding, shortValue, type FailuresState } from './findings.js';
import { HashSet64 } from './hash-set.js';
import { uniqueInteger, type UniqueKeys } from './distinct.js';
import { DuplicateRows } from './duplicate-rows.js';
import { FileShape } from './file-shape.js';

export const DEFAULT_MAX_EXAMPLES = 5;

/** Hashes of the key columns of a dataset, for leakage checks against it. */
export interface KeySet {
  key: readonly string[];
  hashes: HashSet64;
}

export interface DatasetValidatorOptions {
  /** Key sets of other datasets this one's `leakage` check compares against. */
  leakageTarget?: KeySet;
  /** Key column lists to collect from this dataset for other datasets' leakage checks. */
  collectKeys?: readonly (readonly string[])[];
}

/**
 * What a worker thread computed over one chunk of a CSV file (plain data): the column checks'
 * states, and the hashes uniqueness and duplicate detection need in data order.
 */
export interface ChunkSummary {
  rows: number;
  /** Source line of each row. */
  lines: Float64Array;
  /** Instead of lines (Parquet): the row index in the file of the chunk's first row. */
  rowOffset?: number;
  states: Record<string, ColumnCheckerState>;
  /** Per `unique` column: each row's value as `DistinctValues.addRows` reads it. */
  unique: Record<string, UniqueKeys>;
  /** Whole-row hashes, when the dataset checks duplicates. */
  rowHashes?: { hi: Uint32Array; lo: Uint32Array };
  /** Problems the reader found in the chunk's rows (JSON Lines: repeated keys). */
  issues?: readonly RowIssue[];
}

/** What a validator learned from one part of a dataset (a shard), as plain data (the files' headers are replayed apart). */
export interface ValidatorPartState {
  rows: number;
  columns: Record<string, { checks: ColumnCheckerState; repeats: FailuresState }>;
  duplicateRows: FailuresState;
  duplicateKeys: FailuresState;
  /** Set when the part checked leakage against its target's keys. */
  leakage?: { rows: number; failures: FailuresState; keyMissing: boolean };
}

/** Text of a chunk's cells and records, for the few examples that need them. */
export interface ChunkDecoder {
  field(row: number, column: string): string | null;
  /**
   * Every column of the row, by name (as duplicate-row examples show it). The object is kept as the
   * example's value: a reader may fill it in later, before the read ends (see src/io/data/parquet/parallel.ts).
   */
  record(row: number): Record<string, string | null>;
}

const keyId = (key: readonly string[]): string => JSON.stringify(key);

/**
 * Hashes the given columns of every row of a batch into hi[i], lo[i], column by column (a tight
 * loop per column). False when a column is missing from the batch.
 */
export function hashRows(batch: RecordBatch, names: readonly string[], hi: Uint32Array, lo: Uint32Array, scratch: Uint32Array, acc: Uint32Array): boolean {
  const n = batch.length;
  hi.fill(0x12345678, 0, n);
  lo.fill(0x9abcdef0, 0, n);
  for (const name of names) {
    const col = batch.column(name);
    if (!col) return false;
    if (col.combineHashes) {
      col.combineHashes(hi, lo, n);
      continue;
    }
    for (let i = 0; i < n; i++) {
      col.hash(i, scratch);
      acc[0] = hi[i]!;
      acc[1] = lo[i]!;
      combineHash(acc, scratch);
      hi[i] = acc[0];
      lo[i] = acc[1];
    }
  }
  return true;
}

/** Hashes the given columns of row i of a batch into `acc`. */
export function hashRow(batch: RecordBatch, names: readonly string[], i: number, acc: Uint32Array, scratch: Uint32Array): boolean {
  acc[0] = 0x12345678;
  acc[1] = 0x9abcdef0;
  for (const name of names) {
    const col = batch.column(name);
    if (!col) return false;
    col.hash(i, scratch);
    combineHash(acc, scratch);
  }
  return true;
}

/**
 * Calls `found(r)` for each row r < rows that is not fresh (and not null, when `nulls` is given). A
 * function of its own: as a loop inside `absorbChunk`, it made the engine compile all of that (with
 * what it inlines) on the spot, again after each deoptimisation.
 */
function forEachRepeat(fresh: Uint8Array, nulls: Uint8Array | undefined, rows: number, found: (r: number) => void): void {
  for (let r = 0; r < rows; r++) {
    if (fresh[r] || (nulls !== undefined && nulls[r])) continue;
    found(r);
  }
}

/**
 * All checks of one dataset (SPEC §3), fed file by file and batch by batch in one pass.
 * Pure: the caller reads the files (src/io) and hands over batches.
 */
export class DatasetValidator {
  private readonly checkers = new Map<string, ColumnChecker>();
  private readonly missing = new Map<string, string[]>();
  private readonly unexpected = new Map<string, string[]>();
  /** Every column name in the files' headers (what strict_columns' fraction is a share of). */
  private readonly columnsSeen = new Set<string>();
  private readonly files: string[] = [];
  private rows = 0;
  private header: readonly string[] = [];
  private readonly dupRows: DuplicateRows | undefined;
  /** The `unique` column whose values key the duplicate rows (see DuplicateRows). */
  private readonly dupKey: string | undefined;
  private readonly dupFailures: Failures;
  private readonly leakFailures: Failures;
  private readonly collected = new Map<string, KeySet>();
  private readonly acc = new Uint32Array(2);
  private readonly scratch = new Uint32Array(2);
  private leakRows = 0;
  private leakKeyMissing = false;
  /** Leakage findings came from parts that read the target (absorbPart). */
  private leakAbsorbed = false;
  private readonly shape: FileShape;

  constructor(
    readonly config: DatasetConfig,
    private readonly ctx: CheckContext,
    private readonly options: DatasetValidatorOptions = {},
  ) {
    for (const [name, cc] of Object.entries(config.columns ?? {})) this.checkers.set(name, new ColumnChecker(name, cc, ctx));
    this.dupKey = Object.entries(config.columns ?? {}).find(([, cc]) => cc.unique === true)?.[0];
    if (config.duplicates !== undefined) this.dupRows = new DuplicateRows(this.dupKey !== undefined);
    this.dupFailures = new Failures(ctx.maxExamples);
    this.leakFailures = new Failures(ctx.maxExamples);
    this.shape = new FileShape(ctx.maxExamples);
    for (const key of options.collectKeys ?? []) this.collected.set(keyId(key), { key, hashes: new HashSet64() });
  }

  /** A new file with this header; returns the columns to read from it. */
  startFile(file: string, header: readonly string[]): string[] {
    this.files.push(file);
    this.header = header;
    this.shape.startFile(file, header);
    const present = new Set(header);
    const wanted = new Set<string>();
    for (const [name, checker] of this.checkers) {
      if (present.has(name)) wanted.add(name);
      else if (checker.config.required !== false) this.missing.set(name, [...(this.missing.get(name) ?? []), file]);
    }
    if (this.config.strict_columns) {
      for (const h of header) this.columnsSeen.add(h);
      const extra = header.filter((h) => !this.checkers.has(h));
      if (extra.length) this.unexpected.set(file, extra);
    }
    if (this.dupRows) for (const h of header) wanted.add(h);
    const leak = this.config.leakage;
    if (leak) for (const k of leak.key) if (present.has(k)) wanted.add(k);
    for (const { key } of this.collected.values()) for (const k of key) if (present.has(k)) wanted.add(k);
    return header.filter((h) => wanted.has(h));
  }

  private hi = new Uint32Array(0);
  private lo = new Uint32Array(0);
  private fresh = new Uint8Array(0);

  /**
   * Runs the checks on `batch` (a small first batch, before it is consumed) in a throwaway validator of the same
   * config, twice, and drops the result. A check loop that gets hot is compiled while it runs, before the code
   * after it has run; the engine throws that code away when the loop ends (for want of type feedback) and compiles
   * it again. The small runs first give every common path its feedback (the chunk workers do the same for CSV).
   */
  warmUp(batch: RecordBatch): void {
    const spare = new DatasetValidator(this.config, this.ctx);
    spare.startFile(batch.file, this.header);
    for (let k = 0; k < 2; k++) spare.consume(batch);
  }

  consume(batch: RecordBatch): void {
    const n = batch.length;
    this.rows += n;
    for (const col of batch.columns) this.checkers.get(col.name)?.consume(batch, col);
    if (batch.issues) this.shape.absorbIssues(batch.file, batch.issues);
    if (this.hi.length < n) {
      this.hi = new Uint32Array(n);
      this.lo = new Uint32Array(n);
    }
    const { acc, scratch, hi, lo } = this;
    if (this.dupRows) {
      const names = this.header;
      const rowHash = batch.rowHash;
      if (!rowHash) hashDuplicateRows(batch, names, hi, lo, scratch);
      const keyCol = this.dupKey !== undefined ? batch.column(this.dupKey) : undefined;
      for (let i = 0; i < n; i++) {
        if (rowHash) rowHash(i, acc);
        else {
          acc[0] = hi[i]!;
          acc[1] = lo[i]!;
        }
        const key = keyCol && !keyCol.isNull(i) ? uniqueInteger(keyCol, i) : NaN;
        if (!this.dupRows.add(acc[0]!, acc[1]!, key)) this.dupFailures.addLazy(() => exampleAt(batch, i, rowText(batch, names, i)));
      }
    }
    const leak = this.config.leakage;
    const target = this.options.leakageTarget;
    if (leak && target) {
      if (!hashRows(batch, leak.key, hi, lo, scratch, acc)) this.leakKeyMissing = true;
      else {
        this.leakRows += n;
        for (let i = 0; i < n; i++) {
          acc[0] = hi[i]!;
          acc[1] = lo[i]!;
          if (target.hashes.has(acc)) this.leakFailures.addLazy(() => exampleAt(batch, i, rowText(batch, leak.key, i)));
        }
      }
    }
    for (const set of this.collected.values()) {
      if (!hashRows(batch, set.key, hi, lo, scratch, acc)) continue;
      for (let i = 0; i < n; i++) {
        acc[0] = hi[i]!;
        acc[1] = lo[i]!;
        set.hashes.add(acc);
      }
    }
  }

  /** True when the dataset can be read by parallel workers (leakage needs per-row keys: read in one thread). */
  get parallelizable(): boolean {
    return this.config.leakage === undefined && this.collected.size === 0;
  }

  /** The column config a worker's checkers use: all checks but `unique` (done here from hashes). */
  workerColumns(): Record<string, ColumnConfig> {
    const out: Record<string, ColumnConfig> = {};
    for (const [name, checker] of this.checkers) out[name] = { ...checker.config, unique: undefined };
    return out;
  }

  uniqueColumns(): string[] {
    return [...this.checkers.values()].filter((c) => c.config.unique === true).map((c) => c.name);
  }

  get checksDuplicates(): boolean {
    return this.dupRows !== undefined;
  }

  /**
   * The unique columns whose text `absorbChunk` may still read (`ChunkDecoder.field`) for examples of
   * repeated values; none once all those examples are kept, as they then stay.
   */
  repeatExampleColumns(): string[] {
    return [...this.checkers.values()].filter((c) => c.config.unique === true && c.repeats().examples.length < this.ctx.maxExamples).map((c) => c.name);
  }

  /** About `rows` more rows will come: sizes the hash sets of uniqueness and duplicate rows once. */
  expectRows(rows: number): void {
    this.dupRows?.reserve(this.rows + rows);
    for (const checker of this.checkers.values()) checker.expectRows(rows);
  }

  /** Folds in one chunk computed by a worker (chunks must come in file order). */
  absorbChunk(file: string, c: ChunkSummary, decode: ChunkDecoder): void {
    this.rows += c.rows;
    const at = (r: number): { line: number } | { row: number } => (c.rowOffset === undefined ? { line: c.lines[r]! } : { row: c.rowOffset + r });
    for (const [name, state] of Object.entries(c.states)) this.checkers.get(name)?.absorb(state);
    if (c.issues) this.shape.absorbIssues(file, c.issues);
    if (this.fresh.length < c.rows) this.fresh = new Uint8Array(c.rows);
    const fresh = this.fresh;
    for (const [name, u] of Object.entries(c.unique)) {
      const checker = this.checkers.get(name);
      if (!checker) continue;
      checker.observeUniqueRows(u, c.rows, fresh);
      forEachRepeat(fresh, u.nulls, c.rows, (r) => checker.addRepeat(() => ({ file, ...at(r), value: shortValue(decode.field(r, name)) })));
    }
    if (this.dupRows && c.rowHashes) {
      this.dupRows.addRows(c.rowHashes.hi, c.rowHashes.lo, this.dupKey !== undefined ? c.unique[this.dupKey] : undefined, c.rows, fresh);
      forEachRepeat(fresh, undefined, c.rows, (r) => this.dupFailures.addLazy(() => ({ file, ...at(r), value: decode.record(r) })));
    }
  }

  /** This part's findings (shard profiles); `unique` and `duplicates` hold the repeats within the part only. */
  partState(): ValidatorPartState {
    const columns: ValidatorPartState['columns'] = {};
    for (const [name, c] of this.checkers) columns[name] = { checks: c.state(), repeats: c.repeats() };
    const leakage = this.config.leakage && this.options.leakageTarget ? { rows: this.leakRows, failures: this.leakFailures.state(), keyMissing: this.leakKeyMissing } : undefined;
    return { rows: this.rows, columns, duplicateRows: this.dupFailures.state(), duplicateKeys: this.shape.duplicateKeysState(), ...(leakage ? { leakage } : {}) };
  }

  /** Folds in a part's findings, merged beforehand in data order (after `startFile` for every file). */
  absorbPart(s: ValidatorPartState): void {
    this.rows += s.rows;
    for (const [name, c] of Object.entries(s.columns)) {
      this.checkers.get(name)?.absorb(c.checks);
      this.checkers.get(name)?.absorbRepeats(c.repeats);
    }
    this.dupFailures.absorb(s.duplicateRows);
    this.shape.absorbDuplicateKeys(s.duplicateKeys);
    if (!s.leakage) return;
    this.leakRows += s.leakage.rows;
    this.leakFailures.absorb(s.leakage.failures);
    this.leakKeyMissing ||= s.leakage.keyMissing;
    this.leakAbsorbed = true;
  }

  /** Key sets collected for other datasets' leakage checks. */
  keySets(): KeySet[] {
    return [...this.collected.values()];
  }

  finish(): DatasetResult {
    const cfg = this.config;
    const checks: CheckResult[] = [];
    checks.push(rowsCheck(this.rows, cfg.rows));
    for (const [name, checker] of this.checkers) {
      const missingIn = this.missing.get(name);
      if (missingIn) {
        checks.push(finding({ column: name, check: 'required', severity: checker.config.severity ?? 'error', failed: true, failing: missingIn.length, total: this.files.length, unit: 'files', observed: `missing in ${missingIn.length} of ${this.files.length} file${this.files.length === 1 ? '' : 's'}`, expected: 'present', examples: missingIn.slice(0, this.ctx.maxExamples).map((file) => ({ file, line: 1, value: null })) }));
        if (missingIn.length === this.files.length) {
          checks.push(...checker.skippedResults(`column "${name}" is missing`));
          continue;
        }
      }
      checks.push(...checker.results());
    }
    if (cfg.strict_columns) {
      const names = [...new Set([...this.unexpected.values()].flat())];
      const examples = names.length > 0 ? [...this.unexpected.entries()].slice(0, this.ctx.maxExamples).map(([file, cols]) => ({ file, line: 1, value: cols.join(', ') })) : [];
      checks.push(strictColumnsCheck(names, this.columnsSeen.size, examples));
    }
    if (cfg.duplicates !== undefined) {
      const maxFraction = typeof cfg.duplicates === 'number' ? cfg.duplicates : cfg.duplicates.max_fraction;
      const severity = typeof cfg.duplicates === 'number' ? 'error' : (cfg.duplicates.severity ?? 'error');
      const frac = this.rows > 0 ? this.dupFailures.count / this.rows : 0;
      checks.push(finding({ check: 'duplicates', severity, failed: frac > maxFraction, failing: this.dupFailures.count, total: this.rows, observed: Number(frac.toPrecision(6)), expected: { max_fraction: maxFraction }, examples: this.dupFailures.examples }));
    }
    const leak = cfg.leakage;
    if (leak) {
      const severity = leak.severity ?? 'error';
      const maxFraction = leak.max_fraction ?? 0;
      if (this.leakKeyMissing || !(this.options.leakageTarget || this.leakAbsorbed)) {
        checks.push({ check: 'leakage', severity, status: 'skipped', observed: null, expected: { against: leak.against, key: leak.key }, failing: 0, fraction: 0, examples: [], message: this.leakKeyMissing ? `key column(s) ${leak.key.join(', ')} missing` : `dataset "${leak.against}" was not read` });
      } else {
        const frac = this.leakRows > 0 ? this.leakFailures.count / this.leakRows : 0;
        checks.push(finding({ check: 'leakage', severity, failed: frac > maxFraction, failing: this.leakFailures.count, total: this.leakRows, observed: `${this.leakFailures.count} row${this.leakFailures.count === 1 ? '' : 's'} share a ${leak.key.join('+')} with ${leak.against}`, expected: { against: leak.against, key: leak.key, max_fraction: maxFraction }, examples: this.leakFailures.examples }));
      }
    }
    checks.push(...this.shape.results(this.rows));
    return { name: cfg.name, files: this.files, rows: this.rows, checks };
  }
}

function rowText(batch: RecordBatch, names: readonly string[], i: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of names) out[n] = batch.column(n)?.text(i) ?? null;
  return out;
}

