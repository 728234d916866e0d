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

const fields: Array<{ name: string; yaml: (v: string) => string; field: string; line: number }> = [
  { name: 'a column bound', yaml: (v) => `version: 1\ndatasets:\n  - name: t\n    path: a.csv\n    columns:\n      x: { type: number, max: ${v} }\n`, field: 'datasets[0].columns.x.max', line: 6 },
  { name: 'a gate bound', yaml: (v) => `version: 1\nmodels:\n  - name: m\n    metrics: m.json\n    gates:\n      acc:\n        min: ${v}\n`, field: 'models[0].gates.acc.min', line: 7 },
  { name: 'a margin (number or percentage)', yaml: (v) => `version: 1\nmodels:\n  - name: m\n    metrics: m.json\n    gates:\n      acc: { max_regression: ${v} }\n`, field: 'models[0].gates.acc.max_regression', line: 6 },
  { name: 'a row count', yaml: (v) => `version: 1\ndatasets:\n  - name: t\n    path: a.csv\n    rows: { min: ${v} }\n`, field: 'datasets[0].rows.min', line: 5 },
  { name: 'a drift threshold', yaml: (v) => `version: 1\ndatasets:\n  - name: t\n    path: a.csv\n    drift: { reference: r.csv, threshold: ${v} }\n`, field: 'datasets[0].drift.threshold', line: 5 },
];
const values: Array<{ yaml: string; found: string }> = [
  { yaml: '.nan', found: '.nan, not a number' },
  { yaml: '.NaN', found: '.nan, not a number' },
  { yaml: '.inf', found: '.inf, infinity' },
  { yaml: '-.Inf', found: '-.inf, minus infinity' },
];

describe('YAML .nan and .inf in numeric fields', () => {
  for (const f of fields) {
    it.each(values)(`${f.name}: $yaml is refused as a non-finite number, naming the field and line`, ({ yaml, found }) => {
      const e = error(f.yaml(yaml));
      expect(e.message).toBe(`${f.field}: expected a finite number (found ${found})`);
      expect(e.location).toMatchObject({ file: 'cfg.yml', line: f.line, field: f.field });
      expect(e.oneLine()).toMatch(new RegExp(`^cfg\\.yml:${f.line}:\\d+: `));
    });
  }

  it('still accepts finite numbers in the same fields', () => {
    for (const f of fields) expect(() => parseConfig(f.yaml('1'), 'cfg.yml')).not.toThrow();
  });
});
