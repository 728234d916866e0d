import type { ColumnConfig } from '../config/schema.js';
import type { CheckResult } from '../results.js';
import type { Column, RecordBatch } from '../table/record-batch.js';
import type { Example } from '../results.js';
import { Failures, finding, type FailuresState, type Severity } from './findings.js';
import { TextSet } from './text-set.js';
import { cellMatches, compileLinearPattern, type LinearPattern } from './linear-pattern.js';
import { DistinctValues, uniqueInteger, type UniqueKeys } from './distinct.js';
import { exactBound, exactInteger, parseDateTime, parseDuration } from './values.js';
import { decodeNumbers, decodeTimes, INTEGER, markNulls, NULL, scratch, TYPE_FAILED } from './cell-kinds.js';

/** The spellings a `boolean` column accepts. */
export const BOOLEAN_WORDS = ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', 't', 'f', 'T', 'F', 'yes', 'no', 'Yes', 'No', 'YES', 'NO', 'y', 'n', 'Y', 'N', '1', '0'];

const booleanWords = new TextSet(BOOLEAN_WORDS);

type Domain = 'number' | 'time' | 'text';

/** What a checker learned from part of the data: plain data, so a worker thread can send it. */
export interface ColumnCheckerState {
  rows: number;
  nulls: number;
  failures: FailuresState[];
  observedMin: number;
  observedMax: number;
  newest: number;
  newestText: string | null;
}

export interface CheckContext {
  /** Epoch ms "now" for freshness (max_age). */
  now: number;
  maxExamples: number;
}

function codePoints(s: string): number {
  return /[\uD800-\uDFFF]/.test(s) ? [...s].length : s.length;
}

function boundValue(v: number | string | undefined, domain: Domain): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return v;
  const t = parseDateTime(v);
  if (!Number.isNaN(t)) return t;
  const n = Number(v);
  return Number.isNaN(n) || domain === 'time' ? NaN : n;
}

/**
 * Every check of one column (SPEC §3), fed batch by batch. Row-level checks (type, min, max, in,
 * not_in, pattern, min_length, max_length) count failing non-null values; `mostly` lets that fraction
 * of non-null values pass instead of all. A value that fails `type` is not also counted by min/max.
 */
export class ColumnChecker {
  rows = 0;
  nulls = 0;
  private readonly severity: Severity;
  private readonly domain: Domain;
  private readonly type: Failures;
  private readonly min: Failures;
  private readonly max: Failures;
  private readonly inSet: Failures;
  private readonly notIn: Failures;
  private readonly pattern: Failures;
  private readonly minLength: Failures;
  private readonly maxLength: Failures;
  private readonly dupes: Failures;
  private readonly nullEx: Failures;
  private readonly minBound: number | undefined;
  private readonly maxBound: number | undefined;
  /** The bounds as exact values for integers beyond 2^53 (a bound written as digits in quotes stays exact too). */
  private readonly exactMin: number | bigint | undefined;
  private readonly exactMax: number | bigint | undefined;
  private readonly allowed: TextSet | undefined;
  private readonly allowedNumbers: Set<number> | undefined;
  private readonly forbidden: TextSet | undefined;
  private readonly forbiddenNumbers: Set<number> | undefined;
  private readonly regex: LinearPattern | undefined;
  /** Where `textBytes` puts a cell's byte range. */
  private readonly span = new Int32Array(2);
  private readonly seen: DistinctValues | undefined;
  private readonly hash = new Uint32Array(2);
  private observedMin = Infinity;
  private observedMax = -Infinity;
  private newest = -Infinity;
  private newestText: string | null = null;
  private readonly needsText: boolean;
  // Config values read per cell, as fields of this class: the configs of different columns have
  // different shapes, so reading them from the config in the loop is a slow polymorphic load.
  private readonly type_: ColumnConfig['type'];
  private readonly minLen: number;
  private readonly maxLen: number;

