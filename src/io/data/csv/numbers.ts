/** Number parsing straight from bytes: no string is built on the fast path. */

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

const isSpace = (c: number): boolean => c === 32 || c === 9;

/** Whether the last text `parseNumberBytes` read was an integer (`[+-]digits`, as `isIntegerBytes`). */
let integral = false;

/**
 * Decimal number in b[start, end): `[+-]digits[.digits][(e|E)[+-]digits]` (also `1.` and `.5`), with
 * surrounding spaces allowed. NaN for anything else (empty, `inf`, `nan`, `0x10`, `1,5`). Correctly
 * rounded: exact integer mantissa with at most 15 digits scaled by an exact power of ten (Clinger's fast
 * path), otherwise JavaScript's own `Number()` on the text.
 */
export function parseNumberBytes(b: Uint8Array, start: number, end: number): number {
  while (start < end && isSpace(b[start]!)) start++;
  while (end > start && isSpace(b[end - 1]!)) end--;
  integral = false;
  if (start === end) return NaN;
  let p = start;
  let neg = false;
  let c = b[p]!;
  if (c === 45) {
    neg = true;
    p++;
  } else if (c === 43) p++;
  let mant = 0;
  let digits = 0;
  let frac = 0;
  while (p < end) {
    c = b[p]!;
    if (c < 48 || c > 57) break;
    mant = mant * 10 + (c - 48);
    digits++;
    p++;
  }
  let dot = false;
  if (p < end && b[p] === 46) {
    dot = true;
    p++;
    while (p < end) {
      c = b[p]!;
      if (c < 48 || c > 57) break;
      mant = mant * 10 + (c - 48);
      digits++;
      frac++;
      p++;
    }
  }
  if (digits === 0) return NaN;
  let exp = 0;
  const mantissaEnd = p;
  if (p < end && (b[p] === 101 || b[p] === 69)) {
    p++;
    let eneg = false;
    if (b[p] === 45) {
      eneg = true;
      p++;
    } else if (b[p] === 43) p++;
    let ed = 0;
    while (p < end) {
      c = b[p]!;
      if (c < 48 || c > 57) break;
      if (exp < 100000) exp = exp * 10 + (c - 48);
      ed++;
      p++;
    }
    if (ed === 0) return NaN;
    if (eneg) exp = -exp;
  }
  if (p !== end) return NaN;
  integral = !dot && mantissaEnd === end;
  const e10 = exp - frac;
  let v: number;
  if (digits > 15 || e10 > 22 || e10 < -22) v = slowParse(b, neg ? start + 1 : start, end);
  else if (e10 === 0) v = mant;
  else if (e10 > 0) v = mant * POW10[e10]!;
  else v = mant / POW10[-e10]!;
  return neg ? -v : v;
}

function slowParse(b: Uint8Array, start: number, end: number): number {
  let s = '';
  for (let p = start; p < end; p++) s += String.fromCharCode(b[p]!);
  if (s.charCodeAt(0) === 43) s = s.slice(1);
  return Number(s);
}

/** `[+-]digits` with optional surrounding spaces. */
export function isIntegerBytes(b: Uint8Array, start: number, end: number): boolean {
  while (start < end && isSpace(b[start]!)) start++;
  while (end > start && isSpace(b[end - 1]!)) end--;
  if (start < end && (b[start] === 45 || b[start] === 43)) start++;
  if (start === end) return false;
  for (let p = start; p < end; p++) {
    const c = b[p]!;
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The numbers of one CSV column of a batch: for row i (field at `(i * slots + slot) * 2` of `offsets`),
 * out[i] = its number (NaN if none) and kinds[i] = 0 null (empty unquoted field), 1 integer, 2 another
 * number, 3 not a number. One pass over each field's bytes.
 */
export function decodeNumbers(b: Uint8Array, offsets: Int32Array, flags: Uint8Array, slot: number, slots: number, n: number, out: Float64Array, kinds: Uint8Array): void {
  for (let i = 0, k = slot; i < n; i++, k += slots) {
    const s = offsets[2 * k]!;
    const e = offsets[2 * k + 1]!;
    if (s === e && flags[k] === 0) {
      out[i] = NaN;
      kinds[i] = 0;
      continue;
    }
    // The common shapes, `-?digits` and `-?digits.digits` with at most 15 digits, read here;
    // anything else (spaces, +, exponents, long numbers, text) by parseNumberBytes.
    let p = s;
    const neg = b[p] === 45;
    if (neg) p++;
    const intStart = p;
    let mant = 0;
    for (; p < e; p++) {
      const d = b[p]! - 48;
      if (d < 0 || d > 9) break;
      mant = mant * 10 + d;
    }
    const intDigits = p - intStart;
    if (intDigits > 0 && intDigits <= 15) {
      if (p === e) {
        out[i] = neg ? -mant : mant;
        kinds[i] = 1;
        continue;
      }
      if (b[p] === 46) {
        const fracStart = ++p;
        for (; p < e; p++) {
          const d = b[p]! - 48;
          if (d < 0 || d > 9) break;
          mant = mant * 10 + d;
        }
        const fracDigits = p - fracStart;
        if (p === e && fracDigits > 0 && intDigits + fracDigits <= 15) {
          // Exact mantissa over an exact power of ten: correctly rounded (as parseNumberBytes).
          const v = mant / POW10[fracDigits]!;
          out[i] = neg ? -v : v;
          kinds[i] = 2;
          continue;
        }
      }
    }
    const v = parseNumberBytes(b, s, e);
    out[i] = v;
    kinds[i] = integral ? 1 : v === v ? 2 : 3;
  }
}

/** The integer b[start, end) is the canonical text of (`0`, `-?[1-9][0-9]{0,14}`), or NaN. */
export function canonicalIntegerBytes(b: Uint8Array, start: number, end: number): number {
  let p = start;
  const neg = p < end && b[p] === 45;
  if (neg) p++;
  const n = end - p;
  if (n <= 0 || n > 15) return NaN;
  if (b[p] === 48) return n === 1 && !neg ? 0 : NaN;
  let v = 0;
  for (; p < end; p++) {
    const c = b[p]! - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return neg ? -v : v;
}
