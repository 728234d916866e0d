import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferSchemaCommand } from '../../../src/commands/infer-schema.js';
import { runValidation } from '../../../src/commands/validate.js';
import type { CommandContext } from '../../../src/commands/types.js';
import { parseConfig } from '../../../src/domain/config/parse.js';

function context(cwd: string): CommandContext {
  const noop = (): void => undefined;
  return { cwd, env: {}, log: { info: noop, debug: noop, warning: noop, error: noop }, summary: { available: false, write: () => Promise.resolve() }, inActions: false, github: { apiUrl: '', serverUrl: '' } };
}

function mulberry(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function inferThenValidate(dir: string, files: string[]): Promise<{ text: string; verdict: string; failed: string[] }> {
  const ctx = context(dir);
  const inferred = await inferSchemaCommand.run({ command: 'infer-schema', options: { name: 'd' }, positionals: files, surface: 'cli' }, ctx);
  expect(inferred.exitCode).toBe(0);
  const yaml = `version: 1\n${inferred.text.split('\n').filter((l) => !l.startsWith('#')).join('\n')}`;
  const config = parseConfig(yaml, 'proposed.yml');
  const result = await runValidation({ config, file: path.join(dir, 'proposed.yml'), root: dir }, {}, ctx);
  return { text: inferred.text, verdict: result.verdict, failed: result.datasets[0]!.checks.filter((c) => c.status !== 'pass').map((c) => `${c.column}.${c.check}`) };
}

describe('infer-schema', () => {
  it('proposes types, ranges, sets and keys that validate the data they came from (CSV)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-infer-'));
    const rnd = mulberry(3);
    const lines = ['user_id,age,score,country,label,active,day,note'];
    for (let i = 0; i < 500; i++) {
      lines.push([`u${i}`, rnd() < 0.05 ? '' : String(18 + Math.floor(rnd() * 60)), (rnd() * 10 - 2).toFixed(3), ['US', 'DE', 'FR'][i % 3], i % 2, i % 3 === 0 ? 'true' : 'false', `2026-0${1 + (i % 9)}-1${i % 10}`, `"free, text ${Math.floor(rnd() * 1e6)}"`].join(','));
    }
    writeFileSync(path.join(dir, 'data.csv'), `${lines.join('\n')}\n`);
    const r = await inferThenValidate(dir, ['data.csv']);
    expect(r.text).toContain('user_id: { type: string, nullable: false, unique: true }');
    expect(r.text).toMatch(/age: \{ type: integer, max_null_fraction: 0\.\d+, min: \d+, max: \d+ \}/);
    expect(r.text).toContain('country: { type: category, nullable: false, in: [ DE, FR, US ] }');
    expect(r.text).toContain('label: { type: integer, nullable: false, in: [ 0, 1 ] }');
    expect(r.text).toContain('active: { type: boolean, nullable: false }');
    expect(r.text).toContain('day: { type: date, nullable: false }');
    expect(r.failed).toEqual([]);
    expect(r.verdict).toBe('pass');
  });

  it('validates the Parquet data it came from', async () => {
    const dir = path.resolve(import.meta.dirname, '../../fixtures/data/parquet');
    const r = await inferThenValidate(dir, ['duckdb-snappy.parquet']);
    expect(r.text).toContain('id: { type: integer, nullable: false, min: 0, max: 329, unique: true }');
    expect(r.failed).toEqual([]);
  });

  it('needs files', async () => {
    await expect(inferSchemaCommand.run({ command: 'infer-schema', options: {}, positionals: [], surface: 'cli' }, context(tmpdir()))).rejects.toThrow(/needs data files/);
  });
});
