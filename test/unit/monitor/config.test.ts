import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/domain/config/parse.js';
import { MlgateError } from '../../../src/domain/errors.js';

const base = (monitor: string): string => `version: 1
datasets:
  - name: train
    path: data/train.csv
  - name: test
    path: data/test.csv
models:
  - name: churn
    metrics: m.json
    monitor:
${monitor}
`;

function error(text: string): MlgateError {
  try {
    parseConfig(text, 'cfg.yml');
  } catch (e) {
    if (e instanceof MlgateError) return e;
    throw e;
  }
  throw new Error('expected a config error');
}

describe('models[].monitor', () => {
  it('accepts the example of SPEC §8 and defaults on_degraded to issue', () => {
    const cfg = parseConfig(base('      environment: production\n      data: { train: exports/latest/*.parquet }\n      predictions: exports/latest/labelled.csv'), 'cfg.yml');
    expect(cfg.models[0]!.monitor).toEqual({ environment: 'production', data: { train: 'exports/latest/*.parquet' }, predictions: 'exports/latest/labelled.csv', on_degraded: 'issue' });
  });

  it('accepts a list of actions, a list of paths and a profile JSON', () => {
    const cfg = parseConfig(base('      data: { train: [a.csv, b.csv], test: profiles/test.profile.json }\n      on_degraded: [issue, fail, rollback]'), 'cfg.yml');
    expect(cfg.models[0]!.monitor!.on_degraded).toEqual(['issue', 'fail', 'rollback']);
    expect(cfg.models[0]!.monitor!.data).toEqual({ train: ['a.csv', 'b.csv'], test: 'profiles/test.profile.json' });
  });

  it.each([
    ['trian', 'models[0].monitor.data.trian'],
    ['validation', 'models[0].monitor.data.validation'],
  ])('refuses the unknown dataset name %s, naming the field and the known names', (name, field) => {
    const e = error(base(`      data: { ${name}: x.csv }`));
    const all = e.oneLine() + e.details.join('\n');
    expect(all).toContain(field);
    expect(all).toContain(`"${name}"`);
    expect(all).toContain('train, test');
    expect(e.kind).toBe('config');
  });

  it.each(['page', '[issue, email]'])('refuses on_degraded %s, quoting the allowed values', (value) => {
    const e = error(base(`      data: { train: x.csv }\n      on_degraded: ${value}`));
    const all = e.oneLine() + e.details.join('\n');
    expect(all).toContain('on_degraded');
    expect(all).toMatch(/issue.*fail.*rollback/);
  });

  it('refuses an unknown key under monitor', () => {
    const e = error(base('      data: { train: x.csv }\n      on_degrade: fail'));
    expect(e.oneLine() + e.details.join('\n')).toContain('on_degrade');
  });
});
