/**
 * Expected and observed values of a data check as a person writes them (`≥ 200 rows`, `string in ≥ 99% of values`,
 * `newest 2026-10-31 (35 days old)`), never as JSON: one formatter per check kind. Plain text (not yet escaped): the
 * report escapes it, the CLI prints it as it is.
 */
import type { CheckResult } from '../results.js';
import { count, num, plural, share } from './format.js';
import { listWithMore } from './shorten.js';

export interface CheckText {
  expected: string;
  observed: string;
}

/** Row-level checks that `mostly` relaxes: the config's value is wrapped as `{ value, mostly }`. */
function unwrap(expected: unknown): { value: unknown; mostly?: number } {
  if (isRecord(expected) && 'mostly' in expected && 'value' in expected && typeof expected.mostly === 'number') return { value: expected.value, mostly: expected.mostly };
  return { value: expected };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A date-time as a date when it is midnight UTC, else to the minute. */
export function dateText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m) return iso;
  const [, day = '', hm = '', sec = '', , zone = ''] = m;
  if (hm === '00:00' && /^(:00(\.0+)?)?$/.test(sec) && (zone === 'Z' || zone === '' || /^[+-]00:?00$/.test(zone))) return day;
  return `${day} ${hm}${zone === 'Z' ? ' UTC' : zone ? ` ${zone}` : ''}`;
}

/** Any value in words: numbers formatted, dates as dates, lists shortened, objects as `key value` pairs. */
export function valueWords(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return num(v);
  if (typeof v === 'string') return dateText(v);
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return listWithMore(v.map(valueWords), 60);
  if (isRecord(v)) return Object.entries(v).map(([k, x]) => `${k.replace(/_/g, ' ')} ${valueWords(x)}`).join(', ');
  return typeof v; // functions and symbols never come from results
}

/** Counts inside the validator's sentences (`3413 not matching`) grouped like the rest (`3,413`); dates untouched. */
function groupNumbers(s: string): string {
  return s.replace(/(?<![\d.:/-])\d{4,}(?![\d.:/-])/g, (d) => count(Number(d)));
}

/** An observed value: the validator's sentences with their counts grouped. */
function observedWords(v: unknown): string {
  return typeof v === 'string' ? groupNumbers(dateText(v)) : valueWords(v);
}

function ageText(hours: number): string {
  if (hours < 48) return `${num(Number(hours.toFixed(1)))} hours`;
  return plural(Math.round(hours / 24), 'day');
}

function bound(op: string, v: unknown): string {
  return `${op} ${valueWords(v)}`;
}

/** What a row-level check expects of each value; `mostly` turns it into a share. */
const ROW_EXPECTED: Record<string, (v: unknown) => string> = {
  type: (v) => `${valueWords(v)}`,
  min: (v) => bound('≥', v),
  max: (v) => bound('≤', v),
  in: (v) => `one of ${Array.isArray(v) ? listWithMore(v.map(valueWords), 50) : valueWords(v)}`,
  not_in: (v) => `none of ${Array.isArray(v) ? listWithMore(v.map(valueWords), 50) : valueWords(v)}`,
  pattern: (v) => `matches /${String(v)}/`,
  min_length: (v) => `length ≥ ${valueWords(v)}`,
  max_length: (v) => `length ≤ ${valueWords(v)}`,
};

function rowLevel(c: CheckResult): CheckText {
  const { value, mostly } = unwrap(c.expected);
  const base = ROW_EXPECTED[c.check]!(value);
  const expected = mostly !== undefined ? `${base} in ≥ ${share(mostly)} of values` : base;
  let observed: string;
  if (c.check === 'min' || c.check === 'max') {
    const word = typeof c.observed === 'string' ? (c.check === 'min' ? 'earliest' : 'latest') : c.check;
    observed = c.observed === null || c.observed === undefined ? 'no valid values' : `${word} ${valueWords(c.observed)}`;
  } else observed = observedWords(c.observed);
  if (mostly !== undefined && c.failing > 0) observed = `${share(1 - c.fraction)} ok (${observed})`;
  return { expected, observed };
}

const DATASET: Record<string, (c: CheckResult) => CheckText> = {
  rows: (c) => {
    const e = isRecord(c.expected) ? c.expected : {};
    const min = typeof e.min === 'number' ? e.min : undefined;
    const max = typeof e.max === 'number' ? e.max : undefined;
    const expected = min !== undefined && max !== undefined ? `${count(min)}–${count(max)} rows` : max !== undefined ? `≤ ${count(max)} rows` : `≥ ${count(min ?? 0)} rows`;
    return { expected, observed: typeof c.observed === 'number' ? plural(c.observed, 'row') : valueWords(c.observed) };
  },
  duplicates: (c) => {
    const e = isRecord(c.expected) ? c.expected : {};
    const max = typeof e.max_fraction === 'number' ? e.max_fraction : 0;
    return { expected: `≤ ${share(max)} duplicate rows`, observed: typeof c.observed === 'number' ? `${share(c.observed)} duplicate rows` : valueWords(c.observed) };
  },
  leakage: (c) => {
    const e = isRecord(c.expected) ? c.expected : {};
    const key = Array.isArray(e.key) ? e.key.map(String).join('+') : valueWords(e.key);
    const max = typeof e.max_fraction === 'number' ? e.max_fraction : 0;
    return { expected: `≤ ${share(max)} of rows share a ${key} with ${valueWords(e.against)}`, observed: observedWords(c.observed) };
  },
  strict_columns: (c) => ({ expected: valueWords(c.expected), observed: Array.isArray(c.observed) ? (c.observed.length ? `extra: ${listWithMore(c.observed.map(String), 60)}` : 'no extra columns') : valueWords(c.observed) }),
  nullable: (c) => ({ expected: 'no nulls', observed: typeof c.observed === 'number' ? plural(c.observed, 'null') : valueWords(c.observed) }),
  max_null_fraction: (c) => ({ expected: `≤ ${share(Number(c.expected))} nulls`, observed: typeof c.observed === 'number' ? `${share(c.observed)} nulls` : valueWords(c.observed) }),
  max_age: (c) => {
    const o = c.observed;
    const observed = isRecord(o) && typeof o.age_hours === 'number' ? `newest ${dateText(String(o.newest))} (${ageText(o.age_hours)} old)` : valueWords(o);
    return { expected: typeof c.expected === 'string' ? c.expected.replace(/^newest value at most (.*) old$/, 'newest at most $1 old') : valueWords(c.expected), observed };
  },
};

/** Expected and observed of one check, in words. */
export function describeCheck(c: CheckResult): CheckText {
  if (c.status === 'skipped') return { expected: c.expected === null || c.expected === undefined ? '—' : valueWords(unwrap(c.expected).value), observed: '—' };
  if (c.check in ROW_EXPECTED) return rowLevel(c);
  const own = DATASET[c.check];
  if (own) return own(c);
  return { expected: valueWords(c.expected), observed: observedWords(c.observed) };
}
