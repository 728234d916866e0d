/**
 * JSON grammar over bytes, for the JSON Lines reader: strings, numbers and nested values validated as
 * `JSON.parse` validates them (a byte sequence these accept, `JSON.parse` accepts), positions only.
 * Each returns the position after the token, or -1 where the text is not what JSON allows (the caller
 * then lets `JSON.parse` read the line and word the error).
 */

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

const isHex = (c: number | undefined): boolean => c !== undefined && ((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102));

/** After the escape at b[q] (a backslash) in a string ending before `e`; -1 when it is not a JSON escape. */
function escapeEnd(b: Uint8Array, q: number, e: number): number {
  const c = b[q + 1];
  if (c === 117) return q + 6 <= e && isHex(b[q + 2]) && isHex(b[q + 3]) && isHex(b[q + 4]) && isHex(b[q + 5]) ? q + 6 : -1;
  return q + 2 <= e && (c === 34 || c === 92 || c === 47 || c === 98 || c === 102 || c === 110 || c === 114 || c === 116) ? q + 2 : -1;
}

/** What the last `stringEnd` found: whether the string has escapes. */
export const lastString = { escaped: false };

/** The position of the closing quote of the string whose opening quote is at b[p]; -1 when invalid. */
export function stringEnd(b: Uint8Array, p: number, e: number): number {
  let escaped = false;
  let q = p + 1;
  for (;;) {
    if (q >= e) return -1;
    const c = b[q]!;
    if (c === 34) break;
    if (c === 92) {
      escaped = true;
      q = escapeEnd(b, q, e);
      if (q < 0) return -1;
    } else if (c < 32) return -1;
    else q++;
  }
  lastString.escaped = escaped;
  return q;
}

/**
 * What the last `numberEnd` read: its double; whether it is an integer token of magnitude 2^53 or more
 * (`big`), or one of at most 15 digits (`plain`: its text is `String(value)` but for -0).
 */
export const lastNumber = { value: 0, big: false, plain: false };

/**
 * The end of the number at b[p] (`-?(0|[1-9]digits)(.digits)?([eE][+-]?digits)?`), its value in
 * `lastNumber` as `JSON.parse` reads it (correctly rounded: an exact mantissa of at most 15 digits
 * scaled by an exact power of ten, else `Number` of the text). A digit right after a leading 0 ends
 * the number here: the caller finds no delimiter after it.
 */
export function numberEnd(b: Uint8Array, p: number, e: number): number {
  const start = p;
  const neg = b[p] === 45;
  if (neg) p++;
  let c = p < e ? b[p]! : -1;
  let mant = 0;
  let digits = 0;
  if (c === 48) {
    p++;
    digits = 1;
  } else if (c >= 49 && c <= 57) {
    do {
      mant = mant * 10 + (c - 48);
      digits++;
      c = ++p < e ? b[p]! : -1;
    } while (c >= 48 && c <= 57);
  } else return -1;
  let integral = true;
  let frac = 0;
  if (p < e && b[p] === 46) {
    integral = false;
    const from = ++p;
    for (c = p < e ? b[p]! : -1; c >= 48 && c <= 57; c = ++p < e ? b[p]! : -1) mant = mant * 10 + (c - 48);
    frac = p - from;
    if (frac === 0) return -1;
    digits += frac;
  }
  let exp = 0;
  if (p < e && (b[p] === 101 || b[p] === 69)) {
    integral = false;
    p++;
    const sign = p < e ? b[p] : -1;
    if (sign === 43 || sign === 45) p++;
    const from = p;
    for (c = p < e ? b[p]! : -1; c >= 48 && c <= 57; c = ++p < e ? b[p]! : -1) if (exp < 100000) exp = exp * 10 + (c - 48);
    if (p === from) return -1;
    if (sign === 45) exp = -exp;
  }
  lastNumber.big = false;
  lastNumber.plain = integral && digits <= 15;
  const e10 = exp - frac;
  if (digits <= 15 && e10 >= -22 && e10 <= 22) {
    const v = e10 === 0 ? mant : e10 > 0 ? mant * POW10[e10]! : mant / POW10[-e10]!;
    lastNumber.value = neg ? -v : v;
  } else {
    let text = '';
    for (let q = start; q < p; q++) text += String.fromCharCode(b[q]!);
    const v = Number(text);
    lastNumber.value = v;
    lastNumber.big = integral && !Number.isSafeInteger(v);
  }
  return p;
}