  constructor(
    readonly name: string,
    readonly config: ColumnConfig,
    private readonly ctx: CheckContext,
  ) {
    const c = config;
    this.severity = c.severity ?? 'error';
    this.domain =
      c.type === 'date' || c.type === 'datetime' || c.max_age !== undefined
        ? 'time'
        : c.type === 'integer' || c.type === 'number' || typeof c.min === 'number' || typeof c.max === 'number'
          ? 'number'
          : typeof c.min === 'string' || typeof c.max === 'string'
            ? 'time'
            : 'text';
    const n = ctx.maxExamples;
    [this.type, this.min, this.max, this.inSet, this.notIn, this.pattern, this.minLength, this.maxLength, this.dupes, this.nullEx] = Array.from({ length: 10 }, () => new Failures(n)) as [
      Failures, Failures, Failures, Failures, Failures, Failures, Failures, Failures, Failures, Failures,
    ];
    this.minBound = boundValue(c.min, this.domain);
    this.maxBound = boundValue(c.max, this.domain);
    this.exactMin = exactBound(c.min, this.minBound);
    this.exactMax = exactBound(c.max, this.maxBound);
    if (c.in) {
      this.allowed = new TextSet(c.in.map(String));
      if (c.in.every((v) => typeof v === 'number')) this.allowedNumbers = new Set(c.in);
    }
    if (c.not_in) {
      this.forbidden = new TextSet(c.not_in.map(String));
      if (c.not_in.every((v) => typeof v === 'number')) this.forbiddenNumbers = new Set(c.not_in);
    }
    if (c.pattern !== undefined) this.regex = compileLinearPattern(c.pattern);
    if (c.unique) this.seen = new DistinctValues();
    this.needsText = this.regex !== undefined || c.min_length !== undefined || c.max_length !== undefined;
    this.type_ = c.type;
    this.minLen = c.min_length ?? -1;
    this.maxLen = c.max_length ?? Infinity;
  }

  /** Whether cell i (not null; `num` its value in the comparison domain, `kind` as `Column.numbers`) has the configured type. */
  private typeOk(col: Column, i: number, num: number, kind: number): boolean {
    switch (this.type_) {
      case 'integer':
        return this.domain === 'number' ? kind === INTEGER : col.isInteger(i);
      case 'number': {
        if (Number.isNaN(num)) return false;
        if (col.kind === 'text' || col.kind === 'number' || col.kind === 'integer') return true;
        // A column of mixed values (JSON Lines): the cell's own value decides, not the batch's kind.
        const v = col.kind === 'json' ? col.value(i) : undefined;
        return typeof v === 'number' || typeof v === 'bigint';
      }
      case 'boolean':
        if (col.kind === 'boolean') return true;
        return booleanWords.hasCell(col, i);
      case 'date':
      case 'datetime':
        return !Number.isNaN(num);
      default:
        return true;
    }
  }

  /**
   * Checks one batch of the column. The cells are decoded once (`Column.numbers`, `datetimes`), then
   * each check runs as its own loop over them: tight loops that the engine optimises well.
   */
  consume(batch: RecordBatch, col: Column): void {
    const n = batch.length;
    this.rows += n;
    const c = this.config;
    const { domain } = this;
    if (scratch.values.length < n) {
      scratch.values = new Float64Array(n);
      scratch.kinds = new Uint8Array(n);
    }
    const { values, kinds } = scratch;
    if (domain === 'number') decodeNumbers(col, n, values, kinds);
    else if (domain === 'time') decodeTimes(col, n, c.type === 'date', values, kinds);
    else markNulls(col, n, values, kinds);
    this.countNulls(batch, n, kinds);
    if (c.type !== undefined && c.type !== 'string' && c.type !== 'category') this.checkType(batch, col, n, values, kinds);
    if (domain !== 'text') this.checkRange(batch, col, n, values, kinds);
    if (this.allowed !== undefined) this.checkMembership(batch, col, n, values, kinds, this.allowed, this.allowedNumbers, this.inSet, false);
    if (this.forbidden !== undefined) this.checkMembership(batch, col, n, values, kinds, this.forbidden, this.forbiddenNumbers, this.notIn, true);
    if (this.needsText) this.checkText(batch, col, n, kinds);
    if (this.seen !== undefined) this.checkUnique(batch, col, n, kinds, this.seen);
  }

