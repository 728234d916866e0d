import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli.js';
import { inferDirection } from '../../../src/domain/gate/direction.js';
import { parseMetricsText } from '../../../src/domain/gate/metric-set.js';
import { MlgateError } from '../../../src/domain/errors.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/metrics');
const load = (name: string) => parseMetricsText(readFileSync(path.join(dir, name), 'utf8'), name);

describe('metric files', () => {
  it('flattens plain DVC metrics.json with dots', () => {
    const m = load('dvc-metrics.json');
    expect(m.format).toBe('plain');
    expect(m.values.get('avg_prec.test')).toBe(0.9249974999612706);
    expect(m.values.get('roc_auc.train')).toBe(0.9866678562450621);
  });
  it('unwraps `dvc metrics show --json` and merges its files', () => {
    const m = load('dvc-show.json');
    expect(m.format).toBe('dvc');
    expect(Object.fromEntries(m.values)).toEqual({ 'avg_prec.train': 0.97, 'avg_prec.test': 0.93, 'roc_auc.train': 0.98, 'roc_auc.test': 0.95, latency_ms: 12.5 });
  });
  it('reads the latest step of an MLflow runs/get export and ignores params and tags', () => {
    const m = load('mlflow-run.json');
    expect(m.format).toBe('mlflow');
    expect(Object.fromEntries(m.values)).toEqual({ accuracy: 0.87, val_loss: 0.41 });
  });
  it('reads `mlflow runs describe` metrics', () => {
    const m = load('mlflow-describe.json');
    expect(Object.fromEntries(m.values)).toEqual({ accuracy: 0.87, f1: 0.79 });
  });
  it("keeps Python json's NaN/Infinity as numbers and text as invalid", () => {
    const m = load('python-nan.json');
    expect(m.values.get('accuracy')).toBeNaN();
    expect(m.values.get('loss')).toBe(Number.POSITIVE_INFINITY);
    expect(m.values.get('gain')).toBe(Number.NEGATIVE_INFINITY);
    expect(m.values.get('nested.per_class.1')).toBe(0.9);
    expect(m.invalid.get('note')).toContain('the text');
  });
  it('reads YAML with .nan/.inf and nested slices', () => {
    const m = load('metrics.yaml');
    expect(m.values.get('loss')).toBeNaN();
    expect(m.values.get('latency.p95_ms')).toBe(Number.POSITIVE_INFINITY);
    expect(m.values.get('slices.eu.support')).toBe(512);
    expect(m.invalid.get('model_name')).toBe('the text "churn"');
  });
  it('reports bad JSON with file and line', () => {
    let err: unknown;
    try {
      parseMetricsText('{\n "a": 1,\n "b": }\n', 'm.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(MlgateError);
    expect((err as MlgateError).oneLine()).toMatch(/^m\.json:3: invalid JSON/);
  });
  it('rejects an empty file and a top-level list', () => {
    expect(() => parseMetricsText('  \n', 'm.json')).toThrow(/empty/);
    expect(() => parseMetricsText('[1, 2]', 'm.json')).toThrow(/found a list/);
  });
});

describe('direction inference', () => {
  it.each([
    ['accuracy', 'higher'],
    ['f1', 'higher'],
    ['roc_auc', 'higher'],
    ['val_loss', 'lower'],
    ['logLoss', 'lower'],
    ['latency_p95_ms', 'lower'],
    ['slices.eu.mae', 'lower'],
    ['inference_time', 'lower'],
    ['model_size_mb', 'lower'],
    ['fpr', 'lower'],
    ['error_rate', 'lower'],
    ['precision', 'higher'],
    ['slices.loss_cohort.recall', 'higher'],
  ])('%s → %s', (name, dir) => {
    expect(inferDirection(name)).toBe(dir);
  });
});

describe('flattening collisions', () => {
  const error = (text: string, file: string): MlgateError => {
    try {
      parseMetricsText(text, file);
    } catch (e) {
      if (e instanceof MlgateError) return e;
      throw e;
    }
    throw new Error('expected an input error');
  };
  it('a nested key path and a dotted key that flatten to one name are an input error naming both', () => {
    const e = error('{"slices": {"a.b": {"acc": 0.5}}, "slices.a.b.acc": 0.9}', 'reports/metrics.json');
    expect(e.kind).toBe('input');
    expect(e.oneLine()).toBe(
      `reports/metrics.json: two metrics flatten to the same name 'slices.a.b.acc': the key path "slices" → "a.b" → "acc" and the key path "slices.a.b.acc"; expected each dotted name once (rename one of them)`,
    );
  });
  it('in YAML, across lists (by index) and between a number and a non-number', () => {
    expect(error('a:\n  b: 1\n"a.b": 2\n', 'm.yaml').oneLine()).toContain(`'a.b': the key path "a" → "b" and the key path "a.b"`);
    expect(error('{"per_class": [0.9, 0.8], "per_class.1": 0.7}', 'm.json').oneLine()).toContain(`'per_class.1': the key path "per_class" → "1" and the key path "per_class.1"`);
    expect(error('{"a.b": "high", "a": {"b": 0.5}}', 'm.json').oneLine()).toContain(`the key path "a.b" and the key path "a" → "b"`);
  });
  it('inside one file of `dvc metrics show --json` output', () => {
    const dvc = { workspace: { data: { 'metrics.json': { data: { eval: { auc: 0.9 }, 'eval.auc': 0.8 } } } } };
    expect(error(JSON.stringify(dvc), 'dvc.json').oneLine()).toContain(`'eval.auc': the key path "eval" → "auc" and the key path "eval.auc"`);
  });
  it('names that only look alike do not collide', () => {
    const m = parseMetricsText('{"a": {"b": 1}, "a_b": 2, "a.c": 3, "b": {"a": 4}}', 'm.json');
    expect(Object.fromEntries(m.values)).toEqual({ 'a.b': 1, a_b: 2, 'a.c': 3, 'b.a': 4 });
  });
  it('compare exits 2 and names the metrics file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-collide-'));
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'mlgate.yml'), 'version: 1\nmodels:\n  - name: m\n    metrics: reports/metrics.json\n    gates:\n      "slices.*.acc": { min: 0.6 }\n');
    writeFileSync(path.join(dir, 'reports', 'metrics.json'), '{"slices": {"a.b": {"acc": 0.5}}, "slices.a.b.acc": 0.9}');
    let err = '';
    const code = await runCli(['compare'], { stdout: () => {}, stderr: (t) => (err += t), cwd: dir, env: {} });
    expect(code).toBe(2);
    expect(err).toContain(`reports/metrics.json: two metrics flatten to the same name 'slices.a.b.acc'`);
  });
});
