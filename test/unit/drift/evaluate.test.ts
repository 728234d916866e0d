import { describe, expect, it } from 'vitest';
import type { DriftConfig } from '../../../src/domain/config/schema.js';
import type { CategoricalDistribution, ColumnDistribution, NumericDistribution } from '../../../src/domain/drift/distribution.js';
import { DATASET_ROW, evaluateDrift, evaluateDriftColumns } from '../../../src/domain/drift/evaluate.js';
import { meanStd, sampleFromValues } from '../../../src/domain/drift/sample.js';
import { normals } from './random.js';

const num = (values: Float64Array): NumericDistribution => {
  const sample = sampleFromValues(values);
  const { mean, std } = meanStd(sample);
  return { kind: 'numeric', sample, count: sample.total, nulls: 0, mean, std, min: sample.values[0]!, max: sample.values[sample.values.length - 1]! };
};
const cat = (counts: Record<string, number>): CategoricalDistribution => ({
  kind: 'categorical',
  counts: new Map(Object.entries(counts)),
  other: 0,
  countError: 0,
  count: Object.values(counts).reduce((a, b) => a + b, 0),
  nulls: 0,
});

const big = new Map<string, ColumnDistribution>([
  ['x', num(normals(1, 5000))],
  ['y', num(normals(2, 5000))],
  ['c', cat({ a: 3000, b: 2000 })],
  ['id', cat({ u1: 1, u2: 1 })],
]);
const bigShifted = new Map<string, ColumnDistribution>([
  ['x', num(normals(3, 5000, 0.5))],
  ['y', num(normals(4, 5000, 0.01))],
  ['c', cat({ a: 2500, b: 2500 })],
  ['id', cat({ u3: 1 })],
]);
const small = new Map<string, ColumnDistribution>([
  ['x', num(normals(5, 300))],
  ['c', cat({ a: 180, b: 120 })],
]);
const smallShifted = new Map<string, ColumnDistribution>([
  ['x', num(normals(6, 300, 0.6))],
  ['c', cat({ a: 150, b: 150 })],
]);

const cfg = (c: Partial<DriftConfig> = {}): DriftConfig => ({ reference: 'r.csv', method: 'auto', ...c });
const row = (rs: ReturnType<typeof evaluateDrift>, column: string) => rs.find((r) => r.column === column)!;