  private countNulls(batch: RecordBatch, n: number, kinds: Uint8Array): void {
    let nulls = 0;
    const ex = this.nullEx;
    const max = this.ctx.maxExamples;
    for (let i = 0; i < n; i++) {
      if (kinds[i] !== NULL) continue;
      nulls++;
      if (ex.examples.length < max) ex.add(batch, i, null);
    }
    this.nulls += nulls;
  }

  /** Counts the non-null cells not of the configured type, and marks them TYPE_FAILED for the range checks. */
  private checkType(batch: RecordBatch, col: Column, n: number, values: Float64Array, kinds: Uint8Array): void {
    const t = this.type_;
    const numericKind = col.kind === 'text' || col.kind === 'number' || col.kind === 'integer';
    // The common cases decided from the decoded cells alone; the rest cell by cell.
    const mode = t === 'integer' && this.domain === 'number' ? 1 : (t === 'number' && numericKind) || t === 'date' || t === 'datetime' ? 2 : t === 'number' && col.kind !== 'json' ? 3 : 0;
    for (let i = 0; i < n; i++) {
      const kind = kinds[i]!;
      if (kind === NULL) continue;
      const v = values[i]!;
      const ok = mode === 1 ? kind === INTEGER : mode === 2 ? v === v : mode === 3 ? false : this.typeOk(col, i, v, kind);
      if (ok) continue;
      kinds[i] = kind | TYPE_FAILED;
      this.type.addCell(batch, i, null, col);
    }
  }

  /** min, max, the observed range and (dates) the newest value, over the non-null cells that passed `type`. */
  private checkRange(batch: RecordBatch, col: Column, n: number, values: Float64Array, kinds: Uint8Array): void {
    const minB = this.minBound ?? -Infinity;
    const maxB = this.maxBound ?? Infinity;
    const hasMin = this.minBound !== undefined;
    const hasMax = this.maxBound !== undefined;
    let lo = this.observedMin;
    let hi = this.observedMax;
    let newest = this.newest;
    let newestAt = -1;
    for (let i = 0; i < n; i++) {
      const kind = kinds[i]!;
      if (kind === NULL || kind & TYPE_FAILED) continue;
      const v = values[i]!;
      if (kind === INTEGER && !(v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER)) this.checkBigInteger(batch, col, i, v);
      // NaN (not a number) fails both bounds.
      else {
        if (hasMin && !(v >= minB)) this.min.addCell(batch, i, null, col);
        if (hasMax && !(v <= maxB)) this.max.addCell(batch, i, null, col);
      }
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      if (v > newest) {
        newest = v;
        newestAt = i;
      }
    }
    this.observedMin = lo;
    this.observedMax = hi;
    if (this.domain === 'time' && newestAt >= 0) {
      this.newest = newest;
      this.newestText = col.text(newestAt);
    }
  }

  /** min and max of an integer beyond 2^53, whose double `v` is rounded: compared exactly, from its text. */
  private checkBigInteger(batch: RecordBatch, col: Column, i: number, v: number): void {
    const exact = exactInteger(col.text(i)) ?? v;
    if (this.exactMin !== undefined && !(exact >= this.exactMin)) this.min.addCell(batch, i, null, col);
    if (this.exactMax !== undefined && !(exact <= this.exactMax)) this.max.addCell(batch, i, null, col);
  }

  /** `in` (a cell outside `set` fails) or `not_in` (a cell inside fails), over every non-null cell. */
  private checkMembership(batch: RecordBatch, col: Column, n: number, values: Float64Array, kinds: Uint8Array, set: TextSet, numbers: Set<number> | undefined, failures: Failures, failInside: boolean): void {
    const byNumber = numbers !== undefined && this.domain === 'number';
    for (let i = 0; i < n; i++) {
      if (kinds[i] === NULL) continue;
      const v = values[i]!;
      const inside = byNumber && v === v ? numbers.has(v) : set.hasCell(col, i);
      if (inside === failInside) failures.addCell(batch, i, null, col);
    }
  }

