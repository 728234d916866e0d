import { describe, expect, it } from 'vitest';
import { ValueColumn } from '../../../src/io/data/columns.js';
import { hashRecordBytes, viewOf } from '../../../src/domain/table/hash.js';
import type { RecordBatch } from '../../../src/domain/table/record-batch.js';
import { canonicalIntegerOfBytes, hashDuplicateRows, numberWords, textWords, valueWords } from '../../../src/domain/table/row-hash.js';

/** The words `valueWords` gives a value, as a ValueColumn of one cell holds it. */
function words(v: unknown): [number, number] {
  const out = new Uint32Array(2);
  valueWords(new ValueColumn('c', 'json', [v], 0, 1), 0, out);
  return [out[0]!, out[1]!];
}

/** Duplicate-row hashes of rows given as arrays of values (one ValueColumn per position). */
function rowHashes(rows: unknown[][]): string[] {
  const names = rows[0]!.map((_, k) => `c${k}`);
  const columns = names.map((name, k) => new ValueColumn(name, 'json', rows.map((r) => r[k]), 0, rows.length));
  const batch = { length: rows.length, columns, column: (name: string) => columns.find((c) => c.name === name) } as unknown as RecordBatch;
  const [hi, lo] = [new Uint32Array(rows.length), new Uint32Array(rows.length)];
  expect(hashDuplicateRows(batch, names, hi, lo, new Uint32Array(2))).toBe(true);
  return Array.from(hi, (h, i) => `${h}:${lo[i]}`);
}

describe('duplicate-row hashes (row-hash.ts)', () => {
  it('keep equal the cells Column.hash makes equal: an integer and its canonical text, a boolean and its text, a Date and its epoch ms', () => {
    const five = words(5);
    for (const same of [5.0, 5n, '5', new Date(5)]) expect(words(same), String(same)).toEqual(five);
    expect(words(-42)).toEqual(words('-42'));
    expect(words(Number.MAX_SAFE_INTEGER)).toEqual(words(String(Number.MAX_SAFE_INTEGER)));
    expect(words(true)).toEqual(words('true'));
    expect(words(false)).toEqual(words('false'));
    expect(words(2n ** 60n)).toEqual(words(String(2n ** 60n)));
    expect(words(-0)).toEqual(words(0));
    expect(words(Number.NaN)).toEqual(words(new Date(Number.NaN)));
    expect(words([1, { k: 2 }])).toEqual(words('[1,{"k":2}]'));
  });

  it('tell apart what is not the same value', () => {
    const distinct: unknown[] = [5, '05', '5.0', '+5', ' 5', '-0', 5.5, '5.5', 2 ** 53, String(2 ** 53), 'true ', 'True', null, '', 'null', Number.NaN, Infinity, -Infinity, 0, '0', 1, 2n ** 60n + 1n];
    const seen = new Map<string, unknown>();
    for (const v of distinct) {
      const key = words(v).join(':');
      // '0' and 0 are the one pair above that is equal on purpose (checked first)
      if (v === '0') {
        expect(key).toBe(words(0).join(':'));
        continue;
      }
      expect(seen.has(key), `${String(v)} hashes like ${String(seen.get(key))}`).toBe(false);
      seen.set(key, v);
    }
  });

  it('read a canonical safe integer from bytes, and nothing else', () => {
    const of = (s: string): number => canonicalIntegerOfBytes(Buffer.from(s), 0, Buffer.byteLength(s));
    expect(of('0')).toBe(0);
    expect(of('7')).toBe(7);
    expect(of('-7')).toBe(-7);
    expect(of('9007199254740991')).toBe(9007199254740991);
    expect(of('-9007199254740991')).toBe(-9007199254740991);
    for (const s of ['', '-', '-0', '00', '07', '+7', '7 ', '1e3', '7.0', '9007199254740992', '12345678901234567', 'x']) expect(of(s), s).toBeNaN();
  });

  it('hash a non-integer text as hashRecordBytes of its UTF-8 bytes, ASCII or not, short or long', () => {
    for (const s of ['hello', 'é😀/', 'x'.repeat(300), 'ü'.repeat(200), 'user1@example.com']) {
      const b = Buffer.from(s, 'utf8');
      const expected = new Uint32Array(2);
      hashRecordBytes(b, viewOf(b), 0, b.length, expected);
      const got = new Uint32Array(2);
      textWords(s, got);
      expect([...got], s.slice(0, 20)).toEqual([...expected]);
    }
    const n = new Uint32Array(2);
    numberWords(12, n);
    const t = new Uint32Array(2);
    textWords('12', t);
    expect([...t]).toEqual([...n]);
  });

  it('give rows the same hash exactly when their cells are equal, column by column and in order', () => {
    const rows = [
      [1, 'a', true],
      ['1', 'a', 'true'],
      [1, 'a', false],
      ['a', 1, true],
      [1, 'a', null],
      [1, 'a', ''],
    ];
    const h = rowHashes(rows);
    expect(h[1]).toBe(h[0]);
    expect(new Set([h[0], h[2], h[3], h[4], h[5]]).size).toBe(5);
  });

  it('show no collision over 1M distinct rows of small integers (rows that differ in one column by one)', () => {
    const n = 1_000_000;
    const a = Array.from({ length: n }, (_, i) => i % 1000);
    const b = Array.from({ length: n }, (_, i) => Math.floor(i / 1000));
    const columns = [new ValueColumn('a', 'integer', a, 0, n), new ValueColumn('b', 'integer', b, 0, n)];
    const batch = { length: n, columns, column: (name: string) => columns.find((c) => c.name === name) } as unknown as RecordBatch;
    const [hi, lo] = [new Uint32Array(n), new Uint32Array(n)];
    hashDuplicateRows(batch, ['a', 'b'], hi, lo, new Uint32Array(2));
    const keys = new Set<bigint>();
    for (let i = 0; i < n; i++) keys.add((BigInt(hi[i]!) << 32n) | BigInt(lo[i]!));
    expect(keys.size).toBe(n);
    // Each lane alone spreads too (a lane that ignored a column would collide by the thousand).
    expect(new Set(hi).size).toBeGreaterThan(n - 1000);
    expect(new Set(lo).size).toBeGreaterThan(n - 1000);
  });
});
