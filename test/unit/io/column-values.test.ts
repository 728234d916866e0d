import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/domain/drift/methods.js';
import { sortFloat64Blocks } from '../../../src/domain/drift/sort.js';
import { ColumnStreamer, exactCollector } from '../../../src/io/data/column-values.js';
import { openTable } from '../../../src/io/data/open.js';

/** Reads a CSV text through the streamer in batches of `batchRows`. */
async function collect(csv: string, batchRows: number): Promise<Awaited<ReturnType<ReturnType<typeof exactCollector>['finish']>>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-column-values-'));
  const file = path.join(dir, 'data.csv');
  writeFileSync(file, csv);
  const collector = exactCollector();
  // `num` is declared a number, so its non-numeric cells are read as nulls.
  const streamer = new ColumnStreamer({ columns: { num: { type: 'number' } } }, collector.sinks);
  for await (const batch of openTable(file).batches({ batchRows })) streamer.consume(batch);
  return collector.finish();
}

describe('column values for drift', () => {
  // A few frequent texts among a long tail of 6,000 distinct ones: past the 4,096-text cache.
  const rows = Array.from({ length: 20_000 }, (_, i) => {
    const text = i % 3 === 0 ? `tail-${i}` : ['a', 'b', 'c'][i % 7 % 3]!;
    const num = i % 11 === 0 ? '' : i % 13 === 0 ? 'n/a' : String(i / 4);
    return `${text},${num}`;
  });
  const csv = `cat,num\n${rows.join('\n')}\n`;

  it('counts every text in first-appearance order and reads numbers, with nulls and non-numbers as nulls', async () => {
    const expected = new Map<string, number>();
    for (const r of rows) {
      const t = r.split(',')[0]!;
      expected.set(t, (expected.get(t) ?? 0) + 1);
    }
    for (const batchRows of [20_000, 4096, 977]) {
      const columns = await collect(csv, batchRows);
      const cat = columns.get('cat')!;
      expect(cat.kind).toBe('categorical');
      if (cat.kind !== 'categorical') continue;
      expect([...cat.counts.entries()]).toEqual([...expected.entries()]);
      expect(cat.count).toBe(rows.length);
      const num = columns.get('num')!;
      expect(num.kind).toBe('numeric');
      if (num.kind !== 'numeric') continue;
      const values = rows.map((r) => r.split(',')[1]!).filter((v) => v !== '' && v !== 'n/a').map(Number);
      expect(num.count).toBe(values.length);
      expect(num.nulls).toBe(rows.length - values.length);
      expect(Array.from(num.sample.values)).toEqual(values.sort((x, y) => x - y));
    }
  });
});

describe('an undeclared text column of timestamps is compared as time', () => {
  const stamp = (i: number): string => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
  it.each([
    ['ISO datetimes with Z', (i: number) => stamp(i), 'numeric'],
    ['datetimes with a space, no zone', (i: number) => stamp(i).slice(0, 19).replace('T', ' '), 'numeric'],
    ['dates', (i: number) => stamp(i * 24).slice(0, 10), 'numeric'],
    ['numbers then a date', (i: number) => (i === 50 ? '2026-01-01' : String(i)), 'categorical'],
    ['dates then a number', (i: number) => (i === 50 ? '17' : stamp(i)), 'categorical'],
    ['dates then a word', (i: number) => (i === 50 ? 'soon' : stamp(i)), 'categorical'],
  ] as const)('%s', async (_, cell, kind) => {
    const values = Array.from({ length: 200 }, (_, i) => cell(i));
    const columns = await collect(`when,num\n${values.map((v) => `${v},1`).join('\n')}\n`, 4096);
    const when = columns.get('when')!;
    expect(when.kind).toBe(kind);
    if (when.kind !== 'numeric') return;
    // Epoch ms of each cell, read as UTC (no zone means UTC, whatever the machine's time zone).
    const expected = values.map((v) => Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v.endsWith('Z') ? v : `${v.replace(' ', 'T')}Z`));
    expect(Array.from(when.sample.values)).toEqual(expected.sort((x, y) => x - y));
  });
});

