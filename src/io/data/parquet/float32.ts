/** 10^k for k = 0..22: each exact in a double. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/** Whether float32 `a` (> 0) lies exactly halfway between (n - 1) · 10^-k and n · 10^-k. */
function exactTie(a: number, n: bigint, k: number): boolean {
  f32[0] = a;
  const bits = f32Bits[0]!;
  const biased = (bits >>> 23) & 0xff;
  const m = BigInt(biased === 0 ? bits & 0x7fffff : (bits & 0x7fffff) | 0x800000);
  const e2 = biased === 0 ? -149 : biased - 150;
  // 2 · a · 10^k = 2n - 1, as num / den
  const num = 2n * m * (1n << BigInt(Math.max(e2, 0))) * 10n ** BigInt(Math.max(k, 0));
  const den = (1n << BigInt(Math.max(-e2, 0))) * 10n ** BigInt(Math.max(-k, 0));
  return num === (2n * n - 1n) * den;
}

/**
 * The shortest decimal that reads back as float32 `f`, the nearest such one when several have as few
 * digits, and the one with the even last digit when two are equally near (as NumPy, Java, Ryu and Arrow
 * print floats). By strings: exact, slow.
 */
export function float32DecimalSlow(f: number): number {
  if (f === 0 || !Number.isFinite(f)) return f;
  const a = Math.abs(f);
  for (let p = 1; p <= 9; p++) {
    // toExponential rounds to the nearest, an exact tie up
    const [mantissa, exponent] = a.toExponential(p - 1).split('e') as [string, string];
    let d = Number(`${mantissa}e${exponent}`);
    if (Math.fround(d) !== a) continue;
    const n = BigInt(mantissa.replace('.', ''));
    const k = p - 1 - Number(exponent);
    if (n % 2n === 1n && exactTie(a, n, k)) {
      const even = Number(`${n - 1n}e${-k}`);
      if (Math.fround(even) === a) d = even;
    }
    return f < 0 ? -d : d;
  }
  throw new Error(`no 9-digit decimal reads back as the float32 ${f}`);
}

/** Not a p-digit decimal of the value (`NO`), or not decidable by arithmetic (`ASK_STRINGS`). */
const NO = -1;
const ASK_STRINGS = -2;

/**
 * The p-digit decimal nearest to `a` (> 0, of decimal exponent e) when it reads back as `a`. |a| · 10^k
 * is within 2^-53 of exact and below 10^9, so its rounding is exact unless it lies within 10^-6 of a
 * tie; then, and where 10^k is not exact, the strings decide.
 */
function digits(a: number, e: number, p: number): number {
  const k = p - 1 - e;
  if (k < 0 || k > 22) return ASK_STRINGS;
  const t = a * POW10[k]!;
  if (Math.abs(t - Math.floor(t) - 0.5) < 1e-6) return ASK_STRINGS;
  const d = Math.round(t) / POW10[k]!;
  return Math.fround(d) === a ? d : NO;
}

/**
 * A FLOAT value as every tool shows it: `1.1f` is 1.100000023841858 as a double, but Arrow, DuckDB, Spark
 * and pandas print 1.1, and users write 1.1 in their checks. So the value becomes the double of the
 * shortest decimal that reads back as the same float32 (the nearest such one of that length). If p
 * digits read back, so do p + 1, so the length is found by bisection.
 */
export function float32Decimal(f: number): number {
  if (f === 0 || !Number.isFinite(f)) return f;
  const a = Math.abs(f);
  let e = Math.floor(Math.log10(a));
  if (e > -22 && e < 22) {
    // log10 may miss by one next to a power of ten
    if (e >= 0 ? a >= POW10[e + 1]! : a * POW10[-e - 1]! >= 1) e++;
    else if (e >= 0 ? a < POW10[e]! : a * POW10[-e]! < 1) e--;
  }
  // 9 digits always read back
  let lo = 1;
  let hi = 9;
  let best = NO;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = digits(a, e, mid);
    if (d === ASK_STRINGS) return float32DecimalSlow(f);
    if (d === NO) lo = mid + 1;
    else {
      hi = mid;
      best = d;
    }
  }
  if (best === NO) best = digits(a, e, 9);
  if (best < 0) return float32DecimalSlow(f);
  return f < 0 ? -best : best;
}
