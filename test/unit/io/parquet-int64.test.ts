import { describe, expect, it } from 'vitest';
import { microsToMs, nanosToMs } from '../../../src/io/data/parquet/int64.js';

/** floor(v / d) as a Date would hold it (NaN outside ±8.64e15 ms), by BigInt arithmetic. */
function reference(v: bigint, d: bigint): number {
  const q = v / d - (v % d < 0n ? 1n : 0n);
  return q >= -8640000000000000n && q <= 8640000000000000n ? Number(q) + 0 : NaN;
}

function halves(v: bigint): [number, number] {
  return [Number(BigInt.asIntN(32, v >> 32n)), Number(BigInt.asUintN(32, v))];
}

/** A deterministic spread of 64-bit values: around the edges of the exact range, whole seconds ±1, and a walk over the magnitudes. */
function samples(): bigint[] {
  const out: bigint[] = [0n, 1n, -1n, 999n, 1000n, 1001n, -999n, -1000n, -1001n];
  for (const edge of [2n ** 52n, 2n ** 53n, 2n ** 62n, 8640000000000000000n]) for (const delta of [-1001n, -1000n, -1n, 0n, 1n, 999n, 1000n]) out.push(edge + delta, -edge - delta);
  let x = 0x243f6a8885a308d3n;
  for (let k = 0; k < 20000; k++) {
    x = BigInt.asUintN(64, x * 6364136223846793005n + 1442695040888963407n);
    const v = BigInt.asIntN(64, x) >> BigInt(k % 60);
    out.push(v, (v / 1000n) * 1000n, (v / 1000n) * 1000n - 1n);
  }
  return out;
}

describe('Parquet timestamps to epoch ms', () => {
  it('floors microseconds exactly, inside and outside the range where doubles are exact', () => {
    for (const v of samples()) expect(microsToMs(...halves(v)), String(v)).toBe(reference(v, 1000n));
  });

  it('floors nanoseconds exactly', () => {
    for (const v of samples()) expect(nanosToMs(...halves(v)), String(v)).toBe(reference(v, 1000000n));
  });
});
