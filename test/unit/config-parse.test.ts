import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/domain/config/parse.js';
import { MlgateError } from '../../src/domain/errors.js';

function error(text: string): MlgateError {
  try {
    parseConfig(text, 'cfg.yml');
  } catch (e) {
    if (e instanceof MlgateError) return e;
    throw e;
  }
  throw new Error('expected a config error');
}

describe('parseConfig', () => {
  it('accepts the example of SPEC §2', () => {
    const cfg = parseConfig(
      `version: 1
datasets:
  - name: train
    path: data/train/*.parquet
    columns:
      user_id:  { type: string, unique: true, nullable: false }
      age:      { type: integer, min: 0, max: 120, max_null_fraction: 0.01 }
      country:  { type: category, in: [US, DE, FR, GB] }
      email:    { type: string, pattern: '^[^@\\s]+@[^@\\s]+$', mostly: 0.99 }
      signup:   { type: datetime, max_age: 30d }
      label:    { type: integer, in: [0, 1] }
    rows: { min: 10000 }
    strict_columns: true
    drift:
      reference: data/reference.parquet
      method: auto
      threshold: 0.1
      columns: { age: { method: psi, threshold: 0.2 } }
  - name: test
    path: data/test.csv
    leakage: { against: train, key: [user_id] }
models:
  - name: churn
    metrics: reports/metrics.json
    baseline: production
    environment: production
    gates:
      accuracy:       { min: 0.80, max_regression: 0.01 }
      f1:             { max_regression: 2% }
      latency_p95_ms: { direction: lower, max_regression: 10% }
      "slices.*.accuracy": { max_regression: 0.03, min_support: 200 }
      auc:            { min_improvement: 0 , severity: warn }
    significance:
      candidate: reports/predictions.csv
      baseline: production
      alpha: 0.05
      method: auto
      resamples: 2000
      seed: 1
`,
      'mlgate.yml',
    );
    expect(cfg.datasets.map((d) => d.name)).toEqual(['train', 'test']);
    expect(cfg.models[0]?.gates.f1?.max_regression).toBe('2%');
    expect(cfg.models[0]?.significance?.resamples).toBe(2000);
  });

  it('names the line and the closest key for a misspelt key', () => {
    const e = error('version: 1\ndatasets:\n  - name: t\n    path: a.csv\n    colums: {}\n');
    expect(e.location.line).toBe(5);
    expect(e.message).toContain('"colums"');
    expect(e.message).toContain('did you mean "columns"');
  });

  it('suggests keys inside records of objects (gates)', () => {
    const e = error('version: 1\nmodels:\n  - name: m\n    metrics: m.json\n    gates:\n      acc: { max_regresion: 1 }\n');
    expect(e.location.line).toBe(6);
    expect(e.message).toContain('did you mean "max_regression"');
  });

  it('reports found vs expected with the line of the bad value', () => {
    const e = error('version: 1\ndatasets:\n  - name: t\n    path: a.csv\n    columns:\n      age: { type: integr }\n');
    expect(e.location.line).toBe(6);
    expect(e.message).toContain('datasets[0].columns.age.type');
    expect(e.message).toContain('"integr"');
  });

  it('rejects percentages without % and invalid regexes', () => {
    expect(error('version: 1\nmodels: [{ name: m, metrics: m.json, gates: { f1: { max_regression: "2 percent" } } }]\n').message).toContain('max_regression');
    expect(error('version: 1\ndatasets: [{ name: t, path: a.csv, columns: { e: { pattern: "([" } } }]\n').message).toContain('not a valid regular expression');
  });

  it('rejects leakage against an unknown dataset and duplicate names', () => {
    expect(error('version: 1\ndatasets: [{ name: t, path: a.csv, leakage: { against: trian, key: [id] } }]\n').message).toContain('no dataset named "trian"');
    expect(error('version: 1\ndatasets: [{ name: t, path: a.csv }, { name: t, path: b.csv }]\n').message).toContain('duplicate dataset name');
  });

  it('rejects invalid YAML with its position', () => {
    const e = error('version: 1\ndatasets: [\n');
    expect(e.message).toContain('invalid YAML');
    expect(e.location.line).toBeGreaterThan(0);
  });

  it('rejects an empty file', () => {
    expect(error('').message).toContain('empty');
  });
});