  /** pattern, min_length, max_length: texts only for checks that do not keep them (an example reads its own copy). */
  private checkText(batch: RecordBatch, col: Column, n: number, kinds: Uint8Array): void {
    const view = col.textView !== undefined;
    const { minLen, maxLen, regex, span } = this;
    const checkLength = minLen >= 0 || maxLen < Infinity;
    for (let i = 0; i < n; i++) {
      if (kinds[i] === NULL) continue;
      if (regex !== undefined && !cellMatches(regex, col, i, span)) this.pattern.addCell(batch, i, null, col);
      if (checkLength) {
        const len = codePoints((view ? col.textView!(i) : col.text(i))!);
        if (len < minLen) this.minLength.addCell(batch, i, null, col);
        if (len > maxLen) this.maxLength.addCell(batch, i, null, col);
      }
    }
  }

  private checkUnique(batch: RecordBatch, col: Column, n: number, kinds: Uint8Array, seen: DistinctValues): void {
    const h = this.hash;
    for (let i = 0; i < n; i++) {
      if (kinds[i] === NULL) continue;
      const v = uniqueInteger(col, i);
      let fresh: boolean;
      if (v === v) fresh = seen.addInteger(v);
      else {
        col.hash(i, h);
        fresh = seen.addHash(h);
      }
      if (!fresh) this.dupes.addCell(batch, i, null, col);
    }
  }

  private allFailures(): Failures[] {
    return [this.type, this.min, this.max, this.inSet, this.notIn, this.pattern, this.minLength, this.maxLength, this.nullEx];
  }

  /** Everything but uniqueness (which needs all values: see `observeUniqueRows`). */
  state(): ColumnCheckerState {
    return { rows: this.rows, nulls: this.nulls, failures: this.allFailures().map((f) => f.state()), observedMin: this.observedMin, observedMax: this.observedMax, newest: this.newest, newestText: this.newestText };
  }

  /** Folds in the state of the next part of the data (in data order). */
  absorb(s: ColumnCheckerState): void {
    this.rows += s.rows;
    this.nulls += s.nulls;
    this.allFailures().forEach((f, k) => f.absorb(s.failures[k]!));
    this.observedMin = Math.min(this.observedMin, s.observedMin);
    this.observedMax = Math.max(this.observedMax, s.observedMax);
    if (s.newest > this.newest) {
      this.newest = s.newest;
      this.newestText = s.newestText;
    }
  }

  /** About `rows` more rows will come (sizes the uniqueness set once). */
  expectRows(rows: number): void {
    this.seen?.reserve(this.rows + rows);
  }

  /** Uniqueness fed from outside (parallel reads), in data order: fresh[r] = 1 when row r's value was new. */
  observeUniqueRows(keys: UniqueKeys, n: number, fresh: Uint8Array): void {
    if (this.seen === undefined) fresh.fill(1, 0, n);
    else this.seen.addRows(keys, n, fresh);
  }

  /** `unique`'s repeats so far, and folding in those of other parts (shard profiles). */
  repeats(): FailuresState { return this.dupes.state(); }
  absorbRepeats(s: FailuresState): void { this.dupes.absorb(s); }

  /** Records a repeated value found by `observeUniqueRows`. */
  addRepeat(example: () => Example): void {
    this.dupes.addLazy(example);
  }

  /** The column is missing from a file: its checks cannot run. */
  skippedResults(reason: string): CheckResult[] {
    return this.checkNames().map((check) => ({ column: this.name, check, severity: this.severity, status: 'skipped' as const, observed: null, expected: null, failing: 0, fraction: 0, examples: [], message: reason }));
  }

  private checkNames(): string[] {
    const c = this.config;
    const names: string[] = [];
    if (c.type !== undefined) names.push('type');
    for (const k of ['nullable', 'max_null_fraction', 'min', 'max', 'in', 'not_in', 'pattern', 'min_length', 'max_length', 'unique', 'max_age'] as const) {
      if (c[k] !== undefined && !(k === 'nullable' && c.nullable !== false) && !(k === 'unique' && c.unique !== true)) names.push(k);
    }
    return names;
  }

