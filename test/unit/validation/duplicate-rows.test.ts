import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DuplicateRows } from '../../../src/domain/validation/duplicate-rows.js';
import { uniqueKeys } from '../../../src/domain/validation/distinct.js';
import { hashString } from '../../../src/domain/table/hash.js';

/** Rows as (key, rest): keys repeat, some far apart (outside the slot window), some missing (NaN = a key that is not a canonical integer, or null). */
const rows = fc.array(
  fc.tuple(fc.oneof(fc.integer({ min: -20, max: 60 }), fc.integer({ min: 0, max: 3 }).map((k) => 10_000_000 + k), fc.constant(Number.NaN)), fc.integer({ min: 0, max: 3 })),
  { maxLength: 500 },
);

describe('DuplicateRows', () => {
  it('finds exactly the rows equal to an earlier row, keyed or not, one by one or by chunks', () => {
    fc.assert(
      fc.property(rows, fc.boolean(), fc.nat(2000), fc.integer({ min: 1, max: 64 }), (data, keyed, expected, chunk) => {
        const h = new Uint32Array(2);
        const hi = new Uint32Array(data.length);
        const lo = new Uint32Array(data.length);
        const keys = uniqueKeys(data.length);
        data.forEach(([key, rest], r) => {
          // The key is part of the row, as a column of it is.
          hashString(`${key}|${rest}`, h);
          hi[r] = h[0]!;
          lo[r] = h[1]!;
          keys.ints[r] = key;
          keys.nulls[r] = 0;
        });
        const one = new DuplicateRows(keyed);
        const many = new DuplicateRows(keyed);
        one.reserve(expected);
        many.reserve(expected);
        const fresh = new Uint8Array(data.length);
        for (let at = 0; at < data.length; at += chunk) {
          const end = Math.min(data.length, at + chunk);
          const part = new Uint8Array(end - at);
          const sub = { ints: keys.ints.subarray(at, end), hi: keys.hi, lo: keys.lo, nulls: keys.nulls.subarray(at, end) };
          many.addRows(hi.subarray(at, end), lo.subarray(at, end), keyed ? sub : undefined, end - at, part);
          fresh.set(part, at);
        }
        const seen = new Set<string>();
        data.forEach(([key, rest], r) => {
          const text = `${key}|${rest}`;
          const isNew = !seen.has(text);
          seen.add(text);
          expect(one.add(hi[r]!, lo[r]!, keyed ? key : Number.NaN)).toBe(isNew);
          expect(fresh[r]).toBe(isNew ? 1 : 0);
        });
      }),
    );
  });

  it('a row hash of (0, 0), the mark of an empty slot, still counts', () => {
    const d = new DuplicateRows(true);
    expect(d.add(0, 0, 5)).toBe(true);
    expect(d.add(0, 0, 5)).toBe(false);
    expect(d.add(0, 0, Number.NaN)).toBe(true);
    expect(d.add(0, 0, Number.NaN)).toBe(false);
  });
});
