import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashSet64 } from '../../../src/domain/validation/hash-set.js';

/** Pairs drawn from a small pool so that repeats are common. */
const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3 })), { maxLength: 3000 });
const lane = (k: number): number => (k === 0 ? 0 : (Math.imul(k, 0x9e3779b1) >>> 0) ^ 0x5bd1e995);

describe('HashSet64', () => {
  it('add, addMany and has agree with a Set of the pairs, through growth and with (0, 0)', () => {
    fc.assert(
      fc.property(pairs, fc.integer({ min: 0, max: 5000 }), (raw, reserve) => {
        const hi = Uint32Array.from(raw, ([a]) => lane(a));
        const lo = Uint32Array.from(raw, ([, b]) => lane(b));
        const one = new HashSet64();
        const many = new HashSet64();
        many.reserve(reserve);
        const seen = new Set<string>();
        const fresh = new Uint8Array(raw.length);
        many.addMany(hi, lo, 0, raw.length, fresh);
        const h = new Uint32Array(2);
        raw.forEach((_, i) => {
          h[0] = hi[i]!;
          h[1] = lo[i]!;
          const key = `${hi[i]}:${lo[i]}`;
          const isNew = !seen.has(key);
          seen.add(key);
          expect(one.add(h)).toBe(isNew);
          expect(fresh[i]).toBe(isNew ? 1 : 0);
        });
        expect(one.size).toBe(seen.size);
        expect(many.size).toBe(seen.size);
        for (let a = 0; a < 42; a++) {
          h[0] = lane(a);
          h[1] = lane(a % 5);
          expect(many.has(h)).toBe(seen.has(`${h[0]}:${h[1]}`));
        }
      }),
    );
  });

  it('holds a million distinct values (capacity not a power of two)', () => {
    const n = 1_000_000;
    const set = new HashSet64();
    set.reserve(1_050_000);
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      hi[i] = Math.imul(i, 0x85ebca6b) >>> 0;
      lo[i] = Math.imul(i ^ 0x27d4eb2d, 0xc2b2ae35) >>> 0;
    }
    const fresh = new Uint8Array(n);
    set.addMany(hi, lo, 0, n, fresh);
    expect(set.size).toBe(n);
    expect(fresh.every((f) => f === 1)).toBe(true);
    set.addMany(hi, lo, 0, 1000, fresh);
    expect(fresh.subarray(0, 1000).every((f) => f === 0)).toBe(true);
    expect(set.size).toBe(n);
  });
});