  results(): CheckResult[] {
    const c = this.config;
    const severity = this.severity;
    const nonNull = this.rows - this.nulls;
    const tolerated = 1 - (c.mostly ?? 1);
    const column = this.name;
    const out: CheckResult[] = [];
    const rowLevel = (check: string, f: Failures, observed: unknown, expected: unknown): void => {
      const fraction = nonNull > 0 ? f.count / nonNull : 0;
      const failed = f.count > 0 && fraction > tolerated + 1e-12;
      out.push(finding({ column, check, severity, failed, failing: f.count, total: nonNull, observed, expected: c.mostly !== undefined ? { value: expected, mostly: c.mostly } : expected, examples: f.examples }));
    };
    const shown = (v: number): unknown => (!Number.isFinite(v) ? null : this.domain === 'time' ? new Date(v).toISOString() : v);
    if (c.type !== undefined) rowLevel('type', this.type, this.type.count > 0 ? `${this.type.count} value${this.type.count === 1 ? '' : 's'} not ${c.type}` : c.type, c.type);
    if (c.nullable === false) out.push(finding({ column, check: 'nullable', severity, failed: this.nulls > 0, failing: this.nulls, total: this.rows, observed: this.nulls, expected: 0, examples: this.nullEx.examples }));
    if (c.max_null_fraction !== undefined) {
      const frac = this.rows > 0 ? this.nulls / this.rows : 0;
      out.push(finding({ column, check: 'max_null_fraction', severity, failed: frac > c.max_null_fraction, failing: this.nulls, total: this.rows, observed: Number(frac.toPrecision(6)), expected: c.max_null_fraction, examples: this.nullEx.examples }));
    }
    if (c.min !== undefined) rowLevel('min', this.min, shown(this.observedMin), c.min);
    if (c.max !== undefined) rowLevel('max', this.max, shown(this.observedMax), c.max);
    if (c.in !== undefined) rowLevel('in', this.inSet, this.inSet.count > 0 ? `${this.inSet.count} value${this.inSet.count === 1 ? '' : 's'} outside the set` : 'all in the set', c.in);
    if (c.not_in !== undefined) rowLevel('not_in', this.notIn, this.notIn.count > 0 ? `${this.notIn.count} forbidden value${this.notIn.count === 1 ? '' : 's'}` : 'none forbidden', c.not_in);
    if (c.pattern !== undefined) rowLevel('pattern', this.pattern, this.pattern.count > 0 ? `${this.pattern.count} not matching` : 'all match', c.pattern);
    if (c.min_length !== undefined) rowLevel('min_length', this.minLength, this.minLength.count > 0 ? `${this.minLength.count} shorter` : 'ok', c.min_length);
    if (c.max_length !== undefined) rowLevel('max_length', this.maxLength, this.maxLength.count > 0 ? `${this.maxLength.count} longer` : 'ok', c.max_length);
    if (c.unique === true) {
      const f = this.dupes;
      out.push(finding({ column, check: 'unique', severity, failed: f.count > 0, failing: f.count, total: nonNull, observed: `${f.count} repeated value${f.count === 1 ? '' : 's'}`, expected: 'all distinct', examples: f.examples }));
    }
    if (c.max_age !== undefined) {
      const age = parseDuration(c.max_age);
      const stale = !(this.newest >= this.ctx.now - age);
      out.push(
        finding({
          column, check: 'max_age', severity, failed: stale, failing: stale ? nonNull : 0, total: nonNull,
          observed: Number.isFinite(this.newest) ? { newest: this.newestText, age_hours: Number(((this.ctx.now - this.newest) / 3_600_000).toFixed(2)) } : 'no valid timestamps',
          expected: `newest value at most ${c.max_age} old`,
          examples: [],
        }),
      );
    }
    return out;
  }
}

