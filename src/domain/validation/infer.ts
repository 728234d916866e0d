import type { ColumnConfig } from '../config/schema.js';
import type { Column, RecordBatch } from '../table/record-batch.js';
import { BOOLEAN_WORDS } from './column-checker.js';
import { HashSet64 } from './hash-set.js';

/** At most this many distinct values make a column a candidate for `in:`. */
export const MAX_IN_VALUES = 12;
/** Share of the observed range added on each side of proposed min/max. */
export const RANGE_MARGIN = 0.1;

const BOOL = new Set(BOOLEAN_WORDS);

class ColumnStats {
  rows = 0;
  nulls = 0;
  allInteger = true;
  allNumber = true;
  allBoolean = true;
  allDate = true;
  allDateTime = true;
  min = Infinity;
  max = -Infinity;
  distinct: Map<string, number> | undefined = new Map();
  seen: HashSet64 | undefined = new HashSet64();
  private readonly h = new Uint32Array(2);

  consume(col: Column, n: number): void {
    this.rows += n;
    for (let i = 0; i < n; i++) {
      if (col.isNull(i)) {
        this.nulls++;
        continue;
      }
      const num = col.number(i);
      if (this.allInteger && !col.isInteger(i)) this.allInteger = false;
      if (this.allNumber) {
        if (Number.isNaN(num) || col.kind === 'boolean' || col.kind === 'timestamp') this.allNumber = false;
        else {
          if (num < this.min) this.min = num;
          if (num > this.max) this.max = num;
        }
      }
      if (this.allBoolean && col.kind !== 'boolean') {
        const t = col.text(i);
        if (t === null || !BOOL.has(t)) this.allBoolean = false;
      }
      if (this.allDate && Number.isNaN(col.datetime(i, true))) this.allDate = false;
      if (this.allDateTime && Number.isNaN(col.datetime(i, false))) this.allDateTime = false;
      if (this.distinct) {
        const t = col.text(i) ?? '';
        this.distinct.set(t, (this.distinct.get(t) ?? 0) + 1);
        if (this.distinct.size > MAX_IN_VALUES) this.distinct = undefined;
      }
      if (this.seen) {
        col.hash(i, this.h);
        // Stop tracking a column as soon as it repeats a value: only key-like columns keep their set.
        if (!this.seen.add(this.h)) this.seen = undefined;
      }
    }
  }

  propose(name: string): ColumnConfig {
    const nonNull = this.rows - this.nulls;
    const out: ColumnConfig = {};
    const integer = nonNull > 0 && this.allInteger && this.allNumber;
    const number = nonNull > 0 && this.allNumber;
    const boolean = nonNull > 0 && this.allBoolean && !number; // 0/1 columns stay integers (labels)
    const type = integer && !boolean ? 'integer' : number && !boolean ? 'number' : boolean ? 'boolean' : nonNull > 0 && this.allDate ? 'date' : nonNull > 0 && this.allDateTime ? 'datetime' : 'string';
    const lowCardinality = this.distinct !== undefined && nonNull >= 20 && this.distinct.size * 4 <= nonNull;
    out.type = type === 'string' && lowCardinality ? 'category' : type;
    if (this.nulls === 0) out.nullable = false;
    else out.max_null_fraction = Math.min(1, Math.ceil((this.nulls / this.rows) * 1.2 * 1000 + 1) / 1000);
    if ((type === 'integer' || type === 'number') && !lowCardinality && Number.isFinite(this.min)) {
      const span = this.max - this.min || Math.abs(this.max) || 1;
      let lo = this.min - span * RANGE_MARGIN;
      let hi = this.max + span * RANGE_MARGIN;
      if (this.min >= 0 && lo < 0) lo = 0;
      if (type === 'integer') {
        lo = Math.floor(lo);
        hi = Math.ceil(hi);
      } else {
        lo = roundDown(lo);
        hi = roundUp(hi);
      }
      out.min = lo;
      out.max = hi;
    }
    if (lowCardinality && this.distinct && type !== 'boolean') {
      const values = [...this.distinct.keys()].sort();
      out.in = type === 'integer' || type === 'number' ? values.map(Number).sort((a, b) => a - b) : values;
    }
    if (this.seen && nonNull > 1 && this.nulls === 0 && (type === 'integer' || type === 'string') && isKeyLike(name, type)) out.unique = true;
    return out;
  }
}

function isKeyLike(name: string, type: string): boolean {
  return type === 'string' || /(^|_)(id|key|uuid|guid)$|Id$|ID$/.test(name);
}

function roundDown(x: number): number {
  const p = 10 ** (Math.floor(Math.log10(Math.abs(x) || 1)) - 2);
  return Math.floor(x / p) * p;
}

function roundUp(x: number): number {
  const p = 10 ** (Math.floor(Math.log10(Math.abs(x) || 1)) - 2);
  return Math.ceil(x / p) * p;
}

/**
 * Proposes a `columns:` block from data: types, nullability (or a null-fraction bound with a 20%
 * margin), numeric ranges widened by 10% of the observed span, `in` for low-cardinality columns
 * (at most 12 values, each seen 4 times on average), `unique` for key-like columns without repeats.
 * What it proposes validates the data it came from.
 */
export class SchemaInferrer {
  private readonly stats = new Map<string, ColumnStats>();
  private readonly order: string[] = [];
  rows = 0;

  startFile(_file: string, header: readonly string[]): readonly string[] {
    for (const h of header)
      if (!this.stats.has(h)) {
        this.stats.set(h, new ColumnStats());
        this.order.push(h);
      }
    return header;
  }

  consume(batch: RecordBatch): void {
    this.rows += batch.length;
    for (const col of batch.columns) this.stats.get(col.name)!.consume(col, batch.length);
  }

  columns(): Record<string, ColumnConfig> {
    const out: Record<string, ColumnConfig> = {};
    for (const name of this.order) out[name] = this.stats.get(name)!.propose(name);
    return out;
  }
}
