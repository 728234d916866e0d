import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextSet } from '../../../src/domain/validation/text-set.js';
import { CsvColumn, ValueColumn } from '../../../src/io/data/columns.js';
import { CsvTokenizer } from '../../../src/io/data/csv/tokenizer.js';

/** Texts around the six-byte edge: ASCII, multi-byte, with quotes and commas. */
const text = fc.oneof(
  fc.constantFrom('US', 'DE', 'true', 'false', 'abcdef', 'abcdefg', 'é', 'éé', 'ééé', 'ééé1', '"', 'a"b', 'a,b', '', ' US', '12345', '123456', '1234567'),
  fc.array(fc.constantFrom(...'abé",1 '.match(/./gu)!), { maxLength: 9 }).map((cs) => cs.join('')),
);

/** One CSV cell per text, quoted when it must be (or when `quote` says so), as the second column. */
function csvColumn(texts: readonly string[], quote: readonly boolean[]): CsvColumn {
  const cell = (t: string, k: number): string => (quote[k] || /[",\n]/.test(t) || t === '' ? `"${t.replaceAll('"', '""')}"` : t);
  const buf = Buffer.from(texts.map((t, k) => `x,${cell(t, k)}\n`).join(''));
  const tok = new CsvTokenizer(44, 2, Int32Array.of(-1, 0), 1, texts.length + 1);
  expect(tok.tokenize(buf, 0, buf.length, true).rows).toBe(texts.length);
  return new CsvColumn('c', buf, tok.offsets, tok.flags, 0, 1, texts.length, true);
}

describe('TextSet', () => {
  it('a cell is in the set exactly when its text is one of the texts, by short key or by hash', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), fc.array(fc.tuple(text, fc.boolean()), { maxLength: 60 }), (members, cells) => {
        const set = new TextSet(members);
        const texts = cells.map(([t]) => t);
        const csv = csvColumn(texts, cells.map(([, q]) => q));
        const values = new ValueColumn('c', 'string', texts, 0, texts.length);
        texts.forEach((t, i) => {
          expect(csv.text(i)).toBe(t);
          expect(set.hasCell(csv, i)).toBe(members.includes(t));
          expect(set.hasCell(values, i)).toBe(members.includes(t));
        });
      }),
    );
  });

  it('many short texts (a Set of keys) and a mix of short and long ones', () => {
    const many = Array.from({ length: 40 }, (_, k) => `v${k}`);
    const set = new TextSet([...many, 'a much longer text']);
    const texts = ['v3', 'v39', 'v40', 'a much longer text', 'a much longer tex'];
    const csv = csvColumn(texts, texts.map(() => false));
    expect(texts.map((_, i) => set.hasCell(csv, i))).toEqual([true, true, false, true, false]);
  });
});

describe('TextSet on JSON and Parquet values that do not hash as their text', () => {
  it('finds non-integral numbers, times and mixed JSON values by their text', () => {
    const numbers = [1.1, 0.1429, 2, -3.5, null];
    const set = new TextSet(['1.1', '2', '-3.5', '2009-01-01T00:00:00.000Z', '{"a":1}']);
    const num = new ValueColumn('x', 'number', numbers, 0, numbers.length);
    expect([0, 1, 2, 3].map((i) => set.hasCell(num, i))).toEqual([true, false, true, true]);
    const times = [new Date('2009-01-01T00:00:00Z'), new Date('2009-01-01T00:01:00Z')];
    const ts = new ValueColumn('t', 'timestamp', times, 0, times.length);
    expect([0, 1].map((i) => set.hasCell(ts, i))).toEqual([true, false]);
    const mixed = ['2', 1.1, { a: 1 }, 7];
    const json = new ValueColumn('j', 'json', mixed, 0, mixed.length);
    expect(mixed.map((_, i) => set.hasCell(json, i))).toEqual([true, true, true, false]);
  });
});
