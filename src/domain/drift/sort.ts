/**
 * Ascending sort of a Float64Array (no NaN): LSD radix sort on the high 32 bits of order-preserving
 * keys (16 bits per pass, skipping passes where every key shares the digit), then each run of equal
 * high words is finished by comparing the values (insertion sort for short runs, the built-in sort
 * for long ones). Real data rarely share 32 high bits (sign, exponent and 20 mantissa bits), so this
 * is two passes where a full 64-bit radix sort needs four; on 1M values it is several times faster
 * than the built-in comparison sort. -0 sorts before +0 (same as equality for drift).
 */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 2048) return values.sort();
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  // Keys: flip the sign bit of non-negatives, all bits of negatives (little-endian: [lo, hi]).
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = bits[2 * i + 1]!;
    const l = bits[2 * i]!;
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  for (let shift = 0; shift < 32; shift += 16) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(hi[i]! >>> shift) & 0xffff]!++;
    if (counts[(hi[0]! >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const d = (hi[i]! >>> shift) & 0xffff;
      const j = counts[d]!++;
      lo2[j] = lo[i]!;
      hi2[j] = hi[i]!;
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i]!;
    if (h & 0x80000000) {
      bits[2 * i + 1] = (h & 0x7fffffff) >>> 0;
      bits[2 * i] = lo[i]!;
    } else {
      bits[2 * i + 1] = ~h >>> 0;
      bits[2 * i] = ~lo[i]! >>> 0;
    }
  }
  // Runs of equal high words are in arbitrary order of their low words: finish them.
  for (let start = 0; start < n; ) {
    const h = hi[start]!;
    let end = start + 1;
    while (end < n && hi[end] === h) end++;
    if (end - start > 32) values.subarray(start, end).sort();
    else {
      for (let i = start + 1; i < end; i++) {
        const v = values[i]!;
        let j = i - 1;
        while (j >= start && values[j]! > v) {
          values[j + 1] = values[j]!;
          j--;
        }
        values[j + 1] = v;
      }
    }
    start = end;
  }
  return values;
}