describe('a numeric column of few distinct values is tallied', () => {
  /** The column's values: 0..6 and -0, 0.1 among them, ~20k of them. */
  const values = Float64Array.from({ length: 20_000 }, (_, i) => (i % 97 === 0 ? -0 : i % 89 === 0 ? 0.1 : (i * 7919) % 7));
  const part = (from: number, to: number, raw: boolean): ReturnType<typeof exactCollector> => {
    const c = exactCollector({}, undefined, raw ? new Set(['x']) : undefined);
    c.sinks.numeric('x', 'number').addValues(values.slice(from, to), to - from);
    c.sinks.numeric('x', 'number').addNulls(3);
    return c;
  };
  const distributionOf = async (c: ReturnType<typeof exactCollector>) => {
    const d = (await c.finish()).get('x')!;
    if (d.kind !== 'numeric') throw new Error('not numeric');
    return d;
  };
  /** The sample written out value by value. */
  const written = (s: { values: Float64Array; weights?: Float64Array }): number[] => Array.from(s.values).flatMap((v, k) => Array.from({ length: s.weights ? s.weights[k]! : 1 }, () => v));

  it('as its distinct values with counts, whose stats equal those of the values kept one by one, to the bit', async () => {
    const tallied = await distributionOf(part(0, values.length, false));
    const raw = await distributionOf(part(0, values.length, true));
    expect(raw.sample.weights).toBeUndefined();
    expect(tallied.sample.values.length).toBe(9);
    expect(Array.from(tallied.sample.weights!).reduce((a, b) => a + b)).toBe(values.length);
    expect(written(tallied.sample).map((v) => Object.is(v, -0))).toEqual(Array.from(raw.sample.values, (v) => Object.is(v, -0)));
    expect(written(tallied.sample)).toEqual(Array.from(raw.sample.values));
    for (const k of ['count', 'nulls', 'mean', 'std', 'min', 'max'] as const) expect(Object.is(tallied[k], raw[k]), k).toBe(true);
    expect(tallied.sample.total).toBe(raw.sample.total);
  });

  it('scores every numeric method the same, to the bit, tallied or kept one by one, on either side', async () => {
    const tallied = await distributionOf(part(0, values.length, false));
    const raw = await distributionOf(part(0, values.length, true));
    const other = Float64Array.from({ length: 7000 }, (_, i) => (i * 31) % 9);
    const c = exactCollector({}, undefined, new Set(['x']));
    c.sinks.numeric('x', 'number').addValues(other, other.length);
    const current = await distributionOf(c);
    const sameSize = await distributionOf(part(0, values.length, true));
    for (const method of ['ks', 'wasserstein', 'psi', 'jensen_shannon', 'linf', 'chi2'] as const) {
      for (const cur of [current, sameSize]) {
        const want = measure(method, raw, cur);
        for (const [a, b] of [[tallied, cur], [cur, tallied]] as const) {
          const got = measure(method, a, b);
          const expected = a === tallied ? want : measure(method, cur, raw);
          expect(Object.is(got.score, expected.score) && Object.is(got.pValue, expected.pValue), `${method}: ${got.score} vs ${expected.score}`).toBe(true);
        }
      }
    }
  });

  it('gives the same values however the data came in parts: tallies merged, a tally past its limit, raw and tallied parts', async () => {
    const whole = written((await distributionOf(part(0, values.length, true))).sample);
    const cuts: [number, number, boolean][][] = [
      [[0, 5000, false], [5000, 20_000, false]],
      [[0, 5000, true], [5000, 20_000, false]],
      [[0, 5000, false], [5000, 20_000, true]],
    ];
    for (const parts of cuts) {
      const c = exactCollector();
      for (const [from, to, raw] of parts) c.absorb(part(from, to, raw).export());
      const d = await distributionOf(c);
      expect(d.sample.weights === undefined, JSON.stringify(parts)).toBe(parts.some(([, , raw]) => raw));
      expect(written(d.sample)).toEqual(whole);
      expect(d.nulls).toBe(3 * parts.length);
    }
    // Two tallies of 600 distinct values each, 1,200 together: past the limit when merged, then value by value.
    const wide = (offset: number): ReturnType<typeof exactCollector> => {
      const c = exactCollector();
      c.sinks.numeric('x', 'number').addValues(Float64Array.from({ length: 6000 }, (_, i) => offset + (i % 600)), 6000);
      return c;
    };
    const merged = exactCollector();
    merged.absorb(wide(0).export());
    expect(merged.spilled()).toEqual([]);
    merged.absorb(wide(600).export());
    expect(merged.spilled()).toEqual(['x']);
    const d = await distributionOf(merged);
    expect(d.sample.weights).toBeUndefined();
    expect(Array.from(d.sample.values)).toEqual(Array.from({ length: 12_000 }, (_, i) => Math.floor(i / 10)));
  });

  it('copies the parts it absorbs (a worker reuses their arrays) into one array per column when told the rows to expect', async () => {
    const values = Float64Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 100_003) / 3);
    const partOf = (from: number, to: number): ReturnType<ReturnType<typeof exactCollector>['export']> => {
      const c = exactCollector({}, to - from, new Set(['x']));
      c.sinks.numeric('x', 'number').addValues(values.subarray(from, to), to - from);
      return c.export();
    };
    for (const expected of [100_000, undefined]) {
      const c = exactCollector();
      if (expected) c.expectRows(expected);
      for (let from = 0; from < values.length; from += 12_500) {
        const p = partOf(from, from + 12_500);
        c.absorb(p);
        p.numeric.x!.values.fill(-1);
      }
      let blocks = 0;
      const columns = await c.finish((cols) => {
        blocks = cols[0]!.length;
        return Promise.resolve(cols.map((b) => sortFloat64Blocks(b)));
      });
      // Room for the rows expected (and a tenth more): one array, sorted in place; else blocks of 65,536, sorted into a new array.
      expect(blocks).toBe(expected ? 1 : 2);
      const d = columns.get('x')!;
      if (d.kind !== 'numeric') throw new Error('expected a numeric column');
      expect(Array.from(d.sample.values)).toEqual(Array.from(values).sort((a, b) => a - b));
    }
  });

  it('stays a plain sample when its values are mostly distinct (a small column)', async () => {
    const c = exactCollector();
    c.sinks.numeric('x', 'number').addValues(Float64Array.from([5, 1, 3, 3]), 4);
    const d = await distributionOf(c);
    expect(d.sample.weights).toBeUndefined();
    expect(Array.from(d.sample.values)).toEqual([1, 3, 3, 5]);
  });
});