describe('drift evaluation', () => {
  it('auto: normalised Wasserstein / Jensen–Shannon from 1000 reference rows, KS / χ² below', () => {
    const large = evaluateDrift({ reference: big, current: bigShifted, config: cfg(), columns: { id: { unique: true } } });
    expect([row(large, 'x').method, row(large, 'c').method]).toEqual(['wasserstein', 'jensen_shannon']);
    expect(row(large, 'id').status).toBe('skipped');
    const few = evaluateDrift({ reference: small, current: smallShifted, config: cfg() });
    expect([row(few, 'x').method, row(few, 'c').method]).toEqual(['ks', 'chi2']);
    expect(row(few, 'x').p_value).toBeLessThan(0.05);
    expect(row(few, 'x').status).toBe('fail');
  });

  it('per-column method, threshold and severity override the dataset ones', () => {
    const rs = evaluateDrift({
      reference: big,
      current: bigShifted,
      config: cfg({ threshold: 0.3, columns: { x: { method: 'psi', threshold: 0.05, severity: 'warn' }, c: { method: 'linf' } } }),
    });
    expect(row(rs, 'x')).toMatchObject({ method: 'psi', threshold: 0.05, status: 'warn', severity: 'warn' });
    expect(row(rs, 'c')).toMatchObject({ method: 'linf', threshold: 0.3, status: 'pass' });
    expect(row(rs, 'y')).toMatchObject({ method: 'wasserstein', threshold: 0.3, status: 'pass' });
  });

  it('scores are effect sizes (KS D, χ² Cohen\'s w): the dataset threshold holds under auto, the p-value is an extra', () => {
    const defaults = evaluateDrift({ reference: small, current: smallShifted, config: cfg() });
    // x: a 0.6 sd shift gives D ≈ 0.2; c: 60/40 → 50/50 gives w = √(0.1²/0.6 + 0.1²/0.4) ≈ 0.204.
    expect(row(defaults, 'x')).toMatchObject({ method: 'ks', threshold: 0.1, status: 'fail' });
    expect(row(defaults, 'c')).toMatchObject({ method: 'chi2', threshold: 0.1, status: 'fail' });
    expect(row(defaults, 'c').score).toBeCloseTo(Math.sqrt(0.01 / 0.6 + 0.01 / 0.4), 2);
    const loose = evaluateDrift({ reference: small, current: smallShifted, config: cfg({ threshold: 0.5 }) });
    expect(row(loose, 'x')).toMatchObject({ threshold: 0.5, status: 'pass' });
    expect(row(loose, 'c')).toMatchObject({ threshold: 0.5, status: 'pass' });
    expect(row(loose, 'x').p_value).toBeLessThan(0.05);
    const strict = evaluateDrift({ reference: small, current: smallShifted, config: cfg({ method: 'ks', threshold: 0.01 }) });
    expect(row(strict, 'x')).toMatchObject({ threshold: 0.01, status: 'fail' });
  });

  it('max_drifted_share: columns warn, the dataset row decides', () => {
    const one = evaluateDrift({ reference: big, current: bigShifted, config: cfg({ max_drifted_share: 0.5 }) });
    expect(row(one, 'x').status).toBe('warn');
    expect(row(one, DATASET_ROW)).toMatchObject({ method: 'share_of_drifted_columns', status: 'pass', threshold: 0.5 });
    expect(row(one, DATASET_ROW).score).toBeCloseTo(2 / 4, 12);
    const strict = evaluateDrift({ reference: big, current: bigShifted, config: cfg({ max_drifted_share: 0.25 }) });
    expect(row(strict, DATASET_ROW).status).toBe('fail');
  });

  it('skips with a reason: missing columns, kind changes, numeric-only methods on categories', () => {
    const rs = evaluateDrift({
      reference: new Map<string, ColumnDistribution>([...big, ['gone', num(normals(9, 10))]]),
      current: new Map<string, ColumnDistribution>([...bigShifted, ['new', num(normals(9, 10))], ['c', num(normals(9, 10))]]),
      config: cfg({ columns: { id: { method: 'ks' } } }),
    });
    expect(row(rs, 'gone').message).toMatch(/not in the current data/);
    expect(row(rs, 'new').message).toMatch(/not in the reference/);
    expect(row(rs, 'c').message).toMatch(/reference is categorical, current is numeric/);
    expect(row(rs, 'id').message).toMatch(/ks needs a numeric column/);
  });

  it('a drifted column carries its reference vs current distribution; a stable or skipped one does not', () => {
    const rs = evaluateDrift({ reference: big, current: bigShifted, config: cfg(), columns: { id: { unique: true } } });
    expect(row(rs, 'x').status).toBe('fail');
    expect(row(rs, 'x').distribution?.kind).toBe('numeric');
    expect(row(rs, 'y').status).toBe('pass');
    expect(row(rs, 'y').distribution).toBeUndefined();
    expect(row(rs, 'id').distribution).toBeUndefined();
    // c: 3000/2000 → 2500/2500; JS distance ≈ 0.07 stays under 0.1, a strict threshold makes it drift.
    const strict = evaluateDrift({ reference: big, current: bigShifted, config: cfg({ threshold: 0.01 }) });
    expect(row(strict, 'c').distribution).toEqual({ kind: 'categorical', bins: [{ value: 'a', reference: 0.6, current: 0.5 }, { value: 'b', reference: 0.4, current: 0.5 }] });
    // The current's mean moved by 0.5: its bins' weighted centre moved with it.
    const d = row(rs, 'x').distribution!;
    if (d.kind !== 'numeric') return expect.fail('numeric column, categorical distribution');
    const centre = (side: 'reference' | 'current'): number => d.bins.reduce((s, b) => s + b[side] * ((b.from ?? b.to!) + (b.to ?? b.from!)) / 2, 0);
    expect(centre('current') - centre('reference')).toBeGreaterThan(0.35);
    expect(centre('current') - centre('reference')).toBeLessThan(0.65);
  });
});

describe('drift of some columns computed ahead (evaluateDriftColumns, while the others are sorted)', () => {
  it('gives the same results, dataset row included, as evaluating every column at once', () => {
    const config: DriftConfig = { reference: 'ref.csv', method: 'auto', max_drifted_share: 0.3 };
    const current = new Map([...bigShifted, ['only-current', cat({ z: 1 })]]);
    const whole = evaluateDrift({ reference: big, current, config });
    for (const ahead of [['c'], ['c', 'id', 'only-current'], ['x', 'y', 'c', 'id']]) {
      const partial = new Map(ahead.map((name) => [name, current.get(name)!]));
      const ready = evaluateDriftColumns({ reference: big, current: partial, config }, partial.keys());
      expect(evaluateDrift({ reference: big, current, config }, ready), ahead.join(',')).toEqual(whole);
    }
    expect(whole.at(-1)!.column).toBe(DATASET_ROW);
    expect(whole.map((r) => r.column)).toEqual(['x', 'y', 'c', 'id', 'only-current', DATASET_ROW]);
  });
});
