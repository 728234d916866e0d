import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIntegerText, DistinctValues, fillUniqueKeys, uniqueInteger, uniqueKeys } from '../../../src/domain/validation/distinct.js';
import { CsvColumn, ValueColumn } from '../../../src/io/data/columns.js';
import { hashString } from '../../../src/domain/table/hash.js';
import { CsvTokenizer } from '../../../src/io/data/csv/tokenizer.js';

/** Texts that are, are almost, or are not canonical integers; near and far from each other. */
const texts = fc.oneof(
  fc.integer({ min: -3000, max: 3000 }).map(String),
  fc.integer({ min: -5, max: 5 }).map((n) => String(n * 1e12 + 7)),
  fc.constantFrom('007', '+7', '-0', ' 7', '7 ', '1.0', '1e3', '-', '', 'abc', '0', '999999999999999', '1000000000000000', '-999999999999999'),
  fc.integer({ min: 0, max: 50 }).map((n) => `0${n}`),
);

/** The second column of a CSV chunk holding these texts (empty text = null), tokenized. */
function csvColumn(values: readonly string[]): CsvColumn {
  const buf = Buffer.from(values.map((v) => `x,${v}\n`).join(''));
  const tok = new CsvTokenizer(44, 2, Int32Array.of(-1, 0), 1, values.length + 1);
  const { rows } = tok.tokenize(buf, 0, buf.length, true);
  expect(rows).toBe(values.length);
  return new CsvColumn('c', buf, tok.offsets, tok.flags, 0, 1, rows, true);
}

describe('DistinctValues', () => {
  it('counts repeats exactly as a Set of the texts, whichever path each value takes, in one call or row by row', () => {
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 400 }), fc.integer({ min: 0, max: 1 << 18 }), (values, expected) => {
        const col = csvColumn(values);
        const keys = uniqueKeys(values.length);
        const h = new Uint32Array(2);
        fillUniqueKeys(col, values.length, keys, 0, h);
        const bulk = new DistinctValues();
        bulk.reserve(expected);
        const fresh = new Uint8Array(values.length);
        // Two calls, as chunks come: the integer window is fixed by the first.
        const half = values.length >> 1;
        bulk.addRows(keys, half, fresh);
        const rest = { ints: keys.ints.subarray(half), hi: keys.hi.subarray(half), lo: keys.lo.subarray(half), nulls: keys.nulls.subarray(half) };
        const freshRest = new Uint8Array(values.length - half);
        bulk.addRows(rest, values.length - half, freshRest);
        fresh.set(freshRest, half);

        const single = new DistinctValues();
        const seen = new Set<string>();
        values.forEach((text, r) => {
          if (text === '') {
            expect(fresh[r]).toBe(0);
            return;
          }
          const isNew = !seen.has(text);
          seen.add(text);
          expect(fresh[r]).toBe(isNew ? 1 : 0);
          const v = uniqueInteger(col, r);
          expect(v).toBe(canonicalIntegerText(text));
          if (v === v) expect(single.addInteger(v)).toBe(isNew);
          else {
            hashString(text, h);
            expect(single.addHash(h)).toBe(isNew);
          }
        });
      }),
    );
  });

  it('integers from JSON or Parquet values meet the same texts from CSV (a value outside the window too)', () => {
    const set = new DistinctValues();
    const h = new Uint32Array(2);
    const csv = csvColumn(['5', '12000000', '007']);
    const values = new ValueColumn('c', 'integer', [5, 12000000n, 7, '007', -0, 2 ** 60, 1.5], 0, 7);
    const add = (col: CsvColumn | ValueColumn, i: number): boolean => {
      const v = uniqueInteger(col, i);
      if (v === v) return set.addInteger(v);
      col.hash(i, h);
      return set.addHash(h);
    };
    expect([0, 1, 2].map((i) => add(csv, i))).toEqual([true, true, true]);
    // 5 and 12000000 (past the first window) repeat; 7 is new ("007" is another text); "007" repeats; -0 prints "0"; 2^60 and 1.5 are new.
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => add(values, i))).toEqual([false, false, true, false, true, true, true]);
  });

  it('canonical integer texts', () => {
    expect(['0', '7', '-7', '120', '999999999999999', '-999999999999999'].map(canonicalIntegerText)).toEqual([0, 7, -7, 120, 999999999999999, -999999999999999]);
    for (const t of ['', '-', '-0', '00', '07', '+7', ' 7', '7 ', '1.0', '1e3', '1000000000000000', '٣']) expect(canonicalIntegerText(t)).toBeNaN();
  });
});
