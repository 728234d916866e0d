/**
 * ISO 8601 dates and datetimes parsed from bytes (no regex, no string): `YYYY-MM-DD`, then optionally
 * `T` or a space, `HH:MM[:SS[.fraction]]`, and `Z` or `±HH[:MM]`. No zone means UTC. Returns epoch
 * milliseconds, or NaN when the text is not one (including impossible days such as 2023-02-30).
 */

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days from Jan 1 to the first of month m (1-12), non-leap years at m, leap years at m + 12. */
const MONTH_START = new Int32Array(25);
for (let m = 2, a = 0, b = 0; m <= 12; m++) {
  a += MONTH_DAYS[m - 2]!;
  b += m === 3 ? 29 : MONTH_DAYS[m - 2]!;
  MONTH_START[m] = a;
  MONTH_START[m + 12] = b;
}

/** Days from 1970-01-01 to Jan 1 of each year 0-9999 (four-digit years), filled on first use. */
let yearStarts: Float64Array | undefined;

function yearTable(): Float64Array {
  const table = new Float64Array(10000);
  for (let k = 0; k < 10000; k++) table[k] = daysFromCivil(k, 1, 1);
  return table;
}

// The table is built by its own function: a loop here would have the engine compile this function
// in the middle of it, before `yearStarts[y]` ever ran, and throw that code away at once.
function yearStart(y: number): number {
  return (yearStarts ??= yearTable())[y]!;
}

function digits(b: Uint8Array, p: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = b[p + k]! - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

export function parseIsoBytes(b: Uint8Array, start: number, end: number, dateOnly: boolean): number {
  while (start < end && (b[start] === 32 || b[start] === 9)) start++;
  while (end > start && (b[end - 1] === 32 || b[end - 1] === 9)) end--;
  if (end - start < 10 || b[start + 4] !== 45 || b[start + 7] !== 45) return NaN;
  const y = digits(b, start, 4);
  const mo = digits(b, start + 5, 2);
  const d = digits(b, start + 8, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return NaN;
  if (d > (mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1]!)) return NaN;
  let t = (yearStart(y) + MONTH_START[isLeap(y) ? mo + 12 : mo]! + d - 1) * 86_400_000;
  let p = start + 10;
  if (p === end) return t;
  if (dateOnly) return NaN;
  const sep = b[p];
  if (sep !== 84 && sep !== 116 && sep !== 32) return NaN;
  p++;
  if (end - p < 5 || b[p + 2] !== 58) return NaN;
  const h = digits(b, p, 2);
  const mi = digits(b, p + 3, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return NaN;
  t += h * 3_600_000 + mi * 60_000;
  p += 5;
  if (p < end && b[p] === 58) {
    const s = digits(b, p + 1, 2);
    if (s < 0 || s > 60 || p + 3 > end) return NaN;
    t += s * 1000;
    p += 3;
    if (p < end && (b[p] === 46 || b[p] === 44)) {
      p++;
      let scale = 100;
      let n = 0;
      while (p < end && b[p]! >= 48 && b[p]! <= 57) {
        t += (b[p]! - 48) * scale;
        scale /= 10;
        p++;
        n++;
      }
      if (n === 0) return NaN;
    }
  }
  if (p < end && b[p] === 32) p++;
  if (p === end) return t;
  const z = b[p];
  if ((z === 90 || z === 122) && p + 1 === end) return t;
  if (z !== 43 && z !== 45) return NaN;
  const oh = digits(b, p + 1, 2);
  if (oh < 0 || oh > 23) return NaN;
  p += 3;
  let om = 0;
  if (p < end) {
    if (b[p] === 58) p++;
    om = digits(b, p, 2);
    if (om < 0 || om > 59 || p + 2 !== end) return NaN;
  }
  const offset = (oh * 60 + om) * 60_000;
  return z === 43 ? t - offset : t + offset;
}

/** Same over a string (JSON Lines values, config bounds). */
const encoder = new TextEncoder();

export function parseIsoString(s: string, dateOnly: boolean): number {
  const b = encoder.encode(s);
  return parseIsoBytes(b, 0, b.length, dateOnly);
}
