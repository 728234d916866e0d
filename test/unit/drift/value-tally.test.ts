import { describe, expect, it } from 'vitest';
import { NUMERIC_TALLY_LIMIT, ValueTally } from '../../../src/domain/drift/value-tally.js';

/** A deterministic generator (tests must not flake). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const wordsOf = (values: Float64Array): Uint32Array => new Uint32Array(values.buffer, values.byteOffset, values.length * 2);

/** Each value's bits as a key: -0 apart from +0, as the tally keeps them. */
const key = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

/** Distinct values that only their low or sign bits tell apart, and extremes. */
const awkward = [0, -0, 1, 1 + 2 ** -52, -1, 2 ** -1074, -(2 ** -1074), Number.MAX_VALUE, -Infinity, Infinity, 1e300, 0.1, 0.1 + 2 ** -56, 2 ** 53, 2 ** 53 + 2];

describe('ValueTally', () => {
  it('counts every distinct value exactly, told apart by its bits (-0 apart from +0)', () => {
    const rand = lcg(3);
    const pool = [...awkward, ...Array.from({ length: 285 }, (_, k) => k * 0.5 - 40)];
    const values = Float64Array.from({ length: 100_000 }, () => pool[Math.floor(rand() * pool.length)]!);
    const tally = new ValueTally();
    expect(tally.addWords(wordsOf(values), 0, values.length)).toBe(values.length);
    const expected = new Map<string, number>();
    for (const v of values) expected.set(key(v), (expected.get(key(v)) ?? 0) + 1);
    const { values: got, counts } = tally.entries();
    expect(tally.size).toBe(expected.size);
    expect(tally.total).toBe(values.length);
    expect(new Map(Array.from(got, (v, k) => [key(v), counts[k]!]))).toEqual(expected);
  });

  it('sorts its values ascending, -0 before +0, with their counts; expands to the same multiset', () => {
    const tally = new ValueTally();
    const input = [3, -0, 0, 0, -Infinity, 1 + 2 ** -52, 1, -0, 3, 3, Infinity, -2];
    for (const v of input) expect(tally.add(v, 1)).toBe(true);
    const { values, counts } = tally.sorted();
    expect(Array.from(values, key)).toEqual(['-Infinity', '-2', '-0', '0', '1', String(1 + 2 ** -52), '3', 'Infinity']);
    expect(Array.from(counts)).toEqual([1, 1, 2, 2, 1, 1, 3, 1]);
    const sortedInput = [...input].sort((a, b) => a - b || (Object.is(a, -0) ? -1 : Object.is(b, -0) ? 1 : 0));
    expect(Array.from(tally.expand()).sort((a, b) => a - b || (Object.is(a, -0) ? -1 : Object.is(b, -0) ? 1 : 0)).map(key)).toEqual(sortedInput.map(key));
  });

  it('stops at the first value past its limit (counting the ones before), and still counts values it holds', () => {
    const tally = new ValueTally(10);
    const values = Float64Array.from({ length: 40 }, (_, i) => (i < 25 ? i % 10 : i));
    // 0..9 repeated, then 25, 26, …: the 26th value (25) is the 11th distinct one.
    expect(tally.addWords(wordsOf(values), 0, values.length)).toBe(25);
    expect(tally.total).toBe(25);
    expect(tally.size).toBe(10);
    expect(tally.add(7, 5)).toBe(true);
    expect(tally.add(-0, 1)).toBe(false);
    expect(tally.total).toBe(30);
    const { counts } = tally.sorted();
    expect(Array.from(counts)).toEqual([3, 3, 3, 3, 3, 2, 2, 7, 2, 2]);
  });

  it('holds up to NUMERIC_TALLY_LIMIT values through its growth, and refuses one more', () => {
    const tally = new ValueTally();
    const values = Float64Array.from({ length: NUMERIC_TALLY_LIMIT * 3 }, (_, i) => (i % NUMERIC_TALLY_LIMIT) * 1e-3);
    expect(tally.addWords(wordsOf(values), 0, values.length)).toBe(values.length);
    expect(tally.size).toBe(NUMERIC_TALLY_LIMIT);
    const { values: sorted, counts } = tally.sorted();
    expect(Array.from(sorted)).toEqual(Array.from({ length: NUMERIC_TALLY_LIMIT }, (_, i) => i * 1e-3));
    expect(counts.every((c) => c === 3)).toBe(true);
    expect(tally.add(-1, 1)).toBe(false);
    expect(() => new ValueTally(0)).toThrow(/positive integer, got 0/);
  });
});