/** The end of the literal `true`, `false` or `null` at b[p], or -1. */
export function literalEnd(b: Uint8Array, p: number, e: number): number {
  const c = b[p];
  if (c === 116) return p + 4 <= e && b[p + 1] === 114 && b[p + 2] === 117 && b[p + 3] === 101 ? p + 4 : -1;
  if (c === 102) return p + 5 <= e && b[p + 1] === 97 && b[p + 2] === 108 && b[p + 3] === 115 && b[p + 4] === 101 ? p + 5 : -1;
  if (c === 110) return p + 4 <= e && b[p + 1] === 117 && b[p + 2] === 108 && b[p + 3] === 108 ? p + 4 : -1;
  return -1;
}

/** The first byte at or after p that is not JSON whitespace (a line holds no line feed). */
export function skipSpace(b: Uint8Array, p: number, e: number): number {
  while (p < e) {
    const c = b[p]!;
    if (c !== 32 && c !== 9 && c !== 13) break;
    p++;
  }
  return p;
}

function sameBytes(b: Uint8Array, s1: number, e1: number, s2: number, e2: number): boolean {
  if (e1 - s1 !== e2 - s2) return false;
  for (let k = 0; k < e1 - s1; k++) if (b[s1 + k] !== b[s2 + k]) return false;
  return true;
}

/** Scratch of `nestedEnd`: open containers (1 object, 2 array), the keys of the open objects, where each object's keys start. */
let kinds = new Uint8Array(64);
let keyStarts = new Int32Array(256);
let keyEnds = new Int32Array(256);
let frameKeys = new Int32Array(64);

function grow<T extends Uint8Array | Int32Array>(a: T, need: number): T {
  if (need < a.length) return a;
  const out = new (a.constructor as new (n: number) => T)(Math.max(need + 1, 2 * a.length));
  out.set(a);
  return out;
}

/**
 * The end of the object or array at b[p], validated; -1 when it is not valid JSON, or when it holds
 * an object with a key written with escapes or a key repeated (which the caller leaves to the exact
 * reader, that names them). Iterative: any depth.
 */
export function nestedEnd(b: Uint8Array, p: number, e: number): number {
  let depth = 0;
  let keys = 0;
  for (;;) {
    // A value starts at p.
    p = skipSpace(b, p, e);
    const c = p < e ? b[p]! : -1;
    let inObject = false;
    if (c === 123 || c === 91) {
      kinds = grow(kinds, depth + 1);
      frameKeys = grow(frameKeys, depth + 1);
      kinds[depth] = c === 123 ? 1 : 2;
      frameKeys[depth] = keys;
      depth++;
      p = skipSpace(b, p + 1, e);
      if (b[p] === (c === 123 ? 125 : 93) && p < e) {
        p++;
        depth--;
      } else if (c === 123) inObject = true;
      else continue;
    } else if (c === 34) p = stringEnd(b, p, e) + 1;
    else if (c === 45 || (c >= 48 && c <= 57)) p = numberEnd(b, p, e);
    else p = literalEnd(b, p, e);
    if (p <= 0) return -1;
    // After a value (or at the first key of an object): close what it completes, then find the next value.
    for (;;) {
      if (!inObject) {
        if (depth === 0) return p;
        p = skipSpace(b, p, e);
        const d = p < e ? b[p]! : -1;
        const kind = kinds[depth - 1];
        if (d === 44) {
          p = skipSpace(b, p + 1, e);
          if (kind === 2) break;
        } else if ((d === 125 && kind === 1) || (d === 93 && kind === 2)) {
          p++;
          depth--;
          keys = frameKeys[depth]!;
          continue;
        } else return -1;
      }
      inObject = false;
      // A key of the object at depth - 1 starts at p.
      if (b[p] !== 34 || p >= e) return -1;
      const end = stringEnd(b, p, e);
      if (end < 0 || lastString.escaped) return -1;
      for (let k = frameKeys[depth - 1]!; k < keys; k++) if (sameBytes(b, keyStarts[k]!, keyEnds[k]!, p + 1, end)) return -1;
      keyStarts = grow(keyStarts, keys);
      keyEnds = grow(keyEnds, keys);
      keyStarts[keys] = p + 1;
      keyEnds[keys++] = end;
      p = skipSpace(b, end + 1, e);
      if (b[p] !== 58 || p >= e) return -1;
      p++;
      break;
    }
  }
}
