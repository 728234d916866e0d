import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli.js';
import { parseConfig } from '../../src/domain/config/parse.js';
import { MlgateError } from '../../src/domain/errors.js';
import { parseMetricsText } from '../../src/domain/gate/metric-set.js';
import { MAX_METRIC_DEPTH, YAML_ALIAS_EXPANSION_LIMIT } from '../../src/domain/nesting-limits.js';

function thrown(f: () => unknown): MlgateError {
  try {
    f();
  } catch (error) {
    if (error instanceof MlgateError) return error;
    throw error;
  }
  throw new Error('nothing thrown');
}

const nestedJson = (depth: number, open = '{"a":', close = '}'): string => `${open.repeat(depth)}0.5${close.repeat(depth)}`;

describe('a metrics file nested too deeply is an input error naming the file', () => {
  it.each([
    ['metrics.json', nestedJson(10_000)],
    ['metrics.json', `{"m": ${nestedJson(10_000, '[', ']')}}`],
    ['metrics.json', nestedJson(MAX_METRIC_DEPTH + 1)],
    ['metrics.yaml', nestedJson(10_000, '{a: ', '}')],
    ['metrics.yaml', nestedJson(MAX_METRIC_DEPTH + 1, '{a: ', '}')],
  ])('%s nested (%#)', (file, text) => {
    const e = thrown(() => parseMetricsText(text, file));
    expect(e.kind).toBe('input');
    expect(e.oneLine()).toContain(file);
    expect(e.message).toMatch(/nested (more than 64 levels deep|too deeply to read)/);
  });

  it(`${MAX_METRIC_DEPTH} levels are still read, as one dotted name`, () => {
    const set = parseMetricsText(nestedJson(MAX_METRIC_DEPTH), 'metrics.json');
    expect([...set.values]).toEqual([[Array(MAX_METRIC_DEPTH).fill('a').join('.'), 0.5]]);
  });

  it('compare exits 2 with the file named instead of an unexpected error', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-deep-'));
    writeFileSync(path.join(cwd, 'cand.json'), nestedJson(10_000));
    writeFileSync(path.join(cwd, 'base.json'), '{"a": 0.5}');
    writeFileSync(path.join(cwd, 'mlgate.yml'), 'version: 1\nmodels:\n  - name: m\n    metrics: cand.json\n    baseline: file:base.json\n');
    let stderr = '';
    const io: CliIo = { stdout: () => {}, stderr: (t) => (stderr += t), cwd, env: {} };
    expect(await runCli(['compare'], io)).toBe(2);
    expect(stderr).toContain('cand.json');
    expect(stderr).toContain('nested more than 64 levels deep');
    expect(stderr).not.toContain('unexpected error');
  });
});

describe('mlgate.yml: aliases are allowed, alias bombs and deep nesting are config errors naming the file', () => {
  const column = (i: number, alias: string): string => `      c${i}: *${alias}`;
  // The bomb sits under an unknown key: it is refused while aliases expand, before the schema sees the key.
  const config = (anchors: string, columns: string[]): string =>
    `version: 1\nx-anchors:\n${anchors}\ndatasets:\n  - name: t\n    path: t.csv\n    columns:\n${columns.join('\n')}\n`;

  it.each([150, 500, 2_000])('%i uses of one anchor are read', (count) => {
    const columns = ['      c0: &s { type: string, min_length: 1 }', ...Array.from({ length: count }, (_, i) => column(i + 1, 's'))];
    const parsed = parseConfig(`version: 1\ndatasets:\n  - name: t\n    path: t.csv\n    columns:\n${columns.join('\n')}\n`, 'mlgate.yml');
    const read = parsed.datasets[0]!.columns ?? {};
    expect(Object.keys(read)).toHaveLength(count + 1);
    expect(read[`c${count}`]).toMatchObject({ type: 'string', min_length: 1 });
  });

  const laughs = (levels: number, width: number, item: (i: number) => string): string =>
    Array.from({ length: levels }, (_, i) => `  l${i}: &l${i} ${item(i).replace('PREV', `*l${i - 1}`)}`).join('\n');
  it.each([
    ['sequences', laughs(10, 9, (i) => (i === 0 ? '[lol, lol, lol, lol, lol, lol, lol, lol, lol]' : `[${Array(9).fill('PREV').join(', ').replace(/PREV/g, `*l${i - 1}`)}]`))],
    ['mappings', laughs(10, 9, (i) => (i === 0 ? '{ a: lol, b: lol }' : `{ ${Array.from({ length: 9 }, (_, k) => `k${k}: PREV`).join(', ').replace(/PREV/g, `*l${i - 1}`)} }`))],
    ['lists in mappings', laughs(10, 9, (i) => (i === 0 ? '{ a: lol }' : `{ x: [${Array(9).fill(`*l${i - 1}`).join(', ')}] }`))],
  ])('an alias bomb of %s', (_kind, anchors) => {
    const e = thrown(() => parseConfig(config(anchors, [column(0, 'l9')]), 'mlgate.yml'));
    expect(e.kind).toBe('config');
    expect(e.oneLine()).toMatch(/^mlgate\.yml:\d+:\d+: its YAML aliases expand past 10,000 nodes/);
    expect(e.message).toContain(YAML_ALIAS_EXPANSION_LIMIT.toLocaleString('en-US'));
  });

  it.each([
    ['a flow sequence', `version: 1\nmodels: ${nestedJson(10_000, '[', ']')}\n`],
    ['a flow mapping', `version: 1\nreport: ${nestedJson(10_000, '{a: ', '}')}\n`],
    ['block mappings (3,000 deep)', `version: 1\nreport:\n${Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} 1\n`],
  ])('nesting in %s', (_kind, text) => {
    const e = thrown(() => parseConfig(text, 'mlgate.yml'));
    expect(e.kind).toBe('config');
    expect(e.oneLine()).toMatch(/^mlgate\.yml(:\d+)*: /);
    expect(e.message).toBe('nested too deeply to read (the parser ran out of stack)');
  });
});
