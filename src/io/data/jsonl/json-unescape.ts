/**
 * The value of a JSON string with escapes as UTF-8 bytes, decoded from its bytes: what
 * `Buffer.from(JSON.parse(text), 'utf8')` gives, without building either string (row hashes of
 * strings with escapes, one line in eight in a file of addresses with quotes).
 */

/** The byte an escape `\x` stands for, by x (0 where x is `u` or not an escape). */
const SIMPLE = new Uint8Array(128);
SIMPLE[34] = 34;
SIMPLE[92] = 92;
SIMPLE[47] = 47;
SIMPLE[98] = 8;
SIMPLE[102] = 12;
SIMPLE[110] = 10;
SIMPLE[114] = 13;
SIMPLE[116] = 9;

const hexDigit = (c: number): number => (c <= 57 ? c - 48 : (c | 32) - 87);

/** The code unit of the four hex digits at b[p]. */
const hex4 = (b: Uint8Array, p: number): number => (hexDigit(b[p]!) << 12) | (hexDigit(b[p + 1]!) << 8) | (hexDigit(b[p + 2]!) << 4) | hexDigit(b[p + 3]!);

/** Writes code point u as UTF-8 at out[n]; the position after it. */
function putUtf8(out: Uint8Array, n: number, u: number): number {
  if (u < 0x80) out[n++] = u;
  else if (u < 0x800) {
    out[n++] = 0xc0 | (u >> 6);
    out[n++] = 0x80 | (u & 63);
  } else if (u < 0x10000) {
    out[n++] = 0xe0 | (u >> 12);
    out[n++] = 0x80 | ((u >> 6) & 63);
    out[n++] = 0x80 | (u & 63);
  } else {
    out[n++] = 0xf0 | (u >> 18);
    out[n++] = 0x80 | ((u >> 12) & 63);
    out[n++] = 0x80 | ((u >> 6) & 63);
    out[n++] = 0x80 | (u & 63);
  }
  return n;
}

/**
 * Decodes the body b[s, e) of a JSON string that `stringEnd` accepted (escapes valid, the bytes
 * valid UTF-8) into out[0, n) and returns n: its value's UTF-8 bytes, a surrogate pair written as
 * two escapes joined, a lone surrogate as U+FFFD (as `Buffer.from` encodes it). n <= e - s, so
 * `out` needs no more room than the body.
 */
export function unescapeString(b: Uint8Array, s: number, e: number, out: Uint8Array): number {
  let n = 0;
  for (let p = s; p < e; ) {
    const c = b[p]!;
    if (c !== 92) {
      out[n++] = c;
      p++;
      continue;
    }
    const x = b[p + 1]!;
    if (x !== 117) {
      out[n++] = SIMPLE[x]!;
      p += 2;
      continue;
    }
    let u = hex4(b, p + 2);
    p += 6;
    if (u >= 0xd800 && u <= 0xdbff && p + 6 <= e && b[p] === 92 && b[p + 1] === 117) {
      const low = hex4(b, p + 2);
      if (low >= 0xdc00 && low <= 0xdfff) {
        u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
        p += 6;
      }
    }
    n = putUtf8(out, n, u >= 0xd800 && u <= 0xdfff ? 0xfffd : u);
  }
  return n;
}
