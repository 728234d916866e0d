/**
 * Ascending sort of a Float64Array (no NaN) by LSD radix sort on order-preserving 64-bit keys,
 * 16 bits per pass, skipping passes where every key shares the digit. O(n); on 1M values several
 * times faster than the built-in comparison sort. -0 sorts before +0 (same as equality for drift).
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
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? 'lo' : 'hi';
    const shift = (pass % 2) * 16;
    const src = word === 'lo' ? lo : hi;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(src[i]! >>> shift) & 0xffff]!++;
    if (counts[(src[0]! >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const d = (src[i]! >>> shift) & 0xffff;
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
  return values;
}
