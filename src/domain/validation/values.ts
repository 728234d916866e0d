import { parseIsoString } from './iso-time.js';

/** Parsing of text cells for type checks: booleans, ISO dates and datetimes, durations. */

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0']);

/** true / false for the usual spellings (case-insensitive true/false, t/f, yes/no, y/n, 1/0); undefined otherwise. */
export function parseBoolean(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return undefined;
}

/** Epoch ms of an ISO 8601 date `YYYY-MM-DD`; NaN when not one. */
export function parseDate(text: string): number {
  return parseIsoString(text, true);
}

/** Epoch ms of an ISO 8601 date or datetime (no zone means UTC); NaN when not one. */
export function parseDateTime(text: string): number {
  return parseIsoString(text, false);
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `30d` → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(s|m|h|d|w)$/.exec(text);
  if (!m) return NaN;
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

/** The integer whose text (digits, an optional sign, spaces around) `text` is, exactly; undefined if it is not one. */
export function exactInteger(text: string | null): bigint | undefined {
  const t = text?.trim();
  return t !== undefined && /^[+-]?\d+$/.test(t) ? BigInt(t) : undefined;
}

/** A `min`/`max` bound for comparing integers beyond 2^53 exactly: a bound written as digits in quotes keeps every digit. */
export function exactBound(v: number | string | undefined, bound: number | undefined): number | bigint | undefined {
  return typeof v === 'string' ? (exactInteger(v) ?? bound) : bound;
}
